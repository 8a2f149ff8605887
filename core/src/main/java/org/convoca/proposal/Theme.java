package org.convoca.proposal;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Pattern;

/**
 * A theme a proposal works on. The program's five themes are constants; a call may add its own
 * (any upper-case code such as {@code OPEN_CONTRACTING}) by listing it among the call's themes.
 *
 * @param code the theme's code: upper-case letters, digits and underscores
 */
public record Theme(String code) implements Comparable<Theme> {

  /** What a code looks like, compiled once rather than for each code read. */
  private static final Pattern FORM = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

  /** Participatory budgeting: residents decide part of the budget. */
  public static final Theme PARTICIPATORY_BUDGETING = new Theme("PARTICIPATORY_BUDGETING");
  /** Digital citizen participation platforms and processes. */
  public static final Theme DIGITAL_PARTICIPATION = new Theme("DIGITAL_PARTICIPATION");
  /** Open data: publishing government data for reuse. */
  public static final Theme OPEN_DATA = new Theme("OPEN_DATA");
  /** Civic innovation: labs, creative workshops, hackathons. */
  public static final Theme CIVIC_INNOVATION = new Theme("CIVIC_INNOVATION");
  /** Public monitoring of government management. */
  public static final Theme PUBLIC_MONITORING = new Theme("PUBLIC_MONITORING");

  /**
   * Checks that the code is an upper-case identifier of at most 64 characters.
   *
   * @param code the theme's code: upper-case letters, digits and underscores
   */
  public Theme {
    if (code == null || !FORM.matcher(code).matches()) {
      throw new IllegalArgumentException("'theme' must be an upper-case code of at most 64 characters such as OPEN_DATA, was '"
          + (code == null || code.length() <= 70 ? code : code.substring(0, 64) + "...") + "'");
    }
  }

  /**
   * {@return the theme with {@code code}}
   *
   * @param code the theme's code, such as {@code OPEN_DATA}
   */
  @JsonCreator
  public static Theme of(String code) {
    return new Theme(code);
  }

  /** {@return the theme's code, as the dossier writes it} */
  @JsonValue
  @Override
  public String code() {
    return code;
  }

  @Override
  public int compareTo(Theme other) {
    return code.compareTo(other.code);
  }

  @Override
  public String toString() {
    return code;
  }
}
