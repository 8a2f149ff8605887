package org.convoca.jury.assignment;

import java.util.SortedSet;
import org.convoca.proposal.ProposalId;

/**
 * A proposal that cannot get all its reviewers in any assignment, and why.
 *
 * @param proposal the proposal, never null
 * @param assigned how many reviewers it did get
 * @param needed how many it needs ({@code reviewersPerProposal})
 * @param competing the proposals whose shortage has one cause, itself included: together they can
 *     receive fewer reviews than they need in any assignment; never null
 * @param reason a sentence saying why, for example "P-017 has 2 non-conflicted jurors with capacity
 *     left; 3 needed: …", never null
 */
public record Uncovered(ProposalId proposal, int assigned, int needed, SortedSet<ProposalId> competing,
    String reason) {

  /**
   * Copies the competing proposals.
   *
   * @param proposal the proposal, never null
   * @param assigned how many reviewers it did get
   * @param needed how many it needs ({@code reviewersPerProposal})
   * @param competing the proposals whose shortage has one cause, itself included: together they can
   *     receive fewer reviews than they need in any assignment; never null
   * @param reason a sentence saying why, for example "P-017 has 2 non-conflicted jurors with capacity
   *     left; 3 needed: …", never null
   */
  public Uncovered {
    competing = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(competing));
  }
}
