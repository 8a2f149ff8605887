package org.convoca.government;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Pattern;

/**
 * A first-level jurisdiction as its ISO 3166-2 code, such as {@code AR-X} for Córdoba.
 *
 * <p>Written in JSON as a bare string, for example {@code "AR-X"}.
 *
 * @param value the identifier, never blank
 */
public record JurisdictionCode(String value) implements Comparable<JurisdictionCode> {

  /** What a code looks like, compiled once rather than for each code read. */
  private static final Pattern FORM = Pattern.compile("[A-Z]{2}-[A-Z0-9]{1,3}");

  /**
   * Checks that the identifier is present and not blank.
   *
   * @param value the identifier, never blank
   */
  public JurisdictionCode {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("'jurisdictionCode' must not be blank");
    }
    if (!FORM.matcher(value).matches()) {
      throw new IllegalArgumentException("'jurisdictionCode' must be an ISO 3166-2 code such as AR-X, was '" + value + "'");
    }
  }

  /**
   * {@return the JurisdictionCode {@code value}}
   *
   * @param value the ISO 3166-2 code, such as {@code AR-X}
   */
  @JsonCreator
  public static JurisdictionCode of(String value) {
    return new JurisdictionCode(value);
  }

  /** {@return the code, as the dossier writes it} */
  @JsonValue
  @Override
  public String value() {
    return value;
  }

  @Override
  public int compareTo(JurisdictionCode other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
