package org.convoca.capacity;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Identifies a capacity-building course.
 *
 * <p>Written in JSON as a bare string, for example {@code "C-OPEN-DATA"}.
 *
 * @param value the identifier, never blank
 */
public record CourseId(String value) implements Comparable<CourseId> {

  /**
   * Checks that the identifier is present and not blank.
   *
   * @param value the identifier, never blank
   */
  public CourseId {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("'courseId' must not be blank");
    }
  }

  /**
   * {@return the CourseId {@code value}}
   *
   * @param value the identifier, never blank
   */
  @JsonCreator
  public static CourseId of(String value) {
    return new CourseId(value);
  }

  /** {@return the identifier, as the dossier writes it} */
  @JsonValue
  @Override
  public String value() {
    return value;
  }

  @Override
  public int compareTo(CourseId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
