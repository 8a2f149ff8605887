package org.convoca.selection;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import org.convoca.proposal.ProposalId;

/**
 * A place in the ranking of the eligible proposals that reach every threshold.
 *
 * @param rank the place, 1 for the best
 * @param proposal the proposal
 * @param total its 0-100 total
 */
public record RankedProposal(int rank, ProposalId proposal, BigDecimal total) {

  /**
   * Checks that no part is missing and the rank starts at 1.
   *
   * @param rank the place, 1 for the best
   * @param proposal the proposal
   * @param total its 0-100 total
   */
  public RankedProposal {
    requireNonNull(proposal, "'proposal' must not be null");
    requireNonNull(total, "'total' must not be null");
    if (rank < 1) {
      throw new IllegalArgumentException("'rank' must be at least 1, was " + rank);
    }
  }
}
