package org.convoca.sample;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.convoca.proposal.Theme;

/**
 * A juror's fields of expertise as the generator writes them: a theme's code in words ("open data"
 * for {@code OPEN_DATA}), and back.
 */
final class Expertise {

  private Expertise() {}

  /** The theme's code in lower-case words: "participatory budgeting" for {@code PARTICIPATORY_BUDGETING}. */
  static String words(Theme theme) {
    return theme.code().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /**
   * The themes among {@code themes} that {@code fields} name, in words or as codes, whatever the
   * case and spacing; other fields match nothing.
   */
  static Set<Theme> themes(List<String> fields, Collection<Theme> themes) {
    Set<Theme> named = new TreeSet<>();
    for (String field : fields) {
      String code = field.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s_]+", "_");
      themes.stream().filter(t -> t.code().equals(code)).forEach(named::add);
    }
    return named;
  }
}
