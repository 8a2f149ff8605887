package org.convoca.government;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Identifies a government in a dossier.
 *
 * <p>Written in JSON as a bare string, for example {@code "MUN-CORDOBA"}.
 *
 * @param value the identifier, never blank
 */
public record GovernmentId(String value) implements Comparable<GovernmentId> {

  /**
   * Checks that the identifier is present and not blank.
   *
   * @param value the identifier, never blank
   */
  public GovernmentId {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("'governmentId' must not be blank");
    }
  }

  /**
   * {@return the GovernmentId {@code value}}
   *
   * @param value the identifier, never blank
   */
  @JsonCreator
  public static GovernmentId of(String value) {
    return new GovernmentId(value);
  }

  /** {@return the identifier, as the dossier writes it} */
  @JsonValue
  @Override
  public String value() {
    return value;
  }

  @Override
  public int compareTo(GovernmentId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
