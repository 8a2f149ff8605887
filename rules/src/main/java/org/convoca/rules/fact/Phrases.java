package org.convoca.rules.fact;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.convoca.value.Money;

/**
 * Small helpers that rules use to word their sentences and compute shares of a criterion's
 * points, the same on every machine and in every locale.
 */
public final class Phrases {

  /** Decimals of the points that {@link #share} computes. */
  public static final int POINTS_SCALE = 2;

  private Phrases() {}

  /** An enum constant in plain lower-case words: {@code CIVIL_SOCIETY} becomes "civil society". */
  public static String words(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** Enum constants in plain words, in their order: "provincial or municipal", "a, b or c". */
  public static String words(Collection<? extends Enum<?>> constants) {
    List<String> words = constants.stream().map(Phrases::words).toList();
    if (words.size() <= 1) {
      return String.join("", words);
    }
    return String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.get(words.size() - 1);
  }

  /** Points without trailing zeros: 2.50 becomes "2.5", 3.00 becomes "3". */
  public static String points(BigDecimal points) {
    return points.signum() == 0 ? "0" : points.stripTrailingZeros().toPlainString();
  }

  /** An amount of money as currency code and plain amount: "ARS 1500000". */
  public static String money(Money money) {
    return money.currency() + " " + money.amount().stripTrailingZeros().toPlainString();
  }

  /**
   * The points that {@code fraction} of {@code maxPoints} is worth, rounded half up to two
   * decimals: {@code share(10, "0.25")} is 2.50.
   *
   * @throws NumberFormatException when {@code fraction} is not a decimal number
   */
  public static BigDecimal share(BigDecimal maxPoints, String fraction) {
    return maxPoints.multiply(new BigDecimal(fraction)).setScale(POINTS_SCALE, RoundingMode.HALF_UP);
  }

  /** {@code part / whole * maxPoints}, rounded half up to two decimals; zero when {@code whole} is zero. */
  public static BigDecimal proportion(BigDecimal maxPoints, long part, long whole) {
    if (whole == 0) {
      return BigDecimal.ZERO.setScale(POINTS_SCALE);
    }
    return maxPoints.multiply(BigDecimal.valueOf(part))
        .divide(BigDecimal.valueOf(whole), POINTS_SCALE, RoundingMode.HALF_UP);
  }
}
