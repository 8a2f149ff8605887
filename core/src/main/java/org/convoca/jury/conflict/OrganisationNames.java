package org.convoca.jury.conflict;

import java.text.Normalizer;
import java.util.Locale;

/**
 * How names of organisations and governments are compared: two names are the same organisation when
 * their normal forms are equal. The normal form decomposes the name (Unicode NFD), drops the combining
 * marks (accents, tildes, cedillas), lower-cases it with {@link Locale#ROOT}, turns every run of
 * white space (including no-break spaces) into one space and trims both ends. So
 * {@code "Fundación  DATOS"} and {@code " fundacion datos"} are the same organisation, while
 * {@code "Fundación Datos Abiertos"} is another: no abbreviation, word order or spelling is guessed.
 */
public final class OrganisationNames {

  private OrganisationNames() {}

  /**
   * The normal form of {@code name}.
   *
   * @param name a name, never null
   * @return its normal form, never null; empty when the name is blank
   */
  public static String normalise(String name) {
    // One pass per step, without regular expressions: a call of 100,000 proposals normalises every
    // applicant's and partner's name, and the regex version took seconds there.
    String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
    StringBuilder unmarked = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); ) {
      int c = decomposed.codePointAt(i);
      i += Character.charCount(c);
      int type = Character.getType(c);
      if (type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK && type != Character.COMBINING_SPACING_MARK) {
        unmarked.appendCodePoint(c);
      }
    }
    String lower = unmarked.toString().toLowerCase(Locale.ROOT);
    StringBuilder spaced = new StringBuilder(lower.length());
    boolean pendingSpace = false;
    for (int i = 0; i < lower.length(); ) {
      int c = lower.codePointAt(i);
      i += Character.charCount(c);
      if (isSpace(c)) {
        pendingSpace = spaced.length() > 0;
      } else {
        if (pendingSpace) {
          spaced.append(' ');
          pendingSpace = false;
        }
        spaced.appendCodePoint(c);
      }
    }
    return spaced.toString().strip();
  }

  /** White space as the normal form takes it: the ASCII white space of {@code \\s} and every Unicode space, line or paragraph separator. */
  private static boolean isSpace(int c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r'
        || Character.getType(c) == Character.SPACE_SEPARATOR || Character.getType(c) == Character.LINE_SEPARATOR
        || Character.getType(c) == Character.PARAGRAPH_SEPARATOR;
  }

  /**
   * Whether {@code name} has a character that is neither a mark nor white space, so that its normal
   * form is not empty; a quick test that saves normalising every name only to check it.
   */
  private static boolean hasVisible(String name) {
    for (int i = 0; i < name.length(); ) {
      int c = name.codePointAt(i);
      i += Character.charCount(c);
      int type = Character.getType(c);
      if (!isSpace(c) && !Character.isWhitespace(c) && type != Character.NON_SPACING_MARK
          && type != Character.ENCLOSING_MARK && type != Character.COMBINING_SPACING_MARK) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@return whether {@code a} and {@code b} name the same organisation; neither may be null}
   *
   * @param a one organisation's name
   * @param b the other organisation's name
   */
  public static boolean same(String a, String b) {
    return normalise(a).equals(normalise(b));
  }

  /** Checks that {@code name}, the {@code what} of {@code whose}, has a non-empty normal form. */
  static String require(String name, String what, Object whose) {
    if (name == null || !hasVisible(name) && normalise(name).isEmpty()) {
      throw new IllegalArgumentException("'" + what + "' of " + whose + " must not be blank");
    }
    return name;
  }
}
