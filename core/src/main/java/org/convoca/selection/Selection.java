package org.convoca.selection;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.convoca.proposal.ProposalId;

/**
 * The result of applying a call's policy and its jury's overrides to the assessments.
 *
 * @param ranking the eligible proposals that reach every threshold, best first
 * @param ties every tie of equal totals between neighbours of the ranking, with the step that broke it
 * @param decisions one decision per proposal of the dossier, sorted by proposal id
 * @param selected the final selection: ranked proposals in rank order, then proposals the jury
 *     included without a rank, by id
 * @param waitlist the final waitlist, in order
 * @param computedSelected the selection the policy computed before overrides, in rank order
 * @param notes sentences about the selection as a whole, such as a minimum of jurisdictions that
 *     could not be met; empty when there is nothing to say
 */
public record Selection(
    List<RankedProposal> ranking,
    List<BrokenTie> ties,
    List<Decision> decisions,
    List<ProposalId> selected,
    List<ProposalId> waitlist,
    List<ProposalId> computedSelected,
    List<String> notes) {

  /** Makes unmodifiable copies of the lists; none may be null. */
  public Selection {
    ranking = List.copyOf(requireNonNull(ranking, "'ranking' must not be null"));
    ties = List.copyOf(requireNonNull(ties, "'ties' must not be null"));
    decisions = List.copyOf(requireNonNull(decisions, "'decisions' must not be null"));
    selected = List.copyOf(requireNonNull(selected, "'selected' must not be null"));
    waitlist = List.copyOf(requireNonNull(waitlist, "'waitlist' must not be null"));
    computedSelected = List.copyOf(requireNonNull(computedSelected, "'computedSelected' must not be null"));
    notes = List.copyOf(requireNonNull(notes, "'notes' must not be null"));
  }

  /** The decision on {@code proposal}; empty when the proposal is not in the dossier. */
  public Optional<Decision> decision(ProposalId proposal) {
    return decisions.stream().filter(d -> d.proposal().equals(proposal)).findFirst();
  }

  /** The rank of {@code proposal}; empty when it was not ranked. */
  public Optional<Integer> rank(ProposalId proposal) {
    return ranking.stream().filter(r -> r.proposal().equals(proposal)).map(RankedProposal::rank).findFirst();
  }

  /** The decisions of one kind, sorted by proposal id. */
  public List<Decision> decisions(DecisionKind kind) {
    return decisions.stream().filter(d -> d.kind() == kind).toList();
  }
}
