package org.convoca.call;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/**
 * The scale jurors score on, such as 0 to 5 in steps of 0.5.
 *
 * @param min the lowest score
 * @param max the highest score, above {@code min}
 * @param step the granularity of scores; every score is {@code min + k * step}
 */
public record ScoreScale(BigDecimal min, BigDecimal max, BigDecimal step) {

  /**
   * Checks that the scale is not empty and the step is positive.
   *
   * @param min the lowest score
   * @param max the highest score, above {@code min}
   * @param step the granularity of scores; every score is {@code min + k * step}
   */
  public ScoreScale {
    requireNonNull(min, "'min' must not be null");
    requireNonNull(max, "'max' must not be null");
    requireNonNull(step, "'step' must not be null");
    if (max.compareTo(min) <= 0) {
      throw new IllegalArgumentException("'max' (" + max.toPlainString() + ") must be above 'min' (" + min.toPlainString() + ")");
    }
    if (step.signum() <= 0) {
      throw new IllegalArgumentException("'step' must be more than 0, was " + step.toPlainString());
    }
  }

  /**
   * {@return whether {@code score} lies on the scale: between the ends and on a step}
   *
   * @param score the score to check
   */
  public boolean accepts(BigDecimal score) {
    return score.compareTo(min) >= 0
        && score.compareTo(max) <= 0
        && score.subtract(min).remainder(step).signum() == 0;
  }
}
