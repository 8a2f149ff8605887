package org.convoca.call;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;

/**
 * The named parameters a call gives its rule book: numbers, flags and texts that rules read, so
 * that rule authors tune a rule without touching its DRL. Written in JSON as an object of
 * scalars, for example {@code {"maxProposalsPerGovernment": 1, "requireTrainedMember": true}}.
 */
public final class RuleParameters {

  private final Map<String, Object> values;

  private RuleParameters(Map<String, Object> values) {
    TreeMap<String, Object> sorted = new TreeMap<>();
    values.forEach((name, value) -> sorted.put(name, normalise(name, value)));
    this.values = Collections.unmodifiableMap(sorted);
  }

  /** Parameters from a map of names to numbers, booleans or strings. */
  @JsonCreator
  public static RuleParameters of(Map<String, ?> values) {
    return new RuleParameters(Map.copyOf(values));
  }

  /** No parameters. */
  public static RuleParameters empty() {
    return new RuleParameters(Map.of());
  }

  /** The parameters as a sorted map of names to {@link BigDecimal}, {@link Boolean} or {@link String}. */
  @JsonValue
  public Map<String, Object> asMap() {
    return values;
  }

  /** Whether a parameter named {@code name} is present. */
  public boolean has(String name) {
    return values.containsKey(name);
  }

  /** The number named {@code name}. @throws NoSuchElementException when absent, IllegalArgumentException when not a number */
  public BigDecimal number(String name) {
    return typed(name, BigDecimal.class, "a number");
  }

  /** The flag named {@code name}. @throws NoSuchElementException when absent, IllegalArgumentException when not a boolean */
  public boolean flag(String name) {
    return typed(name, Boolean.class, "true or false");
  }

  /** The text named {@code name}. @throws NoSuchElementException when absent, IllegalArgumentException when not a string */
  public String text(String name) {
    return typed(name, String.class, "a string");
  }

  private <T> T typed(String name, Class<T> type, String expected) {
    Object value = values.get(name);
    if (value == null) {
      throw new NoSuchElementException("rule parameter '" + name + "' is not set in the call's parameters");
    }
    if (!type.isInstance(value)) {
      throw new IllegalArgumentException("rule parameter '" + name + "' must be " + expected + ", was " + value);
    }
    return type.cast(value);
  }

  private static Object normalise(String name, Object value) {
    if (value instanceof BigDecimal || value instanceof Boolean || value instanceof String) {
      return value;
    }
    if (value instanceof Integer || value instanceof Long || value instanceof Short) {
      return BigDecimal.valueOf(((Number) value).longValue());
    }
    if (value instanceof Double || value instanceof Float) {
      return new BigDecimal(value.toString());
    }
    if (value instanceof java.math.BigInteger big) {
      return new BigDecimal(big);
    }
    throw new IllegalArgumentException(
        "rule parameter '" + name + "' must be a number, true or false, or a string, was " + value);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RuleParameters that && values.equals(that.values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  @Override
  public String toString() {
    return "RuleParameters" + values;
  }
}
