package org.convoca.proposal;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Identifies a milestone within its proposal.
 *
 * <p>Written in JSON as a bare string, for example {@code "M1"}.
 *
 * @param value the identifier, never blank
 */
public record MilestoneId(String value) implements Comparable<MilestoneId> {

  /**
   * Checks that the identifier is present and not blank.
   *
   * @param value the identifier, never blank
   */
  public MilestoneId {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("'milestoneId' must not be blank");
    }
  }

  /**
   * {@return the MilestoneId {@code value}}
   *
   * @param value the identifier, never blank
   */
  @JsonCreator
  public static MilestoneId of(String value) {
    return new MilestoneId(value);
  }

  /** {@return the identifier, as the dossier writes it} */
  @JsonValue
  @Override
  public String value() {
    return value;
  }

  @Override
  public int compareTo(MilestoneId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
