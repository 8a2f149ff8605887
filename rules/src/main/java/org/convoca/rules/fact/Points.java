package org.convoca.rules.fact;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Arithmetic that rules use to award points as shares of a criterion's maximum, so that the DRL
 * holds proportions and the call holds the scale. Every result has {@link #SCALE} decimals,
 * rounded half up.
 */
public final class Points {

  /** Decimals of every result. */
  public static final int SCALE = 2;

  private Points() {}

  /**
   * What {@code fraction} of {@code maxPoints} is worth: {@code share(10, "0.25")} is 2.50.
   *
   * @param maxPoints the criterion's maximum
   * @param fraction the share of it, as a decimal number such as {@code "0.25"}
   * @return the points, with {@link #SCALE} decimals
   * @throws NumberFormatException when {@code fraction} is not a decimal number
   */
  public static BigDecimal share(BigDecimal maxPoints, String fraction) {
    return maxPoints.multiply(new BigDecimal(fraction)).setScale(SCALE, RoundingMode.HALF_UP);
  }

  /**
   * {@code numerator / denominator} of {@code maxPoints}, computed exactly and then rounded:
   * {@code share(10, 1, 3)} is 3.33, so three thirds of 10 make 9.99.
   *
   * @param maxPoints the criterion's maximum
   * @param numerator how many parts are awarded
   * @param denominator how many parts make the maximum
   * @return the points, with {@link #SCALE} decimals
   * @throws IllegalArgumentException when {@code denominator} is not positive
   */
  public static BigDecimal share(BigDecimal maxPoints, long numerator, long denominator) {
    if (denominator <= 0) {
      throw new IllegalArgumentException("'denominator' must be positive, was " + denominator);
    }
    int slot = (maxPoints.hashCode() * 31 + (int) numerator * 17 + (int) denominator) & (SHARES.length - 1);
    Share known = SHARES[slot];
    if (known != null && known.numerator == numerator && known.denominator == denominator
        && known.maxPoints.equals(maxPoints)) {
      return known.points;
    }
    BigDecimal points = maxPoints.multiply(BigDecimal.valueOf(numerator))
        .divide(BigDecimal.valueOf(denominator), SCALE, RoundingMode.HALF_UP);
    SHARES[slot] = new Share(maxPoints, numerator, denominator, points);
    return points;
  }

  /**
   * Shares worked out lately: a book awards the same few shares of the same maxima to every
   * proposal, and dividing for each award was a sixteenth of the plain-Java reference's
   * allocation (issue 11; with the points that {@code Wording} remembers, the reference allocated
   * 12.9 instead of 14.8 KB a proposal, the rule book 53.2 instead of 55.1 KB, at 20,000
   * proposals). Shared between threads without a lock: a slot holds a share made whole, or
   * another, or nothing; a share's points are immutable, so any finding may hold them.
   */
  private static final Share[] SHARES = new Share[64];

  private record Share(BigDecimal maxPoints, long numerator, long denominator, BigDecimal points) {}

  /**
   * {@code part / whole} of {@code points}; zero when {@code whole} is not positive.
   *
   * @param points the points that the whole is worth
   * @param part how much of the whole is counted
   * @param whole the whole; zero or less gives zero points
   * @return the points, with {@link #SCALE} decimals
   */
  public static BigDecimal proportion(BigDecimal points, long part, long whole) {
    if (whole <= 0) {
      return BigDecimal.ZERO.setScale(SCALE);
    }
    return points.multiply(BigDecimal.valueOf(part)).divide(BigDecimal.valueOf(whole), SCALE, RoundingMode.HALF_UP);
  }

  /**
   * Where {@code score} sits on the scale from {@code min} to {@code max}, as points out of
   * {@code maxPoints}: the score's minimum gives 0, its maximum gives {@code maxPoints}. Scores
   * outside the scale are held to it.
   *
   * @param score the score to place
   * @param min the scale's lowest score
   * @param max the scale's highest score
   * @param maxPoints the points that the highest score is worth
   * @return the points, with {@link #SCALE} decimals
   * @throws ArithmeticException when {@code max} equals {@code min}
   */
  public static BigDecimal onScale(BigDecimal score, BigDecimal min, BigDecimal max, BigDecimal maxPoints) {
    BigDecimal held = score.max(min).min(max);
    return held.subtract(min).multiply(maxPoints).divide(max.subtract(min), SCALE, RoundingMode.HALF_UP);
  }

  /**
   * {@code points} with {@link #SCALE} decimals, for points a parameter gives; never negative.
   *
   * @param points the points as the parameter gives them
   * @return the same points rounded to {@link #SCALE} decimals, or zero when they are negative
   */
  public static BigDecimal exactly(BigDecimal points) {
    return points.max(BigDecimal.ZERO).setScale(SCALE, RoundingMode.HALF_UP);
  }
}
