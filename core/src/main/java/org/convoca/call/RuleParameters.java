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
 *
 * <p>A parameter the call does not set takes its default, if it has one
 * ({@link FederalVocabulary#parameterDefaults()}): {@link #asMap()} and the readers
 * ({@link #has}, {@link #number}, {@link #flag}, {@link #text}) see the call's values laid over the
 * defaults, while the dossier's JSON and equality keep only what the call sets ({@link #given()}).
 * The outcome's fingerprint covers both: the canonical dossier, and the parameters in effect.
 */
public final class RuleParameters {

  private final Map<String, Object> values;
  private final Map<String, Object> effective;

  private RuleParameters(Map<String, Object> values) {
    TreeMap<String, Object> sorted = new TreeMap<>();
    values.forEach((name, value) -> sorted.put(name, ParameterValues.ofItsKind(name,
        ParameterValues.normalise("rule parameter", name, value), FederalVocabulary.parameterKind(name))));
    this.values = Collections.unmodifiableMap(sorted);
    TreeMap<String, Object> withDefaults = new TreeMap<>(FederalVocabulary.parameterDefaults());
    withDefaults.putAll(sorted);
    this.effective = Collections.unmodifiableMap(withDefaults);
  }

  /**
   * Parameters from a map of names to numbers, booleans or strings.
   *
   * @param values parameter names to their values
   * @return the parameters, with the values normalised (numbers as {@link BigDecimal})
   * @throws IllegalArgumentException when a value is none of these, or when a parameter that
   *     {@link FederalVocabulary} names has a value of another kind (text for a number); the message
   *     starts with the parameter's name in quotes
   */
  @JsonCreator
  public static RuleParameters of(Map<String, ?> values) {
    return new RuleParameters(Map.copyOf(values));
  }

  /** {@return no parameters} */
  public static RuleParameters empty() {
    return new RuleParameters(Map.of());
  }

  /**
   * The parameters the call sets itself, as the dossier writes them: a sorted map of names to
   * {@link BigDecimal}, {@link Boolean} or {@link String}, without defaults.
   *
   * @return the parameters the call sets itself, as the dossier writes them: a sorted map of names
   *     to {@link BigDecimal}, {@link Boolean} or {@link String}, without defaults
   */
  @JsonValue
  public Map<String, Object> given() {
    return values;
  }

  /**
   * The parameters rules see: the call's own values over the defaults of the parameters it does
   * not set, as a sorted map of names to {@link BigDecimal}, {@link Boolean} or {@link String}.
   *
   * @return the parameters rules see: the call's own values over the defaults of the parameters it
   *     does not set, as a sorted map of names to {@link BigDecimal}, {@link Boolean} or {@link
   *     String}
   */
  public Map<String, Object> asMap() {
    return effective;
  }

  /**
   * {@return whether a parameter named {@code name} is set by the call or has a default}
   *
   * @param name the parameter's name
   */
  public boolean has(String name) {
    return effective.containsKey(name);
  }

  /**
   * The number named {@code name}, the call's or the default.
   *
   * @param name the parameter's name
   * @return the number named {@code name}, the call's or the default
   * @throws NoSuchElementException when neither the call nor the defaults have it
   * @throws IllegalArgumentException when it is not a number
   */
  public BigDecimal number(String name) {
    return typed(name, BigDecimal.class, "a number");
  }

  /**
   * The flag named {@code name}, the call's or the default.
   *
   * @param name the parameter's name
   * @return the flag named {@code name}, the call's or the default
   * @throws NoSuchElementException when neither the call nor the defaults have it
   * @throws IllegalArgumentException when it is not true or false
   */
  public boolean flag(String name) {
    return typed(name, Boolean.class, "true or false");
  }

  /**
   * The text named {@code name}, the call's or the default.
   *
   * @param name the parameter's name
   * @return the text named {@code name}, the call's or the default
   * @throws NoSuchElementException when neither the call nor the defaults have it
   * @throws IllegalArgumentException when it is not a string
   */
  public String text(String name) {
    return typed(name, String.class, "a string");
  }

  private <T> T typed(String name, Class<T> type, String expected) {
    Object value = effective.get(name);
    if (value == null) {
      throw new NoSuchElementException("rule parameter '" + name + "' is not set in the call's parameters");
    }
    if (!type.isInstance(value)) {
      throw new IllegalArgumentException("rule parameter '" + name + "' must be " + expected + ", was " + value);
    }
    return type.cast(value);
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
