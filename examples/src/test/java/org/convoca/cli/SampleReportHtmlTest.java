package org.convoca.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.convoca.dossier.DossierReader;
import org.convoca.language.Language;
import org.convoca.language.Messages;
import org.convoca.outcome.CallOutcome;
import org.convoca.outcome.ProposalOutcome;
import org.convoca.rules.Convoca;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled sample's report.html as {@code assess --out DIR --format html} writes it, parsed with
 * jsoup and held against the outcome the API decides from the same dossier: every proposal at its
 * anchor, and every chart drawn, with the table of the outcome's figures behind it.
 */
class SampleReportHtmlTest {

  @TempDir
  static Path dir;

  static CallOutcome outcome;
  static Document page;

  @BeforeAll
  static void writeTheSampleReport() throws IOException {
    Cli run = Cli.run("assess", Cli.SAMPLE.toString(), "--out", dir.toString(), "--format", "html");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("wrote " + dir.resolve("report.html"));
    page = Jsoup.parse(Files.readString(dir.resolve("report.html")));
    outcome = Convoca.withBundledRules().decide(DossierReader.standard().read(Cli.SAMPLE));
  }

  private static final Messages DECISIONS = Messages.load("/org/convoca/outcome/html/report",
      SampleReportHtmlTest.class::getResourceAsStream);

  @Test
  void givesEveryProposalOfTheSampleItsSectionAtTheAnchorOfItsId() {
    assertThat(outcome.proposals()).hasSize(150);
    assertThat(page.select("article.proposal")).hasSize(150);
    for (ProposalOutcome p : outcome.proposals()) {
      Element article = page.getElementById(p.proposal().id().value());
      assertThat(article).as(p.proposal().id().value()).isNotNull();
      assertThat(article.selectFirst("h3").text()).isEqualTo(p.proposal().id().value() + " " + p.proposal().title());
      assertThat(article.selectFirst(".badge").text()).as("the decision in the sample's language, Spanish")
          .isEqualTo(DECISIONS.format(Language.SPANISH, "enum.DecisionKind." + p.decision().kind().name()));
      assertThat(article.select("details tr td.verdict")).hasSize(p.assessment().checks().size());
    }
  }

  @Test
  void drawsEveryChartOfTheSampleJuryIncluded() {
    assertThat(page.select("figure").eachAttr("id")).containsExactly("_chart-jurisdictions", "_chart-ranking",
        "_chart-breakdown", "_chart-budget", "_chart-agreement", "_chart-offsets");
    page.select("figure svg").forEach(svg -> assertThat(svg.select("rect")).isNotEmpty());
  }

  @Test
  void countsSelectedAndAppliedPerJurisdictionAsTheOutcomeDoes() {
    List<List<String>> rows = rows("_chart-jurisdictions");
    assertThat(rows).hasSize(outcome.summary().byJurisdiction().size());
    outcome.summary().byJurisdiction().forEach((code, t) -> assertThat(rows)
        .contains(List.of(code, String.valueOf(t.proposals()), String.valueOf(t.ranked()), String.valueOf(t.selected()))));
    assertThat(rows.stream().mapToInt(r -> Integer.parseInt(r.get(3))).sum()).isEqualTo(outcome.selected().size());
  }

  @Test
  void ranksAsTheOutcomeRanksAndBreaksDownEverySelectedProposal() {
    assertThat(rows("_chart-ranking").stream().map(r -> r.get(1)).toList())
        .containsExactlyElementsOf(outcome.selection().ranking().stream().map(r -> r.proposal().value()).toList());
    assertThat(rows("_chart-breakdown").stream().map(r -> r.get(0)).toList())
        .containsExactlyElementsOf(outcome.selected().stream().map(id -> id.value()).toList());
    assertThat(rows("_chart-offsets")).hasSize(outcome.jury().jurors().stream().mapToInt(j -> j.offsets().size()).sum());
  }

  private static List<List<String>> rows(String chart) {
    return page.getElementById(chart).select("details tbody tr").stream().map(tr -> tr.select("td").eachText()).toList();
  }
}
