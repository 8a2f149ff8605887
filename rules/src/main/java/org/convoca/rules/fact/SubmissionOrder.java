package org.convoca.rules.fact;

import static java.util.Objects.requireNonNull;

import org.convoca.government.GovernmentId;
import org.convoca.proposal.ProposalId;

/**
 * Where a proposal stands among the proposals of its government, by submission time (then id).
 *
 * @param proposal the proposal
 * @param government the applicant government
 * @param position 1 for the government's earliest proposal, 2 for the next, and so on
 * @param of how many proposals the government submitted
 */
public record SubmissionOrder(ProposalId proposal, GovernmentId government, int position, int of) {

  /**
   * Checks that no part is missing and that the position is within 1 and {@code of}.
   *
   * @param proposal the proposal
   * @param government the applicant government
   * @param position 1 for the government's earliest proposal, 2 for the next, and so on
   * @param of how many proposals the government submitted
   */
  public SubmissionOrder {
    requireNonNull(proposal, "'proposal' must not be null");
    requireNonNull(government, "'government' must not be null");
    if (position < 1 || position > of) {
      throw new IllegalArgumentException("'position' must be between 1 and " + of + ", was " + position);
    }
  }
}
