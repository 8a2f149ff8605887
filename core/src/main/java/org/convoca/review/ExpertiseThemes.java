package org.convoca.review;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.convoca.jury.Juror;
import org.convoca.proposal.Theme;

/**
 * Which of a call's themes a juror's expertise names.
 *
 * <p>An expertise entry names a theme when its normal form equals the theme's code. The normal form
 * decomposes the entry (Unicode NFD), drops the combining marks (accents, tildes, cedillas),
 * upper-cases it with {@link Locale#ROOT}, turns every run of white space and underscores into one
 * underscore and drops underscores at either end. So {@code "open data"}, {@code "Open_Data"} and
 * {@code " OPEN  DATA "} name {@code OPEN_DATA}, and {@code "participación ciudadana"} would name a
 * theme {@code PARTICIPACION_CIUDADANA}. Nothing else is guessed: no translation, no abbreviation,
 * no hyphen, no plural ({@code "open-data"}, {@code "datos abiertos"} and {@code "open data portals"}
 * name no theme). An entry that names no theme of the call is kept in the dossier but matches nothing.
 */
public final class ExpertiseThemes {

  private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SEPARATORS = Pattern.compile("[\\s\\p{Z}_]+");
  private static final Pattern ENDS = Pattern.compile("^_|_$");

  private ExpertiseThemes() {}

  /**
   * The normal form of an expertise entry, to be compared with theme codes.
   *
   * @param entry an expertise entry, never null
   * @return its normal form, never null; empty when the entry holds only separators
   */
  public static String normalise(String entry) {
    String unmarked = COMBINING_MARKS.matcher(Normalizer.normalize(entry, Normalizer.Form.NFD)).replaceAll("");
    String joined = SEPARATORS.matcher(unmarked.toUpperCase(Locale.ROOT)).replaceAll("_");
    return ENDS.matcher(joined).replaceAll("");
  }

  /**
   * The theme among {@code themes} that {@code entry} names.
   *
   * @param entry an expertise entry, never null
   * @param themes the themes it may name (the call's), never null
   * @return the theme, or empty when the entry names none of them
   */
  public static Optional<Theme> named(String entry, Collection<Theme> themes) {
    String normal = normalise(entry);
    return themes.stream().filter(theme -> theme.code().equals(normal)).findFirst();
  }

  /**
   * The themes among {@code themes} that the expertise of {@code juror} names.
   *
   * @param juror a juror, never null
   * @param themes the themes of the call, never null
   * @return the themes named, sorted; never null, empty when the juror's expertise names none
   */
  public static SortedSet<Theme> of(Juror juror, Collection<Theme> themes) {
    SortedSet<Theme> named = new TreeSet<>();
    juror.expertise().forEach(entry -> named(entry, themes).ifPresent(named::add));
    return named;
  }
}
