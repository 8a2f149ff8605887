package org.convoca.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.convoca.dossier.DossierReader;
import org.convoca.proposal.ProposalId;
import org.convoca.rules.Convoca;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

  @TempDir
  Path dir;

  private static List<String> computedSelection() {
    return Convoca.withBundledRules().decide(DossierReader.standard().read(Cli.SAMPLE)).selected().stream()
        .map(ProposalId::value).toList();
  }

  @Test
  void acceptsTheComputedSelectionAsAJsonArray() throws Exception {
    List<String> ids = computedSelection();
    Path file = Files.writeString(dir.resolve("selection.json"), org.convoca.dossier.Json.mapper().writeValueAsString(ids));

    Cli run = Cli.run("validate", Cli.SAMPLE.toString(), "--selection", file.toString());

    assertThat(run.exitCode()).as(run.out()).isZero();
    assertThat(run.out()).contains("is valid");
  }

  @Test
  void acceptsOneIdPerLineInAnyOrder() throws Exception {
    List<String> ids = new java.util.ArrayList<>(computedSelection());
    java.util.Collections.reverse(ids);
    Path file = Files.writeString(dir.resolve("selection.txt"), "# published selection\n" + String.join("\n", ids) + "\n");

    Cli run = Cli.run("validate", Cli.SAMPLE.toString(), "--selection", file.toString());

    assertThat(run.exitCode()).as(run.out()).isZero();
  }

  @Test
  void printsViolationsAndExits1ForAWrongSelection() throws Exception {
    Path file = Files.writeString(dir.resolve("selection.txt"), "P-001\nP-002\nP-NOPE\n");

    Cli run = Cli.run("validate", Cli.SAMPLE.toString(), "--selection", file.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("violation").contains("P-NOPE");
  }

  @Test
  void reportsAMalformedSelectionFileWithLineAndColumn() throws Exception {
    Path file = Files.writeString(dir.resolve("selection.json"), "[\"P-001\",\n  42, ");

    Cli run = Cli.run("validate", Cli.SAMPLE.toString(), "--selection", file.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("selection.json").containsPattern("line \\d+, column \\d+");
  }

  @Test
  void requiresTheSelectionOption() {
    Cli run = Cli.run("validate", Cli.SAMPLE.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--selection");
  }

  @Test
  void findsTheOneSwapInTheReadmesPublishedSelection() {
    Cli run = Cli.run("validate", Cli.SAMPLE.toString(), "--selection", Path.of("published-selection.txt").toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .contains("INELIGIBLE_SELECTED: P-002")
        .contains("MISSING_FROM_SELECTION: P-105");
  }
}
