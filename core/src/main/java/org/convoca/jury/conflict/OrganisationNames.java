package org.convoca.jury.conflict;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How names of organisations and governments are compared: two names are the same organisation when
 * their normal forms are equal. The normal form decomposes the name (Unicode NFD), drops the combining
 * marks (accents, tildes, cedillas), lower-cases it with {@link Locale#ROOT}, turns every run of
 * white space (including no-break spaces) into one space and trims both ends. So
 * {@code "Fundación  DATOS"} and {@code " fundacion datos"} are the same organisation, while
 * {@code "Fundación Datos Abiertos"} is another: no abbreviation, word order or spelling is guessed.
 */
public final class OrganisationNames {

  private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");

  private OrganisationNames() {}

  /**
   * The normal form of {@code name}.
   *
   * @param name a name, never null
   * @return its normal form, never null; empty when the name is blank
   */
  public static String normalise(String name) {
    String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
    String unmarked = COMBINING_MARKS.matcher(decomposed).replaceAll("");
    return SPACES.matcher(unmarked.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
  }

  /** Whether {@code a} and {@code b} name the same organisation; neither may be null. */
  public static boolean same(String a, String b) {
    return normalise(a).equals(normalise(b));
  }

  /** Checks that {@code name}, the {@code what} of {@code whose}, has a non-empty normal form. */
  static String require(String name, String what, Object whose) {
    if (name == null || normalise(name).isEmpty()) {
      throw new IllegalArgumentException("'" + what + "' of " + whose + " must not be blank");
    }
    return name;
  }
}
