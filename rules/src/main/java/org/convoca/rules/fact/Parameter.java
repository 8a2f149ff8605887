package org.convoca.rules.fact;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import org.convoca.call.RuleParameters;

/**
 * One named rule parameter of the call ({@code call.parameters}), or the default of one the call
 * leaves out, inserted as a fact so that rules can read it:
 * {@code Parameter( name == FederalVocabulary.CONSENSUS_SPREAD, $spread : number )}.
 *
 * @param name the parameter's name
 * @param value a {@link BigDecimal}, a {@link Boolean} or a {@link String}, as
 *     {@link RuleParameters} normalises it (see {@link RuleParameters#asMap()} for the defaults)
 */
public record Parameter(String name, Object value) {

  /**
   * Checks that no part is missing.
   *
   * @param name the parameter's name
   * @param value a {@link BigDecimal}, a {@link Boolean} or a {@link String}, as
   *     {@link RuleParameters} normalises it (see {@link RuleParameters#asMap()} for the defaults)
   */
  public Parameter {
    requireNonNull(name, "'name' must not be null");
    requireNonNull(value, "'value' must not be null");
  }

  /**
   * The value as a number.
   *
   * @return the value as a number
   * @throws IllegalArgumentException when the value is not a number; the message names the parameter
   */
  public BigDecimal number() {
    if (value instanceof BigDecimal number) {
      return number;
    }
    throw new IllegalArgumentException("rule parameter '" + name + "' must be a number, was " + value);
  }

  /**
   * The value as true or false.
   *
   * @return the value as true or false
   * @throws IllegalArgumentException when the value is not true or false; the message names the parameter
   */
  public boolean flag() {
    if (value instanceof Boolean flag) {
      return flag;
    }
    throw new IllegalArgumentException("rule parameter '" + name + "' must be true or false, was " + value);
  }

  /**
   * The value as text.
   *
   * @return the value as text
   * @throws IllegalArgumentException when the value is not a string; the message names the parameter
   */
  public String text() {
    if (value instanceof String text) {
      return text;
    }
    throw new IllegalArgumentException("rule parameter '" + name + "' must be a string, was " + value);
  }
}
