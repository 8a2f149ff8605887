package org.convoca.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.convoca.dossier.Dossier;
import org.convoca.dossier.DossierWriter;
import org.convoca.dossier.internal.Json;
import org.convoca.jury.ConflictDeclaration;
import org.convoca.jury.JurorId;
import org.convoca.jury.ReviewAssignment;
import org.convoca.jury.assignment.JuryAssignment;
import org.convoca.proposal.ProposalId;
import org.convoca.review.PanelAssignment;
import org.convoca.sample.DossierGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code convoca assign} end to end, on generated dossiers (so that nothing here depends on the
 * bundled sample's contents): the files, the summary, the exit codes, {@code --check}, and dossier
 * text escaped in {@code assignment.md}.
 */
class AssignCommandTest {

  private static final String NL = System.lineSeparator();

  @TempDir
  Path dir;

  /** 30 generated proposals and 7 jurors without capacities; J-1 declared a conflict with P-001. */
  /**
   * A generated panel of 30 proposals and 7 jurors, with no recorded assignment, the jurors'
   * capacities left unstated and J-1's declared conflict with P-001 as the only declared one.
   */
  private static Dossier panel() {
    Dossier generated = DossierGenerator.withSeed(8).proposals(30).jurors(7).generate();
    return generated.withJury(generated.jury()
        .withJurors(generated.jury().jurors().stream().map(j -> j.withCapacity(java.util.Optional.empty())).toList())
        .withAssignments(List.of())
        .withConflicts(ConflictDeclaration.builder().juror(JurorId.of("J-1"))
            .proposal(ProposalId.of("P-001")).reason("Wrote P-001's budget.").build()));
  }

  /** The panel with every juror's capacity set to {@code capacity}. */
  private static Dossier withCapacity(Dossier dossier, int capacity) {
    return dossier.withJury(dossier.jury().withJurors(
        dossier.jury().jurors().stream().map(j -> j.withCapacity(capacity)).toList()));
  }

  private static Dossier recording(Dossier dossier, JuryAssignment assignment) {
    return dossier.withJury(dossier.jury().withAssignments(assignment.assignments().entrySet().stream()
        .map(e -> ReviewAssignment.builder().proposal(e.getKey()).jurors(e.getValue()).build()).toList()));
  }

  private Path file(Dossier dossier) {
    Path file = dir.resolve("dossier-" + Integer.toHexString(dossier.hashCode()) + ".json");
    DossierWriter.write(dossier, file);
    return file;
  }

  @Test
  void writesBothFilesPrintsTheSummaryAndExits0() throws Exception {
    Path out = dir.resolve("assignment");
    Cli run = Cli.run("assign", file(panel()).toString(), "--out", out.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).contains("proposals 30: covered 30, uncovered 0; 3 reviewers each")
        .containsPattern("jurors 7: loads 1[23] to 1[23] proposals")
        .contains("expertise matches ")
        .contains("conflicts kept apart ")
        .contains("wrote " + out.resolve("assignment.json"))
        .contains("wrote " + out.resolve("assignment.md"));
    try (var files = Files.list(out)) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .containsExactlyInAnyOrder("assignment.json", "assignment.md", ".convoca.lock");
    }
    JsonNode json = Json.mapper().readTree(out.resolve("assignment.json").toFile());
    assertThat(json.get("reviewersPerProposal").asInt()).isEqualTo(3);
    assertThat(json.get("assignments")).hasSize(30).allSatisfy(a -> assertThat(a.get("jurors")).hasSize(3));
    assertThat(json.get("assignments").get(0).get("proposal").asText()).isEqualTo("P-001");
    assertThat(json.get("assignments").get(0).get("jurors").toString()).doesNotContain("\"J-1\"");
    assertThat(json.get("loads")).hasSize(7);
    assertThat(json.get("uncovered")).isEmpty();
    assertThat(out.resolve("assignment.md")).content().contains("## Loads").contains("## Conflicts kept apart")
        .contains("| P-001 | J-1 | DECLARED | J-1 declared a conflict with P-001: Wrote P-001's budget. |");
  }

  @Test
  void printsTheSummaryAndWritesNothingWithoutOut() {
    Cli run = Cli.run("assign", file(panel()).toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("covered 30").doesNotContain("wrote");
  }

  @Test
  void givesTheSameBytesOnEveryRun() throws Exception {
    Path dossier = file(panel());
    Cli.run("assign", dossier.toString(), "--out", dir.resolve("a").toString());
    Cli.run("assign", dossier.toString(), "--out", dir.resolve("b").toString());

    assertThat(Files.readAllBytes(dir.resolve("a/assignment.json"))).isEqualTo(Files.readAllBytes(dir.resolve("b/assignment.json")));
    assertThat(Files.readAllBytes(dir.resolve("a/assignment.md"))).isEqualTo(Files.readAllBytes(dir.resolve("b/assignment.md")));
  }

  @Test
  void writesTheFilesPrintsEachUncoveredProposalWithItsReasonAndExits1WhenCapacitiesAreTooSmall() throws Exception {
    Path out = dir.resolve("assignment");
    // 30 proposals × 3 reviewers = 90 reviews; 7 jurors × 10 = 70.
    Cli run = Cli.run("assign", file(withCapacity(panel(), 10)).toString(), "--out", out.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    JsonNode uncovered = Json.mapper().readTree(out.resolve("assignment.json").toFile()).get("uncovered");
    assertThat(uncovered).isNotEmpty();
    for (JsonNode shortfall : uncovered) {
      String proposal = shortfall.get("proposal").asText();
      assertThat(run.err()).contains("uncovered " + proposal + ": " + proposal + " has ");
      assertThat(shortfall.get("reason").asText()).startsWith(proposal + " has ").contains("3 needed");
    }
    assertThat(run.err().lines()).hasSize(uncovered.size());
    List<String> ids = new java.util.ArrayList<>();
    uncovered.forEach(shortfall -> ids.add(shortfall.get("proposal").asText()));
    assertThat(run.out()).contains("uncovered " + uncovered.size() + ";")
        .contains("  uncovered: " + String.join(", ", ids.subList(0, Math.min(10, ids.size())))
            + (ids.size() > 10 ? " and " + (ids.size() - 10) + " more" : "") + " (each with its reason on standard error)");
    assertThat(out.resolve("assignment.md")).content().contains("## Uncovered proposals")
        .contains("- **" + uncovered.get(0).get("proposal").asText() + "**: ");
  }

  @Test
  void checksARecordedAssignmentThatKeepsEveryConstraintAndExits0() {
    Dossier dossier = panel();
    Cli run = Cli.run("assign", "--check", file(recording(dossier, PanelAssignment.solve(dossier))).toString());

    assertThat(run.exitCode()).as(run.out()).isZero();
    assertThat(run.out()).isEqualTo("The recorded assignment of 30 proposals to 7 jurors keeps every constraint"
        + " (3 reviewers per proposal)." + NL);
  }

  @Test
  void printsOneLinePerViolationOfTheRecordedAssignmentAndExits1() {
    Dossier dossier = panel();
    JuryAssignment solved = PanelAssignment.solve(dossier);
    // J-1 reviews P-001 despite the conflict they declared, and P-002 keeps one juror only.
    List<ReviewAssignment> recorded = List.of(
        ReviewAssignment.builder().proposal(ProposalId.of("P-001")).jurors(List.of(JurorId.of("J-1"), JurorId.of("J-2"),
            JurorId.of("J-3"))).build(),
        ReviewAssignment.builder().proposal(ProposalId.of("P-002"))
            .jurors(solved.assignments().get(ProposalId.of("P-002")).subList(0, 1)).build());
    Cli run = Cli.run("assign", "--check", file(dossier.withJury(dossier.jury().withAssignments(recorded))).toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).containsPattern("^\\d+ violations in the recorded assignment \\(2 entries in jury.assignments\\):")
        .contains("  CONFLICT: juror J-1 reviews P-001 despite a conflict (DECLARED): J-1 declared a conflict with P-001:"
            + " Wrote P-001's budget." + NL)
        .contains("  UNDER_COVERED: P-002 has 1 non-conflicted juror; 3 needed" + NL)
        .contains("  UNDER_COVERED: P-003 has 0 non-conflicted jurors; 3 needed" + NL);
    assertThat(run.out().lines().skip(1)).allSatisfy(line -> assertThat(line).matches("  [A-Z_]+: .+"));
  }

  @Test
  void printsAViolationWhoseReasonHasLineBreaksOnOneLine() {
    Dossier dossier = panel();
    Dossier multiline = dossier.withJury(dossier.jury()
        .withConflicts(dossier.jury().conflicts().get(0).withReason("Wrote P-001's budget.\r\n\tAnd its annex."))
        .withAssignments(ReviewAssignment.builder().proposal(ProposalId.of("P-001"))
            .jurors(List.of(JurorId.of("J-1"), JurorId.of("J-2"), JurorId.of("J-3"))).build()));

    Cli run = Cli.run("assign", "--check", file(multiline).toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("Wrote P-001's budget. And its annex." + NL);
  }

  @Test
  void saysThereIsNothingToCheckWhenTheDossierRecordsNoAssignment() {
    Path dossier = file(panel());
    Cli run = Cli.run("assign", "--check", dossier.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo(dossier + " records no jury.assignments: there is no assignment to check." + NL);
  }

  @Test
  void refusesCheckWithOut() {
    Cli run = Cli.run("assign", "--check", file(panel()).toString(), "--out", dir.resolve("x").toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("--check writes nothing: it cannot be used with --out" + NL);
    assertThat(dir.resolve("x")).doesNotExist();
  }

  @Test
  void reportsEveryProblemOfAnInvalidDossierWithItsPathExits2AndWritesNothing() throws Exception {
    Path bad = Files.writeString(dir.resolve("bad.json"), DossierWriter.toJson(panel())
        .replace("\"juror\" : \"J-1\"", "\"juror\" : \"J-99\""));
    Path out = dir.resolve("assignment");

    for (String[] args : List.of(new String[] {"assign", bad.toString(), "--out", out.toString()},
        new String[] {"assign", "--check", bad.toString()})) {
      Cli run = Cli.run(args);

      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.err()).contains("$.jury.").contains("J-99");
      assertThat(run.out()).isEmpty();
    }
    assertThat(out).doesNotExist();
  }

  @Test
  void reportsAMissingDossier() {
    Cli run = Cli.run("assign", dir.resolve("nope.json").toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo(dir.resolve("nope.json") + ": no such file" + NL);
  }

  @Test
  void keepsThePreviousFilesWhenAssignmentMdCannotBeWritten() throws Exception {
    Path out = Files.createDirectories(dir.resolve("assignment"));
    Files.writeString(out.resolve("assignment.json"), "previous json");
    Files.createDirectories(out.resolve("assignment.md"));

    Cli run = Cli.run("assign", file(panel()).toString(), "--out", out.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("--out " + out + ": cannot write assignment.md: it is a folder, not a file" + NL);
    assertThat(run.out()).isEmpty();
    assertThat(out.resolve("assignment.json")).hasContent("previous json");
  }

  @Test
  void escapesAHostileJurorNameInAssignmentMd() throws Exception {
    Dossier dossier = panel();
    Dossier hostile = dossier.withJury(dossier.jury().withJurors(dossier.jury().jurors().stream()
        .map(j -> j.id().equals(JurorId.of("J-2")) ? j.withName("<script>alert(1)</script> | # [x](javascript:alert(1))") : j)
        .toList()));
    Path out = dir.resolve("assignment");

    Cli run = Cli.run("assign", file(hostile).toString(), "--out", out.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(out.resolve("assignment.md")).content()
        .contains("| J-2 | &lt;script&gt;alert(1)&lt;/script&gt; \\| # \\[x\\](javascript:alert(1)) | no limit | ")
        .doesNotContain("<script>");
  }
}
