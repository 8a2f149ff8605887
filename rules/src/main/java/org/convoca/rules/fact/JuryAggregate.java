package org.convoca.rules.fact;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import org.convoca.call.AggregationMethod;
import org.convoca.call.CriterionId;
import org.convoca.proposal.ProposalId;

/**
 * The jury's figure for one proposal on one criterion, computed in Java before the rules run by
 * {@code org.convoca.review.JuryReview}: the valid scores (conflicts of interest excluded, adjusted
 * for severity when the call normalises) combined by the call's aggregation method, or the
 * consensus score the jury agreed on, which replaces that aggregate.
 *
 * @param proposal the proposal scored
 * @param criterion the criterion the jurors scored
 * @param score the figure the rules read: the consensus score when {@code consensus}, otherwise the
 *     aggregate, rounded half up to {@link #SCALE} decimals
 * @param min the lowest valid score; equal to {@code score} when no score is valid (a consensus alone)
 * @param max the highest valid score; equal to {@code score} when no score is valid (a consensus alone)
 * @param count how many valid scores there are; 0 only for a consensus with no valid score
 * @param method how the valid scores were combined
 * @param consensus whether {@code score} is a consensus score agreed after discussion
 */
public record JuryAggregate(ProposalId proposal, CriterionId criterion, BigDecimal score, BigDecimal min,
    BigDecimal max, int count, AggregationMethod method, boolean consensus) {

  /** Decimals of an aggregate. */
  public static final int SCALE = AggregationMethod.SCALE;

  /**
   * Checks that no part is missing and that there is a valid score or a consensus.
   *
   * @param proposal the proposal scored
   * @param criterion the criterion the jurors scored
   * @param score the figure the rules read: the consensus score when {@code consensus}, otherwise the
   *     aggregate, rounded half up to {@link #SCALE} decimals
   * @param min the lowest valid score; equal to {@code score} when no score is valid (a consensus alone)
   * @param max the highest valid score; equal to {@code score} when no score is valid (a consensus alone)
   * @param count how many valid scores there are; 0 only for a consensus with no valid score
   * @param method how the valid scores were combined
   * @param consensus whether {@code score} is a consensus score agreed after discussion
   */
  public JuryAggregate {
    requireNonNull(proposal, "'proposal' must not be null");
    requireNonNull(criterion, "'criterion' must not be null");
    requireNonNull(score, "'score' must not be null");
    requireNonNull(min, "'min' must not be null");
    requireNonNull(max, "'max' must not be null");
    requireNonNull(method, "'method' must not be null");
    if (count < 0 || count == 0 && !consensus) {
      throw new IllegalArgumentException("'count' must be at least 1 without a consensus and never negative, was " + count);
    }
  }

  /**
   * The figure the rules read, under its older name: kept so that rule books written when the jury's
   * figure was always the mean still compile. It is {@link #score()}, whatever the method.
   *
   * @return the figure the rules read, under its older name: kept so that rule books written when
   *     the jury's figure was always the mean still compile
   * @deprecated use {@link #score()}, which says what it is whatever the call's aggregation method
   */
  @Deprecated
  public BigDecimal mean() {
    return score;
  }

  /** {@return how far apart the valid scores are: the highest minus the lowest (0 for a consensus alone)} */
  public BigDecimal spread() {
    return max.subtract(min);
  }

  /**
   * What the figure is, in words for a sentence: "a consensus score of 4.25", "a mean of 4.17",
   * "a median of 4", "a trimmed mean of 4".
   *
   * @return what the figure is, in words for a sentence: "a consensus score of 4.25", "a mean of
   *     4.17", "a median of 4", "a trimmed mean of 4"
   */
  public String described() {
    String what = consensus ? "a consensus score" : switch (method) {
      case MEAN -> "a mean";
      case MEDIAN -> "a median";
      case TRIMMED_MEAN -> "a trimmed mean";
    };
    return what + " of " + Phrases.points(score);
  }
}
