package org.convoca.dossier.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.jspecify.annotations.Nullable;

/**
 * The bounds of {@link Json#MAX_INTEGER_DIGITS} and {@link Json#MAX_DECIMAL_PLACES} on a number of
 * a dossier tree, or of a golden case file. Each test is cheap whatever the exponent: no number is
 * expanded to its digits.
 */
public final class NumberBounds {

  private static final BigInteger BIG_LIMIT = BigInteger.TEN.pow(Json.MAX_INTEGER_DIGITS);
  private static final long LIMIT = BIG_LIMIT.longValueExact();

  private NumberBounds() {}

  /** A bound a number can go beyond. */
  public enum Bound {
    /** More than {@link Json#MAX_INTEGER_DIGITS} digits before the decimal point. */
    INTEGER_DIGITS,
    /** More than {@link Json#MAX_DECIMAL_PLACES} digits after the decimal point. */
    DECIMAL_PLACES
  }

  /**
   * Why {@code number} is out of bounds.
   *
   * @param number a number node read by {@link Json#mapper()}
   * @return why it is out of bounds, as the end of a sentence about it, or null when it is within them
   */
  public static @Nullable String problem(JsonNode number) {
    Bound bound = beyond(number);
    if (bound == null) {
      return null;
    }
    return bound == Bound.DECIMAL_PLACES
        ? "has more than " + Json.MAX_DECIMAL_PLACES + " digits after the decimal point, the reader's limit"
        : tooLarge();
  }

  /**
   * The bound {@code number} goes beyond, for a reader that words it itself.
   *
   * @param number a number node read by {@link Json#mapper()}
   * @return the bound it goes beyond, or null when it is within them
   */
  public static @Nullable Bound beyond(JsonNode number) {
    if (number.canConvertToLong() && !number.isBigDecimal()) {
      long value = number.longValue();
      return value > -LIMIT && value < LIMIT ? null : Bound.INTEGER_DIGITS;
    }
    if (number.isBigInteger()) {
      return number.bigIntegerValue().abs().compareTo(BIG_LIMIT) < 0 ? null : Bound.INTEGER_DIGITS;
    }
    if (number.isBigDecimal()) {
      BigDecimal value = number.decimalValue();
      if (value.scale() > Json.MAX_DECIMAL_PLACES) {
        return Bound.DECIMAL_PLACES;
      }
      // Digits before the point as written: 1E+20 has 21, and so has 0E+20.
      long integerDigits = (long) value.precision() - value.scale();
      return integerDigits <= Json.MAX_INTEGER_DIGITS ? null : Bound.INTEGER_DIGITS;
    }
    return null;  // a double or float node is never made: floats are read as BigDecimal
  }

  /**
   * Why a number whose exponent no {@link BigDecimal} can hold (such as {@code 1e-2147483648}) is
   * refused: the parser fails on it before any bound can be checked.
   *
   * @return the reason, as the end of a sentence about the number
   */
  public static String exponentOutOfRange() {
    return "has an exponent beyond the reader's limits (numbers lie strictly between -10^" + Json.MAX_INTEGER_DIGITS
        + " and 10^" + Json.MAX_INTEGER_DIGITS + ", with at most " + Json.MAX_DECIMAL_PLACES + " digits after the decimal point)";
  }

  private static String tooLarge() {
    return "has more than " + Json.MAX_INTEGER_DIGITS + " digits before the decimal point, the reader's limit"
        + " (numbers lie strictly between -10^" + Json.MAX_INTEGER_DIGITS + " and 10^" + Json.MAX_INTEGER_DIGITS + ")";
  }
}
