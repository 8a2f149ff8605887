package org.convoca.jury.assignment;

import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.convoca.jury.JurorId;
import org.convoca.proposal.ProposalId;

/**
 * Which jurors review which proposal.
 *
 * @param reviewersPerProposal how many reviewers each proposal needs
 * @param assignments each proposal's jurors, sorted by id; every proposal of the problem is a key
 *     (with an empty list when nobody could be assigned)
 * @param loads how many proposals each juror reviews; every juror of the problem is a key
 * @param uncovered the proposals with fewer than {@code reviewersPerProposal} jurors, sorted by id,
 *     each with the reason; empty when the assignment is complete
 * @param expertise the number of (juror, proposal, theme) matches: for every assigned pair, how
 *     many of the proposal's themes the juror knows
 */
public record JuryAssignment(int reviewersPerProposal, SortedMap<ProposalId, List<JurorId>> assignments,
    SortedMap<JurorId, Integer> loads, List<Uncovered> uncovered, int expertise) {

  /**
   * Copies the maps and the list.
   *
   * @param reviewersPerProposal how many reviewers each proposal needs
   * @param assignments each proposal's jurors, sorted by id; every proposal of the problem is a key
   *     (with an empty list when nobody could be assigned)
   * @param loads how many proposals each juror reviews; every juror of the problem is a key
   * @param uncovered the proposals with fewer than {@code reviewersPerProposal} jurors, sorted by id,
   *     each with the reason; empty when the assignment is complete
   * @param expertise the number of (juror, proposal, theme) matches: for every assigned pair, how
   *     many of the proposal's themes the juror knows
   */
  public JuryAssignment {
    SortedMap<ProposalId, List<JurorId>> copy = new TreeMap<>();
    assignments.forEach((proposal, jurors) -> copy.put(proposal, List.copyOf(jurors)));
    assignments = Collections.unmodifiableSortedMap(copy);
    loads = Collections.unmodifiableSortedMap(new TreeMap<>(loads));
    uncovered = List.copyOf(uncovered);
  }

  /** {@return whether every proposal has all its reviewers} */
  public boolean complete() {
    return uncovered.isEmpty();
  }
}
