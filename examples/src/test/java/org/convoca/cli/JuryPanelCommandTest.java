package org.convoca.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.convoca.dossier.internal.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code convoca assess --out} on a dossier with a jury panel publishes the jury's review in every file. */
class JuryPanelCommandTest {

  @TempDir
  Path dir;

  @Test
  void publishesTheJurysReviewInTheOutcomeTheReportAndTheSummary() throws Exception {
    Path out = dir.resolve("outcome");
    Cli run = Cli.run("assess", ExplainCommandTest.JURY_PANEL.toString(), "--out", out.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains(", jury review incomplete 0, ");
    assertThat(run.out()).contains("Jury: 2 conflicts of interest; 2 of 13 scores excluded for a conflict; "
        + "1 score by a juror not assigned flagged; 0 proposals with an incomplete review\n");
    JsonNode json = Json.mapper().readTree(out.resolve("outcome.json").toFile());
    assertThat(json.at("/jury/aggregation").asText()).isEqualTo("MEDIAN");
    assertThat(json.at("/jury/conflicts")).extracting(c -> c.get("juror").asText() + " " + c.get("proposal").asText()
        + " " + c.get("kind").asText()).containsExactly("J-1 P-002 SAME_JURISDICTION", "J-2 P-004 DECLARED");
    assertThat(json.at("/jury/jurors/0/offset/jury").isNumber()).isTrue();
    assertThat(json.at("/proposals/1/jury/jury/consensus/value").decimalValue()).isEqualByComparingTo("4.5");
    assertThat(json.at("/proposals/3/jury/jury/scores/0/assigned").asBoolean()).as("J-1 on P-004").isFalse();
    String report = Files.readString(out.resolve("report.md"));
    assertThat(report).contains("## Jury\n").contains("| J-2 | P-004 | DECLARED | J-2 declared a conflict with P-004: "
        + "Advised the municipality on its budget in 2020. |");
    assertThat(report).contains("| P-002 | jury | 4.5 | ");
  }
}
