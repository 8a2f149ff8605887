package org.convoca.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.convoca.dossier.DossierReader;
import org.convoca.proposal.ProposalId;
import org.convoca.rules.Convoca;
import org.junit.jupiter.api.Test;

class ExplainCommandTest {

  /** The tiny call with a jury panel; see the README beside it. */
  static final java.nio.file.Path JURY_PANEL = Cli.resource("/org/convoca/cli/jury-panel-call.json");

  @org.junit.jupiter.api.io.TempDir
  java.nio.file.Path dir;

  @Test
  void explainsAProposalFromChecksToDecision() {
    String id = firstProposalIdOf(Cli.TINY);

    Cli run = Cli.run("explain", Cli.TINY.toString(), id);

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .startsWith(id + " ")
        .contains("Eligibility: ")
        .contains("Points")
        .contains("Total ")
        .contains("Rank: ")
        .contains("Decision: ");
  }

  @Test
  void printsTheLibrarysExplanationOfTheTinyCallsFirstProposal() throws Exception {
    String pinned = Files.readString(Cli.resource("/org/convoca/cli/tiny-call-P-001.explain.txt"));

    Cli run = Cli.run("explain", Cli.TINY.toString(), "P-001");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).isEqualTo(pinned);
    assertThat(Convoca.withBundledRules().decide(DossierReader.standard().read(Cli.TINY)).explain(ProposalId.of("P-001")))
        .isEqualTo(pinned);
  }

  @Test
  void printsTheLibrarysExplanationOfAProposalWithAnExcludedScoreAConsensusAndATrack() throws Exception {
    String pinned = Files.readString(Cli.resource("/org/convoca/cli/jury-panel-call-P-002.explain.txt"));

    Cli run = Cli.run("explain", JURY_PANEL.toString(), "P-002");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).isEqualTo(pinned);
    assertThat(Convoca.withBundledRules().decide(DossierReader.standard().read(JURY_PANEL)).explain(ProposalId.of("P-002")))
        .isEqualTo(pinned);
  }

  @Test
  void refusesAnUnknownProposal() {
    Cli run = Cli.run("explain", Cli.TINY.toString(), "P-NOPE");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("proposal 'P-NOPE' is not in");
  }

  @Test
  void refusesAnArgumentThatIsNotAnIdWithoutEchoingIt() {
    Cli run = Cli.run("explain", Cli.TINY.toString(), "P-001\u001b[2J\u0007");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().lines().toList()).singleElement().asString().startsWith("PROPOSAL_ID must be an id: ");
    assertThat(run.err()).doesNotContain("\u001b", "\u0007");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void showsEachJurorsRawAndAdjustedScoreAndWhyAScoreIsExcluded() {
    Cli run = Cli.run("explain", JURY_PANEL.toString(), "P-004");

    assertThat(run.exitCode()).as(run.err()).isZero();
    String jury = run.out().substring(run.out().indexOf("\nJury ("));
    assertThat(jury).startsWith("\nJury (valid scores combined by MEDIAN, adjusted for each juror's severity (ADDITIVE); "
        + "at least 2 valid scores needed)\n  jury\n");
    assertThat(jury).containsPattern("\n    J-1: raw 3\\.5, adjusted [0-9.]+, not assigned to this proposal \\(counted, flagged\\)\n");
    assertThat(jury).contains("\n    J-2: raw 1.5, adjusted 1.51, EXCLUDED: DECLARED: J-2 declared a conflict with P-004: "
        + "Advised the municipality on its budget in 2020.\n");
    assertThat(jury).containsPattern("\n    J-3: raw 3, adjusted [0-9.]+\n    J-4: raw 2\\.5, adjusted [0-9.]+\n");
    assertThat(jury).containsPattern("\n    aggregate: [0-9.]+ \\(MEDIAN of 3 valid scores\\)\n");
    assertThat(jury).doesNotContain("consensus");
  }

  @Test
  void showsAConflictOfJurisdictionAndTheConsensusThatReplacesTheAggregate() {
    Cli run = Cli.run("explain", JURY_PANEL.toString(), "P-002");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("\n    J-1: raw 4.5, adjusted 4.11, EXCLUDED: SAME_JURISDICTION: J-1 comes from AR-S, "
        + "the jurisdiction of Municipalidad de Rafaela, the applicant of P-002\n");
    assertThat(run.out()).containsPattern("\n    aggregate: [0-9.]+ \\(MEDIAN of 2 valid scores\\)\n"
        + "    consensus: 4.5, agreed on November 3, 2021, replaces the aggregate: Agreed after the hearing of 3 June.\n");
  }

  @Test
  void saysWhenTheJurysReviewIsIncomplete() throws Exception {
    java.nio.file.Path dossier = dir.resolve("strict.json");
    java.nio.file.Files.writeString(dossier, java.nio.file.Files.readString(JURY_PANEL)
        .replace("\"minScores\": 2", "\"minScores\": 4"));

    Cli run = Cli.run("explain", dossier.toString(), "P-001");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("\n  Review incomplete: On criterion jury it has 3 valid scores of the 4 the call needs.\n")
        .contains("Rank: not ranked").contains("Decision: INCOMPLETE_REVIEW");
  }

  @Test
  void printsNoJuryPartWhenTheJuryScoresNothing() throws Exception {
    java.nio.file.Path dossier = dir.resolve("unscored.json");
    com.fasterxml.jackson.databind.node.ObjectNode tree =
        (com.fasterxml.jackson.databind.node.ObjectNode) org.convoca.dossier.internal.Json.mapper().readTree(JURY_PANEL.toFile());
    ((com.fasterxml.jackson.databind.node.ObjectNode) tree.get("jury")).putArray("scores");
    ((com.fasterxml.jackson.databind.node.ObjectNode) tree.get("jury")).putArray("consensus");
    java.nio.file.Files.writeString(dossier, tree.toString());

    Cli run = Cli.run("explain", dossier.toString(), "P-001");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).doesNotContain("\nJury (").contains("Decision: ");
  }

  static String firstProposalIdOf(java.nio.file.Path dossier) {
    return org.convoca.dossier.DossierReader.standard().read(dossier).proposals().get(0).id().value();
  }
}
