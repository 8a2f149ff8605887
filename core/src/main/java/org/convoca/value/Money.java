package org.convoca.value;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;

/**
 * An amount of money in one currency. Amounts are decimal, never floating point.
 *
 * @param amount the amount, zero or more
 * @param currency the ISO 4217 code, such as {@code ARS}
 */
public record Money(BigDecimal amount, String currency) implements Comparable<Money> {

  /**
   * Checks that both parts are present, that the amount is not negative and the currency is a code.
   *
   * @param amount the amount, zero or more
   * @param currency the ISO 4217 code, such as {@code ARS}
   */
  public Money {
    requireNonNull(amount, "'amount' must not be null");
    requireNonNull(currency, "'currency' must not be null");
    if (amount.signum() < 0) {
      throw new IllegalArgumentException("'amount' must not be negative, was " + amount.toPlainString());
    }
    if (!isCode(currency)) {
      throw new IllegalArgumentException("'currency' must be an ISO 4217 code such as ARS, was '" + currency + "'");
    }
  }

  /** Whether {@code currency} is three capital letters A to Z: what {@code [A-Z]{3}} matches, without a pattern per amount. */
  private static boolean isCode(String currency) {
    if (currency.length() != 3) {
      return false;
    }
    for (int i = 0; i < 3; i++) {
      char c = currency.charAt(i);
      if (c < 'A' || c > 'Z') {
        return false;
      }
    }
    return true;
  }

  /**
   * Money of {@code amount} (a decimal string such as {@code "1500000.00"}) in {@code currency}.
   *
   * @param amount the amount, as a decimal number such as {@code "1500000.50"}; zero or more
   * @param currency the ISO 4217 code, such as {@code ARS}
   * @return the amount of money
   */
  public static Money of(String amount, String currency) {
    return new Money(new BigDecimal(amount), currency);
  }

  /**
   * Money of a whole {@code amount} in {@code currency}.
   *
   * @param amount the amount, zero or more
   * @param currency the ISO 4217 code, such as {@code ARS}
   * @return the amount of money
   */
  public static Money of(long amount, String currency) {
    return new Money(BigDecimal.valueOf(amount), currency);
  }

  /**
   * {@return zero in {@code currency}}
   *
   * @param currency the ISO 4217 code, such as {@code ARS}
   */
  public static Money zero(String currency) {
    return new Money(BigDecimal.ZERO, currency);
  }

  /**
   * {@return the sum of this and {@code other}; both must be in the same currency}
   *
   * @param other the amount to add, in the same currency
   */
  public Money plus(Money other) {
    sameCurrency(other);
    return new Money(amount.add(other.amount), currency);
  }

  /**
   * {@return the difference of this and {@code other}, which must not exceed this}
   *
   * @param other the amount to subtract, in the same currency
   */
  public Money minus(Money other) {
    sameCurrency(other);
    return new Money(amount.subtract(other.amount), currency);
  }

  /** {@return whether this is more than zero} Not a field of the JSON form. */
  @JsonIgnore
  public boolean isPositive() {
    return amount.signum() > 0;
  }

  /** Compares amounts of the same currency. */
  @Override
  public int compareTo(Money other) {
    sameCurrency(other);
    return amount.compareTo(other.amount);
  }

  private void sameCurrency(Money other) {
    if (!currency.equals(other.currency)) {
      throw new IllegalArgumentException(
          "cannot combine " + currency + " with " + other.currency + ": amounts must share a currency");
    }
  }

  @Override
  public String toString() {
    return currency + " " + amount.toPlainString();
  }
}
