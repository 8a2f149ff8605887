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
   * <p>Written as two passes over the characters rather than as regular expressions ({@code \p{M}+}
   * removed, then {@code [\s\p{Z}]+} made one space), which it equals, because a conflict
   * detection normalises every applicant's and partner's name several times: with the expressions,
   * it took half the time of generating a dossier of 100,000 proposals.
   *
   * @param name a name, never null
   * @return its normal form, never null; empty when the name is blank
   */
  public static String normalise(String name) {
    String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
    StringBuilder unmarked = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); ) {
      int codePoint = decomposed.codePointAt(i);
      if (!mark(codePoint)) {
        unmarked.appendCodePoint(codePoint);
      }
      i += Character.charCount(codePoint);
    }
    String lower = unmarked.toString().toLowerCase(Locale.ROOT);
    StringBuilder spaced = new StringBuilder(lower.length());
    boolean inSpace = false;
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (space(c)) {
        if (!inSpace) {
          spaced.append(' ');
        }
        inSpace = true;
      } else {
        spaced.append(c);
        inSpace = false;
      }
    }
    return spaced.toString().strip();
  }

  /** Whether the code point is in Unicode's category M, as {@code \p{M}} matches. */
  private static boolean mark(int codePoint) {
    int type = Character.getType(codePoint);
    return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }

  /** Whether the character is white space as {@code \s} matches it, or in Unicode's category Z (all of which lie in the BMP). */
  private static boolean space(char c) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\013' || c == '\f' || c == '\r') {
      return true;
    }
    int type = Character.getType(c);
    return type == Character.SPACE_SEPARATOR || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR;
  }

  /** Whether {@code a} and {@code b} name the same organisation; neither may be null. */
  public static boolean same(String a, String b) {
    return normalise(a).equals(normalise(b));
  }

  /**
   * Checks that {@code name}, the {@code what} of {@code whose}, has a non-empty normal form. A name
   * with a letter or a digit has one (decomposing a letter leaves its base letter), so only the
   * others are normalised to find out.
   */
  static String require(String name, String what, Object whose) {
    if (name == null || name.codePoints().noneMatch(Character::isLetterOrDigit) && normalise(name).isEmpty()) {
      throw new IllegalArgumentException("'" + what + "' of " + whose + " must not be blank");
    }
    return name;
  }
}
