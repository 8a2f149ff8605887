package org.convoca.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.convoca.dossier.CallChanges;
import org.convoca.dossier.Dossier;
import org.convoca.dossier.DossierReader;
import org.convoca.dossier.DossierWriter;
import org.convoca.dossier.internal.Json;
import org.convoca.outcome.ComparisonWriters;
import org.convoca.rules.WhatIf;
import org.convoca.sample.DossierGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code convoca compare} end to end: a call change on the sample (whose files equal what the
 * {@link WhatIf} API returns), a rule folder, base rules, another dossier, and the errors.
 */
class CompareCommandTest {

  /** The rule author's example folder: two more points on values for every open-data proposal. */
  private static final Path MY_RULES = Path.of("my-rules");

  @TempDir
  Path dir;

  /** A copy of {@link #MY_RULES} in the test's folder. */
  private Path bonusFolder() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("bonus"));
    for (String file : List.of("open-data-bonus.drl", "messages.properties", "messages_es.properties")) {
      Files.copy(MY_RULES.resolve(file), folder.resolve(file));
    }
    return folder;
  }

  @Test
  void aWeightChangePrintsWhoMovesAndWritesWhatTheApiReturns() throws Exception {
    Path out = dir.resolve("compare");
    Cli run = Cli.run("compare", Cli.SAMPLE.toString(), "--set", "jury.weight=30", "--out", out.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).contains("  change: set jury.weight=30")
        .contains("  note: The call's weights must sum to 100: the weights that no setting names were scaled by 70/80")
        .containsPattern("Selection: \\d+ entering, \\d+ leaving; \\d+ decision changes")
        .contains("Entering the selection (").contains("Leaving the selection (")
        .contains("wrote " + out.resolve("compare.json")).contains("wrote " + out.resolve("compare.md"));
    Dossier sample = DossierReader.standard().read(Cli.SAMPLE);
    StringWriter api = new StringWriter();
    ComparisonWriters.json(WhatIf.on(sample).changing(CallChanges.parse(List.of("jury.weight=30"))).compare(), api);
    assertThat(Files.readString(out.resolve("compare.json"))).isEqualTo(api.toString());
    JsonNode json = Json.mapper().readTree(out.resolve("compare.json").toFile());
    assertThat(json.get("entering")).isNotEmpty();
    json.get("entering").forEach(id -> assertThat(run.out()).contains("  " + id.asText() + " "));
    // The sample is a Spanish call, so compare.md is in Spanish; the summary above is in the user's language.
    assertThat(Files.readString(out.resolve("compare.md"))).startsWith("# Comparación hipotética\n")
        .contains("## Entran en la selección").contains("- Cambio: set jury.weight=30");
  }

  @Test
  void aTrackPlaceTakenAwayIsReportedAndNotCalledNothing() throws Exception {
    Path out = dir.resolve("compare");
    Cli run = Cli.run("compare", Cli.TINY.toString(), "--set", "tracks.ogp-local.places=0", "--out", out.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).doesNotContain("Nothing changes").contains("1 track changes")
        .containsPattern("Track changes \\(1\\):\n  P-002 [^\n]*: loses ogp-local\n");
    JsonNode json = Json.mapper().readTree(out.resolve("compare.json").toFile());
    assertThat(json.get("trackChanges")).singleElement().satisfies(t -> {
      assertThat(t.get("id").asText()).isEqualTo("P-002");
      assertThat(t.get("lost").get(0).asText()).isEqualTo("ogp-local");
      assertThat(t.get("gained")).isEmpty();
    });
    assertThat(Files.readString(out.resolve("compare.md"))).contains("## Track changes").doesNotContain("Nothing changes");
  }

  @Test
  void aLabelAddedToEveryProposalIsReportedPerProposal() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("labels"));
    Files.writeString(folder.resolve("reviewed.drl"), """
        package org.convoca.rules.federal;
        import org.convoca.assessment.LabelFinding;
        import org.convoca.proposal.Proposal;
        rule "Every proposal is marked as reviewed"
        when
            $p : Proposal()
        then
            insert(new LabelFinding($p.id(), "REVIEWED", drools.getRule().getName(), "Marked by the test."));
        end
        """);
    Path out = dir.resolve("compare");
    Cli run = Cli.run("compare", Cli.TINY.toString(), "--rules", folder.toString(), "--no-cache", "--out", out.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).doesNotContain("Nothing changes").contains("4 label changes")
        .containsPattern("  P-001 [^\n]*: added REVIEWED\n");
    JsonNode json = Json.mapper().readTree(out.resolve("compare.json").toFile());
    assertThat(json.get("labelChanges")).hasSize(4)
        .allSatisfy(l -> assertThat(l.get("added").get(0).asText()).isEqualTo("REVIEWED"));
  }

  @Test
  void onlyProposalsWhoseTotalOrRankingScoreMovedAreCountedAsTotalsChanged() {
    Cli run = Cli.run("compare", "--book", "horizon-europe", Cli.resource("/org/convoca/examples/horizon-europe-2026.json")
        .toString(), "--set", "impact.weight=6");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains(" 11 totals or ranking scores changed, ");
    assertThat(run.out().lines().filter(l -> l.matches("  H-\\d+ .*: ([0-9.]+) -> \\1 \\(0\\.00\\).*")))
        .allSatisfy(l -> assertThat(l).contains("; ranking score "));
    assertThat(run.out().lines().filter(l -> l.contains("(0.00)") && !l.contains("ranking score"))).isEmpty();
  }

  @Test
  void anUnknownParameterIsWarnedAboutOnOneLineOfStandardError() {
    Cli run = Cli.run("compare", Cli.TINY.toString(), "--set", "parameters.newcomerPriorityPoint=3");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err().lines()).singleElement().asString()
        .startsWith("warning: --set parameters.newcomerPriorityPoint: neither the call nor the rule book has")
        .contains("newcomerPriorityPoints");
  }

  @Test
  void aRuleFolderIsComparedWithTheBundledBookAndItsRuleNamed() throws Exception {
    Path out = dir.resolve("compare");
    Cli run = Cli.run("compare", Cli.SAMPLE.toString(), "--rules", bonusFolder().toString(), "--no-cache",
        "--out", out.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("  change: rule file added: open-data-bonus.drl")
        .contains("  change: message bundle added: messages.properties", "  change: message bundle added: messages_es.properties")
        .contains("\"Open data proposals earn two more points on values\" on values: ");
    JsonNode json = Json.mapper().readTree(out.resolve("compare.json").toFile());
    assertThat(json.get("rules")).hasSize(1);
    assertThat(json.get("rules").get(0).get("rule").asText()).isEqualTo("Open data proposals earn two more points on values");
    // Each changed proposal gained the rule's 2 points; on values unless it already had the most values gives.
    assertThat(json.get("deltas")).isNotEmpty().allSatisfy(delta -> {
      assertThat(delta.get("rules")).hasSize(1);
      assertThat(delta.get("rules").get(0).get("delta").decimalValue()).isEqualByComparingTo("2");
      delta.get("criteria").forEach(c -> assertThat(c.get("criterion").asText()).isEqualTo("values"));
    });
  }

  @Test
  void theSameFolderOnBothSidesChangesNothing() throws Exception {
    String folder = bonusFolder().toString();
    Cli run = Cli.run("compare", Cli.SAMPLE.toString(), "--base-rules", folder, "--rules", folder,
        "--cache-dir", dir.resolve("cache").toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("Nothing changes");
  }

  @Test
  void anotherDossierIsMatchedByIdAndItsOwnProposalsReported() throws Exception {
    // Generated with the same seed, the second has one proposal more: P-013 (the others differ in their draws).
    Path first = dir.resolve("first.json");
    Path second = dir.resolve("second.json");
    DossierWriter.write(DossierGenerator.withSeed(5).proposals(12).slots(4).generate(), first);
    DossierWriter.write(DossierGenerator.withSeed(5).proposals(13).slots(4).generate(), second);
    Path out = dir.resolve("compare");

    Cli run = Cli.run("compare", first.toString(), "--against", second.toString(), "--out", out.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("base:    12 proposals").contains("variant: 13 proposals")
        .contains("only here (1): P-013").contains("  change: another dossier: call PFGA-2021, 13 proposals");
    JsonNode json = Json.mapper().readTree(out.resolve("compare.json").toFile());
    assertThat(json.get("base").get("only")).isEmpty();
    assertThat(json.get("variant").get("only").get(0).asText()).isEqualTo("P-013");
    assertThat(json.get("titles").has("P-013")).isTrue();
  }

  @Test
  void aBadSetIsAUsageErrorNamingTheSettingAndWritesNothing() {
    Path out = dir.resolve("compare");
    Cli run = Cli.run("compare", Cli.SAMPLE.toString(), "--set", "jury.weight=heavy", "--set", "nope.weight=1",
        "--out", out.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("--set nope.weight=1: the call has no criterion 'nope'; its criteria are cocreation, "
        + "values, commitments, capacity, feasibility, jury, priority" + System.lineSeparator());
    assertThat(out.resolve("compare.json")).doesNotExist();

    Cli wrongKind = Cli.run("compare", Cli.SAMPLE.toString(), "--set", "jury.weight=heavy");
    assertThat(wrongKind.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(wrongKind.err()).startsWith("--set jury.weight=heavy: $.call.criteria[5].weight: must be a number");
  }

  @Test
  void withNothingToCompareItSaysWhatToGive() {
    Cli run = Cli.run("compare", Cli.SAMPLE.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(run.err()).startsWith("nothing to compare: give --rules DIR, --set KEY=VALUE, --against DOSSIER2");
  }

  @Test
  void anInvalidSecondDossierIsReportedWithItsFileAndPath() throws Exception {
    Path broken = Files.writeString(dir.resolve("broken.json"), "{\"formatVersion\": 1}");

    Cli run = Cli.run("compare", Cli.SAMPLE.toString(), "--against", broken.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(run.err()).startsWith(broken + ": $");
  }
}
