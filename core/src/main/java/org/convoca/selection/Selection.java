package org.convoca.selection;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.convoca.proposal.ProposalId;

/**
 * The result of applying a call's policy and its jury's overrides to the assessments. Immutable;
 * two selections are equal when all their parts are.
 *
 * @param ranking the eligible proposals that reach every threshold, best first
 * @param ties every tie of equal totals between neighbours of the ranking, with the step that broke it
 * @param decisions one decision per proposal of the dossier, sorted by proposal id
 * @param selected the final selection: ranked proposals in rank order, then proposals the jury
 *     included without a rank, by id
 * @param waitlist the final waitlist, in order
 * @param computedSelected the selection the policy computed before the jury's overrides, in rank order
 * @param notes sentences about the selection as a whole, such as a minimum of jurisdictions that
 *     could not be met; may be empty
 */
public record Selection(
    List<RankedProposal> ranking,
    List<BrokenTie> ties,
    List<Decision> decisions,
    List<ProposalId> selected,
    List<ProposalId> waitlist,
    List<ProposalId> computedSelected,
    List<String> notes) {

  /**
   * A selection from its parts, which it copies; none may be null.
   *
   * @param ranking the eligible proposals that reach every threshold, best first
   * @param ties every tie of equal totals between neighbours of the ranking, with the step that broke it
   * @param decisions one decision per proposal of the dossier, sorted by proposal id
   * @param selected the final selection: ranked proposals in rank order, then proposals the jury
   *     included without a rank, by id
   * @param waitlist the final waitlist, in order
   * @param computedSelected the selection the policy computed before the jury's overrides, in rank order
   * @param notes sentences about the selection as a whole, such as a minimum of jurisdictions that
   *     could not be met; may be empty
   * @throws NullPointerException when a part is null
   * @throws IllegalArgumentException when two decisions name the same proposal
   */
  public Selection {
    ranking = ByProposal.of(requireNonNull(ranking, "'ranking' must not be null"), RankedProposal::proposal);
    ties = List.copyOf(requireNonNull(ties, "'ties' must not be null"));
    decisions = ByProposal.unique(requireNonNull(decisions, "'decisions' must not be null"), Decision::proposal,
        "has more than one decision");
    selected = List.copyOf(requireNonNull(selected, "'selected' must not be null"));
    waitlist = List.copyOf(requireNonNull(waitlist, "'waitlist' must not be null"));
    computedSelected = List.copyOf(requireNonNull(computedSelected, "'computedSelected' must not be null"));
    notes = List.copyOf(requireNonNull(notes, "'notes' must not be null"));
  }

  /**
   * {@return the decision on {@code proposal}; empty when the proposal is not in the dossier}
   *
   * @param proposal the proposal
   */
  public Optional<Decision> decision(ProposalId proposal) {
    return ((ByProposal<Decision>) decisions).find(proposal);
  }

  /**
   * {@return the rank of {@code proposal}; empty when it was not ranked}
   *
   * @param proposal the proposal
   */
  public Optional<Integer> rank(ProposalId proposal) {
    return ((ByProposal<RankedProposal>) ranking).find(proposal).map(RankedProposal::rank);
  }

  /**
   * {@return the decisions of one kind, sorted by proposal id}
   *
   * @param kind the kind of decision
   */
  public List<Decision> decisions(DecisionKind kind) {
    return decisions.stream().filter(d -> d.kind() == kind).toList();
  }

  /** A summary: the selection, the waitlist and the counts, not every decision. */
  @Override
  public String toString() {
    return "Selection[selected=" + selected + ", waitlist=" + waitlist + ", computedSelected=" + computedSelected
        + ", ranked=" + ranking.size() + ", decisions=" + decisions.size() + "]";
  }
}
