package org.convoca.assessment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.convoca.call.CriterionId;

/**
 * How a proposal did on one criterion, with the awards that make its points.
 *
 * @param criterion the criterion
 * @param rawPoints the sum of the points the rules awarded
 * @param points {@code rawPoints} capped at {@code maxPoints}, then rounded to 2 decimals half up: the
 *     value compared with the threshold and weighted
 * @param maxPoints the criterion's maximum
 * @param weight the criterion's weight, a percentage
 * @param weighted the contribution to the 0-100 total: {@code points / maxPoints * weight}, rounded to 2
 *     decimals half up
 * @param threshold the criterion's minimum points, if it has one
 * @param meetsThreshold whether {@code points} reach the threshold (true when there is none)
 * @param awards the findings the rules recorded towards this criterion, in a stable order (by rule,
 *     sentence, then points); their points add up to {@code rawPoints}
 */
public record CriterionResult(
    CriterionId criterion,
    BigDecimal rawPoints,
    BigDecimal points,
    BigDecimal maxPoints,
    BigDecimal weight,
    BigDecimal weighted,
    Optional<BigDecimal> threshold,
    boolean meetsThreshold,
    List<AwardFinding> awards) {

  /**
   * Copies the awards; common decimals are shared, equal to the ones given (see {@link AwardFinding}).
   *
   * @param criterion the criterion
   * @param rawPoints the sum of the points the rules awarded
   * @param points {@code rawPoints} capped at {@code maxPoints}, then rounded to 2 decimals half up
   * @param maxPoints the criterion's maximum
   * @param weight the criterion's weight, a percentage
   * @param weighted the contribution to the 0-100 total
   * @param threshold the criterion's minimum points, if it has one
   * @param meetsThreshold whether {@code points} reach the threshold (true when there is none)
   * @param awards the findings the rules recorded towards this criterion, in a stable order
   */
  public CriterionResult {
    rawPoints = SharedDecimals.of(rawPoints);
    points = SharedDecimals.of(points);
    maxPoints = SharedDecimals.of(maxPoints);
    weight = SharedDecimals.of(weight);
    weighted = SharedDecimals.of(weighted);
    threshold = SharedDecimals.of(threshold);
    awards = List.copyOf(awards);
  }
}
