package org.convoca.assessment;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One instance of each common decimal that assessments hold, so that 100,000 proposals' points,
 * totals and thresholds (a few thousand distinct values: 0.00, 2.00, 3.33, 10...) are not each an
 * object of their own. A {@code BigDecimal} never changes, and the instance handed back equals the
 * one given, scale included, so sharing it changes no value, no equality and no written figure.
 *
 * <p>The table keeps at most {@link #LIMIT} values of at most {@link #PRECISION} digits, the first
 * ones met, for the life of the JVM; a value past either limit is kept as it was given.
 */
final class SharedDecimals {

  /** How many values the table keeps at most: a few megabytes at the very most. */
  static final int LIMIT = 16_384;
  /** The most digits a kept value has: points and totals such as 100.00 have 5. */
  static final int PRECISION = 8;

  private static final SharedValues<BigDecimal> VALUES = new SharedValues<>(LIMIT, v -> v.precision() <= PRECISION);
  private static final ConcurrentHashMap<BigDecimal, Optional<BigDecimal>> PRESENT = new ConcurrentHashMap<>();

  private SharedDecimals() {}

  /**
   * The shared instance equal to {@code value}, or {@code value} itself when it is not kept; null
   * as given, since a record's constructor hands its components on as they come.
   */
  static BigDecimal of(BigDecimal value) {
    return value == null ? value : VALUES.of(value);
  }

  /** {@return an optional of the shared instance equal to {@code value}'s, itself shared when the value is kept} */
  static Optional<BigDecimal> of(Optional<BigDecimal> value) {
    if (value == null || value.isEmpty()) {
      return value;
    }
    BigDecimal decimal = of(value.get());
    Optional<BigDecimal> shared = PRESENT.get(decimal);
    if (shared != null) {
      return shared;
    }
    if (!VALUES.shares(decimal) || PRESENT.size() >= LIMIT) { // not kept: nothing to share it with
      return value.get() == decimal ? value : Optional.of(decimal);
    }
    Optional<BigDecimal> made = Optional.of(decimal);
    shared = PRESENT.putIfAbsent(decimal, made);
    return shared == null ? made : shared;
  }
}
