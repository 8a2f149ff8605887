package org.convoca.capacity;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Identifies a person: a trainee, a team member or a partner's contact.
 *
 * <p>Written in JSON as a bare string, for example {@code "PER-0001"}.
 *
 * @param value the identifier, never blank
 */
public record PersonId(String value) implements Comparable<PersonId> {

  /**
   * Checks that the identifier is present and not blank.
   *
   * @param value the identifier, never blank
   */
  public PersonId {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("'personId' must not be blank");
    }
  }

  /**
   * {@return the PersonId {@code value}}
   *
   * @param value the identifier, never blank
   */
  @JsonCreator
  public static PersonId of(String value) {
    return new PersonId(value);
  }

  /** {@return the identifier, as the dossier writes it} */
  @JsonValue
  @Override
  public String value() {
    return value;
  }

  @Override
  public int compareTo(PersonId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
