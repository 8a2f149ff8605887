package org.convoca.call;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Identifies an evaluation criterion of a call.
 *
 * <p>Written in JSON as a bare string, for example {@code "cocreation"}.
 *
 * @param value the identifier, never blank
 */
public record CriterionId(String value) implements Comparable<CriterionId> {

  /**
   * Checks that the identifier is present and not blank.
   *
   * @param value the identifier, never blank
   */
  public CriterionId {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("'criterionId' must not be blank");
    }
  }

  /**
   * {@return the CriterionId {@code value}}
   *
   * @param value the identifier, never blank
   */
  @JsonCreator
  public static CriterionId of(String value) {
    return new CriterionId(value);
  }

  /** {@return the identifier, as the dossier writes it} */
  @JsonValue
  @Override
  public String value() {
    return value;
  }

  @Override
  public int compareTo(CriterionId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
