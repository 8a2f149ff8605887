package org.convoca.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.convoca.language.Language;
import org.convoca.monitoring.MonitoringFixtures;
import org.convoca.monitoring.MonitoringOutcome;
import org.junit.jupiter.api.Test;

/**
 * The Markdown reports and the explanations, in English and in Spanish, are the same bytes whatever
 * the JVM's default locale: Turkish (whose dotless i breaks case changes made without a locale) and
 * German (which swaps the decimal and grouping separators) write what the root locale writes.
 */
class ReportsDefaultLocaleTest {

  private final CallOutcome english = JuryPanelOutcomes.outcome();
  private final CallOutcome spanish = InSpanish.of(english, new TreeMap<>(Map.of("Points set by the test", "Puntos fijados por la prueba")));
  private final MonitoringOutcome monitoring = MonitoringFixtures.example("Open data portal");

  @Test
  void writesTheSameBytesUnderTurkishAndGermanDefaults() {
    List<byte[]> root = under(Locale.ROOT);

    for (Locale locale : List.of(Locale.forLanguageTag("tr-TR"), Locale.GERMANY)) {
      List<byte[]> written = under(locale);
      for (int i = 0; i < root.size(); i++) {
        assertThat(written.get(i)).as(locale + " output " + i).isEqualTo(root.get(i));
      }
    }
  }

  private List<byte[]> under(Locale locale) {
    Locale before = Locale.getDefault();
    Locale.setDefault(locale);
    try {
      List<String> texts = new ArrayList<>();
      for (CallOutcome o : List.of(english, spanish)) {
        texts.add(OutcomeMarkdownTest.markdown(o));
        o.proposals().forEach(p -> texts.add(o.explain(p.proposal().id())));
      }
      texts.add(monitoring(monitoring));
      texts.add(monitoring(monitoring.in(Language.SPANISH, new TreeMap<>())));
      return texts.stream().map(t -> t.getBytes(StandardCharsets.UTF_8)).toList();
    } finally {
      Locale.setDefault(before);
    }
  }

  private static String monitoring(MonitoringOutcome outcome) {
    StringWriter out = new StringWriter();
    MonitoringWriters.markdown(outcome, out);
    return out.toString();
  }
}
