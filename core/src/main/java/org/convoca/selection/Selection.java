package org.convoca.selection;

import static java.util.Objects.requireNonNull;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.convoca.proposal.ProposalId;

/**
 * The result of applying a call's policy and its jury's overrides to the assessments. Immutable;
 * two selections are equal when all their parts are.
 */
public final class Selection {

  private final List<RankedProposal> ranking;
  private final List<BrokenTie> ties;
  private final List<Decision> decisions;
  private final List<ProposalId> selected;
  private final List<ProposalId> waitlist;
  private final List<ProposalId> computedSelected;
  private final List<String> notes;
  private final Map<ProposalId, Decision> decisionIndex = new HashMap<>();
  private final Map<ProposalId, Integer> rankIndex = new HashMap<>();

  /**
   * A selection from its parts, which it copies; none may be null.
   *
   * @param ranking the eligible proposals that reach every threshold, best first
   * @param ties every tie of equal totals between neighbours of the ranking, with the step that broke it
   * @param decisions one decision per proposal of the dossier, sorted by proposal id
   * @param selected the final selection: ranked proposals in rank order, then proposals the jury
   *     included without a rank, by id
   * @param waitlist the final waitlist, in order
   * @param computedSelected the selection the policy computed before overrides, in rank order
   * @param notes sentences about the selection as a whole, such as a minimum of jurisdictions that
   *     could not be met
   * @throws IllegalArgumentException when two decisions name the same proposal
   */
  public Selection(List<RankedProposal> ranking, List<BrokenTie> ties, List<Decision> decisions,
      List<ProposalId> selected, List<ProposalId> waitlist, List<ProposalId> computedSelected, List<String> notes) {
    this.ranking = List.copyOf(requireNonNull(ranking, "'ranking' must not be null"));
    this.ties = List.copyOf(requireNonNull(ties, "'ties' must not be null"));
    this.decisions = List.copyOf(requireNonNull(decisions, "'decisions' must not be null"));
    this.selected = List.copyOf(requireNonNull(selected, "'selected' must not be null"));
    this.waitlist = List.copyOf(requireNonNull(waitlist, "'waitlist' must not be null"));
    this.computedSelected = List.copyOf(requireNonNull(computedSelected, "'computedSelected' must not be null"));
    this.notes = List.copyOf(requireNonNull(notes, "'notes' must not be null"));
    for (Decision d : this.decisions) {
      if (decisionIndex.put(d.proposal(), d) != null) {
        throw new IllegalArgumentException("proposal '" + d.proposal() + "' has more than one decision");
      }
    }
    this.ranking.forEach(r -> rankIndex.put(r.proposal(), r.rank()));
  }

  /** The eligible proposals that reach every threshold, best first. */
  public List<RankedProposal> ranking() {
    return ranking;
  }

  /** Every tie of equal totals between neighbours of the ranking, with the step that broke it. */
  public List<BrokenTie> ties() {
    return ties;
  }

  /** One decision per proposal of the dossier, sorted by proposal id. */
  public List<Decision> decisions() {
    return decisions;
  }

  /** The final selection: ranked proposals in rank order, then proposals the jury included without a rank, by id. */
  public List<ProposalId> selected() {
    return selected;
  }

  /** The final waitlist, in order. */
  public List<ProposalId> waitlist() {
    return waitlist;
  }

  /** The selection the policy computed before the jury's overrides, in rank order. */
  public List<ProposalId> computedSelected() {
    return computedSelected;
  }

  /** Sentences about the selection as a whole, such as a minimum of jurisdictions that could not be met; may be empty. */
  public List<String> notes() {
    return notes;
  }

  /** The decision on {@code proposal}; empty when the proposal is not in the dossier. */
  public Optional<Decision> decision(ProposalId proposal) {
    return Optional.ofNullable(decisionIndex.get(proposal));
  }

  /** The rank of {@code proposal}; empty when it was not ranked. */
  public Optional<Integer> rank(ProposalId proposal) {
    return Optional.ofNullable(rankIndex.get(proposal));
  }

  /** The decisions of one kind, sorted by proposal id. */
  public List<Decision> decisions(DecisionKind kind) {
    return decisions.stream().filter(d -> d.kind() == kind).toList();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Selection that
        && ranking.equals(that.ranking) && ties.equals(that.ties) && decisions.equals(that.decisions)
        && selected.equals(that.selected) && waitlist.equals(that.waitlist)
        && computedSelected.equals(that.computedSelected) && notes.equals(that.notes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(ranking, ties, decisions, selected, waitlist, computedSelected, notes);
  }

  @Override
  public String toString() {
    return "Selection[selected=" + selected + ", waitlist=" + waitlist + ", computedSelected=" + computedSelected
        + ", ranked=" + ranking.size() + ", decisions=" + decisions.size() + "]";
  }
}
