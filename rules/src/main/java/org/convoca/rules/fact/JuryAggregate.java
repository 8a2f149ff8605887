package org.convoca.rules.fact;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import org.convoca.call.CriterionId;
import org.convoca.proposal.ProposalId;

/**
 * The jurors' scores of one proposal on one criterion, aggregated in Java before the rules run.
 *
 * @param proposal the proposal scored
 * @param criterion the criterion the jurors scored
 * @param mean the mean score, rounded half up to {@link #SCALE} decimals
 * @param min the lowest score
 * @param max the highest score
 * @param count how many scores there are, at least 1
 */
public record JuryAggregate(
    ProposalId proposal, CriterionId criterion, BigDecimal mean, BigDecimal min, BigDecimal max, int count) {

  /** Decimals of {@link #mean()}. */
  public static final int SCALE = 2;

  /** Checks that no part is missing and that there is at least one score. */
  public JuryAggregate {
    requireNonNull(proposal, "'proposal' must not be null");
    requireNonNull(criterion, "'criterion' must not be null");
    requireNonNull(mean, "'mean' must not be null");
    requireNonNull(min, "'min' must not be null");
    requireNonNull(max, "'max' must not be null");
    if (count < 1) {
      throw new IllegalArgumentException("'count' must be at least 1, was " + count);
    }
  }

  /** How far apart the jurors are: the highest score minus the lowest. */
  public BigDecimal spread() {
    return max.subtract(min);
  }
}
