package org.convoca.sample;

import java.text.Normalizer;
import java.util.Locale;
import org.convoca.government.Government;

/** The web sites of generated governments, where their evidence is published. */
final class Sites {

  private Sites() {}

  /**
   * The open-government pages of {@code government}: {@code https://www.<place>.gob.ar/gobierno-abierto},
   * the place being the name after "Municipalidad de" or "Provincia de", without accents or spaces.
   */
  static String of(Government government) {
    String name = government.name().replaceFirst("^(Municipalidad|Provincia) de (la )?", "");
    return "https://www." + slug(name).replace("-", "") + ".gob.ar/gobierno-abierto";
  }

  /** {@code text} in lower case ASCII letters and digits, runs of anything else as one hyphen. */
  static String slug(String text) {
    String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
  }
}
