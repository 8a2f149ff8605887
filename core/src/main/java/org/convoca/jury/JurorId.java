package org.convoca.jury;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Identifies a juror.
 *
 * <p>Written in JSON as a bare string, for example {@code "J-1"}.
 *
 * @param value the identifier, never blank
 */
public record JurorId(String value) implements Comparable<JurorId> {

  /**
   * Checks that the identifier is present and not blank.
   *
   * @param value the identifier, never blank
   */
  public JurorId {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("'jurorId' must not be blank");
    }
  }

  /**
   * {@return the JurorId {@code value}}
   *
   * @param value the identifier, never blank
   */
  @JsonCreator
  public static JurorId of(String value) {
    return new JurorId(value);
  }

  /** {@return the identifier, as the dossier writes it} */
  @JsonValue
  @Override
  public String value() {
    return value;
  }

  @Override
  public int compareTo(JurorId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
