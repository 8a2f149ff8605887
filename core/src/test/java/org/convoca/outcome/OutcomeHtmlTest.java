package org.convoca.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.convoca.proposal.ProposalId;
import org.convoca.selection.RankedProposal;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report, parsed with jsoup: every proposal has its section at the anchor of its id, with
 * its decision, reasons and trail; every chart has a text alternative and the table of the figures
 * it draws, which are the outcome's; the page loads nothing from elsewhere and runs no script.
 */
class OutcomeHtmlTest {

  private final CallOutcome outcome = OutcomeFixtures.workedExampleOutcome();
  private final Document page = Jsoup.parse(html(outcome));

  static String html(CallOutcome outcome) {
    StringWriter out = new StringWriter();
    OutcomeWriters.html(outcome, out);
    return out.toString();
  }

  @Test
  void givesEveryProposalASectionAtTheAnchorOfItsIdWithItsDecisionReasonsAndTrail() {
    assertThat(page.select("article.proposal")).hasSize(outcome.proposals().size());
    for (ProposalOutcome p : outcome.proposals()) {
      Element article = page.getElementById(p.proposal().id().value());
      assertThat(article).as(p.proposal().id().value()).isNotNull();
      assertThat(article.tagName()).isEqualTo("article");
      assertThat(article.selectFirst(".badge").text()).isEqualTo(p.decision().kind().name());
      assertThat(article.select(".reasons li").eachText()).containsExactlyElementsOf(p.reasons());
      Element trail = article.selectFirst("details");
      assertThat(trail.select("td.rule").eachText())
          .as("every check's and every award's rule")
          .containsAll(p.assessment().checks().stream().map(c -> c.rule()).toList())
          .containsAll(p.assessment().criteria().stream().flatMap(c -> c.awards().stream()).map(e -> e.rule()).toList());
      assertThat(trail.text()).contains(p.assessment().checks().stream().map(c -> c.sentence()).toList());
    }
  }

  @Test
  void linksEveryEntryOfTheContentsToASectionOfThePage() {
    Elements links = page.select("a[href]");
    assertThat(links).isNotEmpty();
    for (Element link : links) {
      String href = link.attr("href");
      assertThat(href).startsWith("#");
      assertThat(page.getElementById(href.substring(1))).as(href).isNotNull();
    }
    assertThat(page.select("[id]").eachAttr("id")).doesNotHaveDuplicates();
  }

  @Test
  void summarisesTheFiguresAndSaysHowToVerifyTheFingerprint() {
    Summary s = outcome.summary();
    Map<String, String> facts = new java.util.HashMap<>();
    page.select(".fact").forEach(f -> facts.put(f.selectFirst("dt").text(), f.selectFirst("dd").ownText()));
    assertThat(facts).containsEntry("Proposals", String.valueOf(s.proposals()))
        .containsEntry("Eligible", String.valueOf(s.proposals() - s.ineligible()))
        .containsEntry("Ranked", String.valueOf(s.ranked()))
        .containsEntry("Selected", String.valueOf(s.selected()))
        .containsEntry("Jurisdictions covered", String.valueOf(s.jurisdictionsCovered()))
        .containsKey("Budget used");
    assertThat(page.getElementById("_verify").text()).contains(outcome.fingerprint())
        .contains("convoca verify DOSSIER outcome.json");
  }

  @Test
  void drawsEachChartAsAnSvgWithATextAlternativeAndTheTableBehindIt() {
    Elements figures = page.select("figure");
    assertThat(figures.eachAttr("id")).contains("_chart-jurisdictions", "_chart-ranking", "_chart-breakdown");
    for (Element figure : figures) {
      Element svg = figure.selectFirst("svg");
      assertThat(svg.attr("role")).isEqualTo("img");
      for (String labelled : svg.attr("aria-labelledby").split(" ")) {
        assertThat(svg.getElementById(labelled).text()).as(labelled).isNotBlank();
      }
      assertThat(svg.select("rect")).as(figure.id()).isNotEmpty();
      assertThat(figure.selectFirst("details table")).as(figure.id()).isNotNull();
    }
  }

  @Test
  void tabulatesSelectedAgainstAppliedPerJurisdictionAsTheSummaryCountsThem() {
    List<List<String>> rows = table("_chart-jurisdictions");
    assertThat(rows).hasSize(outcome.summary().byJurisdiction().size());
    outcome.summary().byJurisdiction().forEach((code, t) -> assertThat(rows).contains(
        List.of(code, String.valueOf(t.proposals()), String.valueOf(t.ranked()), String.valueOf(t.selected()))));
  }

  @Test
  void tabulatesTheRankingWithTheThresholdAndTheCutLineDrawn() {
    List<List<String>> rows = table("_chart-ranking");
    List<RankedProposal> ranking = outcome.selection().ranking();
    assertThat(rows).hasSize(ranking.size());
    for (int i = 0; i < ranking.size(); i++) {
      assertThat(rows.get(i).subList(0, 3)).containsExactly(String.valueOf(ranking.get(i).rank()),
          ranking.get(i).proposal().value(), ranking.get(i).total().stripTrailingZeros().toPlainString());
    }
    Element svg = page.getElementById("_chart-ranking").selectFirst("svg");
    assertThat(svg.select("line.threshold")).hasSize(1);
    assertThat(svg.select("line.cut")).hasSize(1);
    assertThat(svg.select("a > rect")).hasSize(ranking.size());
  }

  @Test
  void tabulatesEachSelectedProposalsWeightedPointsThatAddUpToItsTotal() {
    List<List<String>> rows = table("_chart-breakdown");
    assertThat(rows.stream().map(r -> r.get(0)).toList())
        .containsExactlyElementsOf(outcome.selected().stream().map(ProposalId::value).toList());
    for (List<String> row : rows) {
      ProposalOutcome p = outcome.proposal(ProposalId.of(row.get(0))).orElseThrow();
      assertThat(row.get(row.size() - 1)).isEqualTo(p.total().stripTrailingZeros().toPlainString());
      assertThat(row.subList(1, row.size() - 1)).containsExactlyElementsOf(p.assessment().criteria().stream()
          .map(c -> c.weighted().signum() == 0 ? "0" : c.weighted().stripTrailingZeros().toPlainString()).toList());
    }
  }

  @Test
  void listsBrokenTiesAndOverridesWithTheirReasons() {
    assertThat(page.getElementById("_ties").text())
        .contains(outcome.selection().ties().stream().map(t -> t.sentence()).toList());
    assertThat(page.getElementById("_overrides").select("tbody tr"))
        .hasSize((int) outcome.proposals().stream().filter(p -> p.decision().overridden()).count());
    outcome.proposals().stream().filter(p -> p.decision().overridden()).forEach(p ->
        assertThat(page.getElementById("_overrides").text()).contains(p.decision().override().orElseThrow().reason()));
  }

  @Test
  void drawsTheJurysAgreementAndOffsetsWhenThePanelExists() {
    CallOutcome jury = JuryPanelOutcomes.outcome();
    Document withJury = Jsoup.parse(html(jury));

    assertThat(page.getElementById("_chart-agreement")).as("no jury, no chart").isNull();
    Element agreement = withJury.getElementById("_chart-agreement");
    assertThat(agreement).isNotNull();
    assertThat(agreement.select("details tbody tr")).hasSize(jury.jury().criteria().size());
    Element offsets = withJury.getElementById("_chart-offsets");
    assertThat(offsets.select("details tbody tr")).hasSize(
        jury.jury().jurors().stream().mapToInt(j -> j.offsets().size()).sum());
    assertThat(withJury.select("article#P-04 details caption").text()).contains("consensus 4.5");
  }

  @Test
  void listsEveryConflictOfInterestWithItsJurorProposalKindAndReason() {
    CallOutcome jury = JuryPanelOutcomes.outcome();
    Element section = Jsoup.parse(html(jury)).getElementById("_jury");

    List<List<String>> rows = section.select("tbody tr").stream().map(tr -> tr.select("td").eachText()).toList();
    assertThat(rows).hasSize(jury.jury().conflicts().size()).isNotEmpty();
    jury.jury().conflicts().forEach(c -> assertThat(rows)
        .contains(List.of(c.juror().value(), c.proposal().value(), c.kind().name(), c.reason())));
    assertThat(section.text()).contains("combined by MEAN");
  }

  @Test
  void loadsNothingFromElsewhere() {
    String raw = html(outcome);
    assertThat(page.select("script, link, img, iframe, object, embed, audio, video, source, base, form")).isEmpty();
    assertThat(page.select("[src], [srcset], [action], [formaction], [poster], [data]")).isEmpty();
    for (Element e : page.select("[href], [xlink:href]")) {
      assertThat(e.attr("href") + e.attr("xlink:href")).startsWith("#");
    }
    String css = page.select("style").html();
    assertThat(css).doesNotContain("@import").doesNotContain("url(");
    assertThat(page.select("[style]")).isEmpty();
    assertThat(raw).doesNotContainPattern("(?i)(https?:)?//(?!www\\.w3\\.org/2000/svg\")");
    assertThat(page.selectFirst("meta[name=viewport]")).isNotNull();
    assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
  }

  @Test
  void writesTheSamePageToAFile(@TempDir Path dir) throws IOException {
    OutcomeWriters.html(outcome, dir.resolve("report.html"));

    assertThat(Files.readString(dir.resolve("report.html"))).isEqualTo(html(outcome));
  }

  @Test
  void reportsAWriterThatFailsAsAnUncheckedIOException() {
    Writer broken = new Writer() {
      @Override
      public void write(char[] text, int offset, int length) throws IOException {
        throw new IOException("No space left on device");
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };

    assertThatThrownBy(() -> OutcomeWriters.html(outcome, broken)).isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("No space left on device");
  }

  @Test
  void writesTheSameBytesForTheSameOutcome() {
    assertThat(html(OutcomeFixtures.workedExampleOutcome())).isEqualTo(html(outcome));
  }

  private List<List<String>> table(String chart) {
    return page.getElementById(chart).select("details tbody tr").stream()
        .map(tr -> tr.select("td").eachText()).toList();
  }
}
