package org.convoca.proposal;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Identifies a proposal in a call.
 *
 * <p>Written in JSON as a bare string, for example {@code "P-017"}.
 *
 * @param value the identifier, never blank
 */
public record ProposalId(String value) implements Comparable<ProposalId> {

  /**
   * Checks that the identifier is present and not blank.
   *
   * @param value the identifier, never blank
   */
  public ProposalId {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("'proposalId' must not be blank");
    }
  }

  /**
   * {@return the ProposalId {@code value}}
   *
   * @param value the identifier, never blank
   */
  @JsonCreator
  public static ProposalId of(String value) {
    return new ProposalId(value);
  }

  /** {@return the identifier, as the dossier writes it} */
  @JsonValue
  @Override
  public String value() {
    return value;
  }

  @Override
  public int compareTo(ProposalId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
