package org.convoca.call;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Optional;

/**
 * What the call's named parameters share, the rule book's ({@link RuleParameters}) and the
 * monitoring rules' ({@link MonitoringParameters}): values normalised to {@link BigDecimal},
 * {@link Boolean} or {@link String}, and a parameter a vocabulary names held to its kind.
 */
final class ParameterValues {

  private ParameterValues() {}

  /**
   * {@code value} as a parameter holds it: whole and decimal numbers as {@link BigDecimal}, booleans
   * and strings as they are.
   *
   * @param what the kind of parameter, for the message, such as "rule parameter"
   * @throws IllegalArgumentException when {@code value} is none of these
   */
  static Object normalise(String what, String name, Object value) {
    if (value instanceof BigDecimal || value instanceof Boolean || value instanceof String) {
      return value;
    }
    if (value instanceof Integer || value instanceof Long || value instanceof Short) {
      return BigDecimal.valueOf(((Number) value).longValue());
    }
    if (value instanceof Double || value instanceof Float) {
      return new BigDecimal(value.toString());
    }
    if (value instanceof BigInteger big) {
      return new BigDecimal(big);
    }
    throw new IllegalArgumentException(
        what + " '" + name + "' must be a number, true or false, or a string, was " + value);
  }

  /**
   * Checks that a parameter a vocabulary names has the kind it gives ({@code kind}, empty for a
   * parameter of the call's own) and, when a number, is not negative: every number a vocabulary
   * names is a count, a share, a spread, days or points. The message starts with the name in quotes,
   * so that the reader points at the parameter.
   *
   * @throws IllegalArgumentException when it has another kind, or is a negative number
   */
  static Object ofItsKind(String name, Object value, Optional<Class<?>> kind) {
    kind.filter(k -> !k.isInstance(value)).ifPresent(k -> {
      throw new IllegalArgumentException("'" + name + "' must be " + kindWords(k) + ", was " + kindWords(value.getClass()));
    });
    if (kind.isPresent() && value instanceof BigDecimal number && number.signum() < 0) {
      throw new IllegalArgumentException("'" + name + "' must not be negative, was " + number.toPlainString());
    }
    return value;
  }

  static String kindWords(Class<?> kind) {
    return kind == BigDecimal.class ? "a number" : kind == Boolean.class ? "true or false" : "a string";
  }
}
