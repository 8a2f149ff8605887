package org.convoca.jury.conflict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convoca.sample.Theories.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class OrganisationNamesProperties {

  /** The normal form as the class documents it, by regular expressions. */
  private static String byExpressions(String name) {
    String unmarked = Pattern.compile("\\p{M}+").matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
    return Pattern.compile("[\\s\\p{Z}]+").matcher(unmarked.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
  }

  /** Letters with and without accents, marks on their own, every kind of space, separators, control characters and a pair of surrogates. */
  private static final List<String> PIECES = List.of("a", "Z", "ñ", "Ñ", "É", "ü", "İ", "ß", "ﬁ", "\u0301", "\u0327", "\u20DD",
      "\u0903", " ", "  ", "\t", "\n", "\u000B", "\f", "\r", "\u001C", "\u00A0", "\u2003", "\u2028", "\u2029", "\u3000",
      "\u200B", "-", ".", "7", "\uD834\uDD65", "\uD835\uDC00", "Fundación", "DATOS");

  private static Gen<String> names() {
    return lists().of(integers().between(0, PIECES.size() - 1)).ofSizeBetween(0, 12)
        .map(indices -> indices.stream().map(PIECES::get).reduce("", String::concat));
  }

  @Test
  void equalsTheDocumentedRegularExpressions() {
    qt(2_000).forAll(names()).checkAssert(name -> assertThat(OrganisationNames.normalise(name)).isEqualTo(byExpressions(name)));
  }
}
