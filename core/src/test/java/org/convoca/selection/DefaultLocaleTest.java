package org.convoca.selection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.convoca.call.SelectionPolicy;
import org.convoca.jury.JuryVerdict;
import org.convoca.language.Language;
import org.convoca.value.Money;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A selection's decisions, ties and notes are the same bytes whatever the JVM's default locale:
 * Turkish (dotted and dotless i), German (comma decimals, dot grouping) and English, for a call in
 * Spanish and one in English.
 */
class DefaultLocaleTest {

  static Stream<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();
    for (Language language : List.of(Language.SPANISH, Language.ENGLISH)) {
      for (String tag : List.of("tr-TR", "de-DE", "en-US")) {
        cases.add(Arguments.of(language, Locale.forLanguageTag(tag)));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest
  @MethodSource("cases")
  void writesTheSameSentencesUnderAnyDefaultLocale(Language language, Locale locale) {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.ROOT);
      String expected = sentences(language);
      Locale.setDefault(locale);
      assertThat(sentences(language)).isEqualTo(expected);
    } finally {
      Locale.setDefault(before);
    }
  }

  /** Every sentence of two selections: the worked example with overrides, and a budget of millions with decimals. */
  private static String sentences(Language language) {
    SelectionFixture example = SelectionFixture.workedExample().language(language)
        .override("P-06", JuryVerdict.EXCLUDE, "Withdrawn")
        .override("P-02", JuryVerdict.INCLUDE, "Included");
    SelectionFixture millions = SelectionFixture.aCall().language(language)
        .policy(SelectionPolicy.builder().slots(3).totalBudget(Money.of(2_500_000, "ARS")).waitlistLength(0).build())
        .bid(SelectionFixture.Bid.bid("P-1").total("90.50").request(1_500_000))
        .bid(SelectionFixture.Bid.bid("P-2").total("80.25").request(1_500_000));
    StringBuilder all = new StringBuilder();
    for (SelectionFixture f : List.of(example, millions)) {
      Selection s = Selector.select(f.dossier(), f.assessments());
      s.decisions().forEach(d -> all.append(d.reason()).append('\n').append(d.computedReason()).append('\n'));
      s.ties().forEach(t -> all.append(t.sentence()).append('\n'));
      s.notes().forEach(n -> all.append(n).append('\n'));
    }
    return all.toString();
  }
}
