package org.convoca.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.convoca.language.Language;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The HTML report of a call written in Spanish: the page's language, every heading, label, legend,
 * table header and text for screen readers in Spanish, figures in Spanish conventions, each rule's
 * Spanish title beside its name; dossier text escaped as in English; the same bytes whatever the
 * machine's default locale.
 */
class OutcomeHtmlSpanishTest {

  static final SortedMap<String, String> TITLES = new TreeMap<>(Map.of(
      "Applicant is a provincial or municipal government", "El solicitante es un gobierno provincial o municipal",
      "Points set by the test", "Puntos fijados por la prueba"));

  /** Words of the English page's labels that no Spanish label holds. */
  private static final Pattern ENGLISH = Pattern.compile("\\b(the|of|and|by|Summary|Fingerprint|Charts|Selected|Waitlist|"
      + "Ranked|Eligible|Ineligible|Ties|Jury|Tracks|Check|Rule|Why|Points|Budget|Used|Left|Proposals?|Decision|Rank|"
      + "selected|applied|waitlisted|threshold|weight|aggregate|row|rows|Reason|Kind|Juror|Raw|Adjusted|Status|"
      + "Contents|Labels|outcome|none|None)\\b");

  /** {@code outcome} with its call written in Spanish, and {@code titles} as its rules' titles. */
  static CallOutcome spanish(CallOutcome o, SortedMap<String, String> titles) {
    return new CallOutcome(o.call().withLanguage(Language.SPANISH), o.fingerprint(), o.proposals(), o.selection(),
        o.placements(), o.summary(), o.jury(), o.producedBy(), titles);
  }

  private final CallOutcome outcome = spanish(OutcomeFixtures.workedExampleOutcome(), TITLES);
  private final Document page = Jsoup.parse(OutcomeHtmlTest.html(outcome));

  @Test
  void namesItsLanguageAndHeadsEverySectionInSpanish() {
    assertThat(page.selectFirst("html").attr("lang")).isEqualTo("es");
    assertThat(page.title()).isEqualTo(outcome.call().name() + " — resultado");
    assertThat(page.select("h2").eachText()).startsWith("Resumen", "Huella", "Gráficos")
        .contains("Seleccionadas (" + outcome.selected().size() + ")", "Lista de espera (" + outcome.waitlist().size() + ")",
            "Empates desempatados", "Decisiones modificadas por el jurado", "Líneas", "Jurado");
    assertThat(page.selectFirst("nav").attr("aria-label")).isEqualTo("Contenido");
    assertThat(page.select(".fact dt").eachText()).containsExactly("Propuestas", "Elegibles", "En el orden de mérito",
        "Seleccionadas", "Presupuesto usado", "Jurisdicciones cubiertas");
    assertThat(page.getElementById("_verify").text()).contains("convoca verify EXPEDIENTE outcome.json");
  }

  @Test
  void leavesNoEnglishInHeadingsLabelsLegendsTableHeadersOrTextForScreenReaders() {
    List<String> labels = new java.util.ArrayList<>();
    for (Element e : page.select("h2, h4, th, dt, summary, figcaption, .legend li, svg title, svg desc, p.sub, "
        + ".fact small, .badge, td.verdict, svg text.threshold, svg text.cut")) {
      labels.add(e.text());
    }
    page.select("[aria-label]").forEach(e -> labels.add(e.attr("aria-label")));
    // The criteria's ids and the jurisdictions' codes come from the dossier, and the call's name.
    String dossier = "cocreation|quality|impact|" + Pattern.quote(outcome.call().name());
    assertThat(labels).isNotEmpty().allSatisfy(text ->
        assertThat(ENGLISH.matcher(text.replaceAll(dossier, "")).find()).as(text).isFalse());
  }

  @Test
  void writesFiguresMoneyAndDatesAsSpanishDoes() {
    String budget = page.select(".fact").stream().filter(f -> f.selectFirst("dt").text().equals("Presupuesto usado"))
        .findFirst().orElseThrow().selectFirst("dd").ownText();
    assertThat(budget).matches("ARS \\d{1,3}(\\.\\d{3})*(,\\d+)?");
    assertThat(page.getElementById("_overrides").text()).contains("el 10 de junio de 2021");
    assertThat(page.getElementById("_chart-ranking").select("svg text.threshold").text()).startsWith("umbral ");
  }

  @Test
  void givesEachProposalsDecisionAndFindingsWithTheRulesSpanishTitleBesideItsName() {
    for (ProposalOutcome p : outcome.proposals()) {
      Element article = page.getElementById(p.proposal().id().value());
      assertThat(article.selectFirst(".badge").text()).isNotEqualTo(p.decision().kind().name());
      for (Element rule : article.select("td.rule")) {
        String name = rule.selectFirst(".rule-name") == null ? rule.text() : rule.selectFirst(".rule-name").text();
        assertThat(rule.select(".rule-title").text()).as(name).isEqualTo(TITLES.getOrDefault(name, ""));
      }
      assertThat(article.select("td.rule .rule-name").eachText()).containsAll(
          p.assessment().checks().stream().map(c -> c.rule()).filter(TITLES::containsKey).toList());
    }
    Element p01 = page.getElementById("P-01");
    assertThat(p01.selectFirst(".badge").text()).isEqualTo("seleccionada por mérito");
    assertThat(p01.selectFirst("td.rule").text())
        .isEqualTo("El solicitante es un gobierno provincial o municipal Applicant is a provincial or municipal government");
    assertThat(p01.selectFirst("td.verdict").text()).isEqualTo("cumple");
  }

  @Test
  void escapesEveryHostileTextOfASpanishCall() {
    String hostile = OutcomeHtmlEscapingTest.HOSTILE;
    TreeMap<String, String> titles = new TreeMap<>(Map.of("Points set by the test", hostile));
    String html = OutcomeHtmlTest.html(spanish(HostileOutcomes.with(hostile), titles));
    Document hostilePage = Jsoup.parse(html);

    OutcomeHtmlEscapingTest.assertAddsNothingFromTheDossier(html);
    assertThat(hostilePage.title()).isEqualTo(OutcomeHtmlEscapingTest.SHOWN + " — resultado");
    assertThat(hostilePage.select(".rule-title").eachText()).contains(OutcomeHtmlEscapingTest.SHOWN);
    assertThat(hostilePage.select("article.proposal .who").eachText())
        .allSatisfy(who -> assertThat(who).startsWith(OutcomeHtmlEscapingTest.SHOWN + " · "));
  }

  @Test
  void writesTheSameBytesUnderATurkishOrGermanDefaultLocale() {
    String english = OutcomeHtmlTest.html(OutcomeFixtures.workedExampleOutcome());
    String spanish = OutcomeHtmlTest.html(outcome);
    String jury = OutcomeHtmlTest.html(spanish(JuryPanelOutcomes.outcome(), TITLES));
    Locale before = Locale.getDefault();
    try {
      for (Locale locale : List.of(Locale.forLanguageTag("tr-TR"), Locale.GERMANY)) {
        Locale.setDefault(locale);
        assertThat(OutcomeHtmlTest.html(OutcomeFixtures.workedExampleOutcome())).as(locale.toString()).isEqualTo(english);
        assertThat(OutcomeHtmlTest.html(outcome)).as(locale.toString()).isEqualTo(spanish);
        assertThat(OutcomeHtmlTest.html(spanish(JuryPanelOutcomes.outcome(), TITLES))).as(locale.toString()).isEqualTo(jury);
      }
    } finally {
      Locale.setDefault(before);
    }
  }
}
