package org.convoca.call;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Identifies a call for proposals.
 *
 * <p>Written in JSON as a bare string, for example {@code "PFGA-2021"}.
 *
 * @param value the identifier, never blank
 */
public record CallId(String value) implements Comparable<CallId> {

  /**
   * Checks that the identifier is present and not blank.
   *
   * @param value the identifier, never blank
   */
  public CallId {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("'callId' must not be blank");
    }
  }

  /**
   * {@return the CallId {@code value}}
   *
   * @param value the identifier, never blank
   */
  @JsonCreator
  public static CallId of(String value) {
    return new CallId(value);
  }

  /** {@return the identifier, as the dossier writes it} */
  @JsonValue
  @Override
  public String value() {
    return value;
  }

  @Override
  public int compareTo(CallId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
