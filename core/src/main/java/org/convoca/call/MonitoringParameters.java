package org.convoca.call;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The named parameters a call gives its monitoring rules, like {@link RuleParameters} for the
 * assessment: written in JSON as the call's {@code monitoring} object of scalars, for example
 * {@code {"reportingIntervalDays": 120, "graceDays": 30}}. A parameter the call does not set
 * takes its default ({@link #DEFAULTS}).
 *
 * <p>They decide nothing of the selection: the selection's fingerprint leaves them out, and the
 * monitoring fingerprint covers them as in effect.
 */
public final class MonitoringParameters {

  /** The defaults of the parameters the bundled monitoring rules read. */
  public static final SortedMap<String, Object> DEFAULTS = Collections.unmodifiableSortedMap(new TreeMap<>(Map.of(
      "reportingIntervalDays", BigDecimal.valueOf(120),
      "graceDays", BigDecimal.valueOf(30),
      "atRiskOverdueDays", BigDecimal.valueOf(90),
      "spendingAheadPoints", BigDecimal.valueOf(25),
      "substantialShare", BigDecimal.valueOf(50),
      "starredMinTotal", BigDecimal.valueOf(70))));

  private final SortedMap<String, Object> values;
  private final SortedMap<String, Object> effective;

  private MonitoringParameters(Map<String, ?> values) {
    TreeMap<String, Object> sorted = new TreeMap<>();
    values.forEach((name, value) -> sorted.put(name, normalise(name, value)));
    this.values = Collections.unmodifiableSortedMap(sorted);
    TreeMap<String, Object> withDefaults = new TreeMap<>(DEFAULTS);
    withDefaults.putAll(sorted);
    this.effective = Collections.unmodifiableSortedMap(withDefaults);
  }

  /**
   * Parameters from a map of names to numbers, booleans or strings.
   *
   * @param values parameter names to their values
   * @return the parameters, numbers as {@link BigDecimal}
   * @throws IllegalArgumentException when a value is none of these
   */
  @JsonCreator
  public static MonitoringParameters of(Map<String, ?> values) {
    return new MonitoringParameters(Map.copyOf(values));
  }

  /** {@return no parameters: every default in effect} */
  public static MonitoringParameters empty() {
    return new MonitoringParameters(Map.of());
  }

  /** {@return the parameters the call sets itself, as the dossier writes them, without defaults} */
  @JsonValue
  public SortedMap<String, Object> given() {
    return values;
  }

  /** {@return the parameters the rules see: the call's own values over the defaults} */
  public SortedMap<String, Object> asMap() {
    return effective;
  }

  /**
   * The number named {@code name}, the call's or the default.
   *
   * @param name the parameter's name
   * @return the number
   * @throws NoSuchElementException when neither the call nor the defaults have it
   * @throws IllegalArgumentException when it is not a number
   */
  public BigDecimal number(String name) {
    Object value = effective.get(name);
    if (value == null) {
      throw new NoSuchElementException("monitoring parameter '" + name + "' is not set in the call's monitoring");
    }
    if (!(value instanceof BigDecimal number)) {
      throw new IllegalArgumentException("monitoring parameter '" + name + "' must be a number, was " + value);
    }
    return number;
  }

  private static Object normalise(String name, Object value) {
    // SKELETON: helper "monitoring-data" shares RuleParameters' normalisation and kind checks.
    if (value instanceof Integer || value instanceof Long) {
      return BigDecimal.valueOf(((Number) value).longValue());
    }
    if (value instanceof BigDecimal || value instanceof Boolean || value instanceof String) {
      return value;
    }
    throw new IllegalArgumentException("'" + name + "' must be a number, true or false, or a string");
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof MonitoringParameters that && values.equals(that.values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  @Override
  public String toString() {
    return "MonitoringParameters" + values;
  }
}
