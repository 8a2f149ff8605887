package org.convoca.call;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The named parameters a call gives its monitoring rules, like {@link RuleParameters} for the
 * assessment: written in JSON as the call's {@code monitoring} object of scalars, for example
 * {@code {"selectionDate": "2021-12-10", "reportingIntervalDays": 120, "graceDays": 30}}. A
 * parameter the call does not set takes its default ({@link #DEFAULTS}).
 *
 * <p>The parameters named here have a kind: {@value #SELECTION_DATE} is a day written
 * {@code YYYY-MM-DD}, every other one a number of zero or more. A parameter of another name is the
 * call's own, for rules of its own, and may be any number, flag or text, as with rule parameters.
 *
 * <p>They decide nothing of the selection: the selection's fingerprint leaves them out, and the
 * {@linkplain org.convoca.outcome.MonitoringFingerprint monitoring fingerprint} covers them as in
 * effect, defaults included.
 */
public final class MonitoringParameters {

  /**
   * The day the selection was made, written {@code YYYY-MM-DD}: reports and results assessments
   * dated before it are refused. Without it, the implementation window's start counts. No default.
   */
  public static final String SELECTION_DATE = "selectionDate";
  /** How often, in days, a selected project reports; default 120. */
  public static final String REPORTING_INTERVAL_DAYS = "reportingIntervalDays";
  /** The days a report may come after the reporting interval before the project has no recent report; default 30. */
  public static final String GRACE_DAYS = "graceDays";
  /** The days a milestone may be overdue before its project is at risk; default 90. */
  public static final String AT_RISK_OVERDUE_DAYS = "atRiskOverdueDays";
  /** How many percentage points the share of funds spent may run ahead of the completion share before the project is at risk; default 25. */
  public static final String SPENDING_AHEAD_POINTS = "spendingAheadPoints";
  /** A share, in percent, by which the monitoring rules tell substantial completion; default 50. */
  public static final String SUBSTANTIAL_SHARE = "substantialShare";
  /** The least selection total of a starred project; default 70. */
  public static final String STARRED_MIN_TOTAL = "starredMinTotal";

  /** The defaults of the parameters the bundled monitoring rules read. */
  public static final SortedMap<String, Object> DEFAULTS = Collections.unmodifiableSortedMap(new TreeMap<>(Map.of(
      REPORTING_INTERVAL_DAYS, BigDecimal.valueOf(120),
      GRACE_DAYS, BigDecimal.valueOf(30),
      AT_RISK_OVERDUE_DAYS, BigDecimal.valueOf(90),
      SPENDING_AHEAD_POINTS, BigDecimal.valueOf(25),
      SUBSTANTIAL_SHARE, BigDecimal.valueOf(50),
      STARRED_MIN_TOTAL, BigDecimal.valueOf(70))));

  private final SortedMap<String, Object> values;
  private final SortedMap<String, Object> effective;

  private MonitoringParameters(Map<String, ?> values) {
    TreeMap<String, Object> sorted = new TreeMap<>();
    values.forEach((name, value) -> sorted.put(name, ofItsKind(name,
        ParameterValues.normalise("monitoring parameter", name, value))));
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
   * @throws IllegalArgumentException when a value is none of these, when a parameter named here has
   *     a value of another kind or a negative number, or when {@value #SELECTION_DATE} is not a real
   *     day written {@code YYYY-MM-DD}; the message starts with the parameter's name in quotes
   * @throws NullPointerException when {@code values} is null or holds a null
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

  /** {@return whether the call sets no parameter, so that every default is in effect} */
  public boolean isEmpty() {
    return values.isEmpty();
  }

  /** {@return the day the selection was made, when the call gives it ({@value #SELECTION_DATE})} */
  public Optional<LocalDate> selectionDate() {
    return Optional.ofNullable((String) values.get(SELECTION_DATE)).map(LocalDate::parse);
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

  private static Object ofItsKind(String name, Object value) {
    Optional<Class<?>> kind = Optional.ofNullable(SELECTION_DATE.equals(name) ? String.class
        : DEFAULTS.containsKey(name) ? BigDecimal.class : null);
    ParameterValues.ofItsKind(name, value, kind);
    if (name.endsWith("Days") && DEFAULTS.containsKey(name) && value instanceof BigDecimal days
        && days.stripTrailingZeros().scale() > 0) {
      throw new IllegalArgumentException("'" + name + "' must be a whole number of days, was " + days.toPlainString());
    }
    if (SUBSTANTIAL_SHARE.equals(name) && value instanceof BigDecimal share && share.compareTo(BigDecimal.valueOf(100)) > 0) {
      throw new IllegalArgumentException("'" + name + "' must be at most 100, a percentage, was " + share.toPlainString());
    }
    if (SELECTION_DATE.equals(name)) {
      try {
        LocalDate.parse((String) value);
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("'" + name + "' must be a real day written YYYY-MM-DD, was '" + value + "'");
      }
    }
    return value;
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
