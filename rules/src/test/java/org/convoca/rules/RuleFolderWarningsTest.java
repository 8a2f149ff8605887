package org.convoca.rules;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.convoca.testing.DossierFixtures;
import org.convoca.testing.ProposalFixtures;

/** What a rule folder holds that compiles but is likely a mistake, and files that cannot be read. */
class RuleFolderWarningsTest {

  private static final String EMPTY = "package org.convoca.rules.federal;\n";
  private static final String ONE_RULE = EMPTY + """

      import org.convoca.proposal.Proposal;

      rule "Every proposal is noticed"
      // Matches every proposal and concludes nothing.
      when
          Proposal()
      then
      end
      """;

  @TempDir
  Path temp;

  private Path folder(String name, String... fileAndText) throws IOException {
    return RuleFolders.write(temp, name, fileAndText);
  }

  @Test
  void warnsWhenAFolderFileReplacesABundledFileWithFewerRules() throws IOException {
    Path dir = folder("rules", "eligibility.drl", EMPTY);

    RuleBook book = RuleBook.builder().bundled().folder(dir).build();

    assertThat(book.warnings()).containsExactly(new RuleBookWarning(dir.resolve("eligibility.drl").toString(),
        "replaces the bundled eligibility.drl, which has 7 rules, with 0 rules: the rules it leaves out no longer run"));
    assertThat(book.files()).filteredOn(f -> f.name().equals("eligibility.drl")).singleElement().isEqualTo(new RuleFile(
        "eligibility.drl", RuleFile.Phase.ASSESSMENT, dir.resolve("eligibility.drl").toString(), Optional.of("bundled"), 0));
  }

  @Test
  void recordsTheWarningsInTheOutcomesNotes() throws IOException {
    Path dir = folder("rules", "eligibility.drl", EMPTY);
    RuleBook book = RuleBook.builder().bundled().folder(dir).build();

    var outcome = Convoca.with(book).decide(DossierFixtures.aDossier(ProposalFixtures.aCompleteProposal()));

    assertThat(outcome.selection().notes()).containsExactly("Rule book warning: " + dir.resolve("eligibility.drl")
        + ": replaces the bundled eligibility.drl, which has 7 rules, with 0 rules: the rules it leaves out no longer run");
    assertThat(Convoca.withBundledRules().decide(DossierFixtures.aDossier(ProposalFixtures.aCompleteProposal())).selection().notes())
        .noneMatch(n -> n.startsWith("Rule book warning"));
  }

  @Test
  void warnsWhenAFolderFileReplacesAnEarlierFolderFileWithFewerRules() throws IOException {
    Path first = folder("first", "extra.drl", ONE_RULE);
    Path second = folder("second", "extra.drl", EMPTY);

    RuleBook book = RuleBook.builder().folder(first).folder(second).build();

    assertThat(book.warnings()).extracting(RuleBookWarning::message)
        .containsExactly("replaces " + first.resolve("extra.drl") + ", which has 1 rule, with 0 rules: "
            + "the rules it leaves out no longer run");
  }

  @Test
  void warnsWhenANewFileHoldsNoRules() throws IOException {
    Path dir = folder("rules", "notes.drl", EMPTY + "// rule \"Only a comment\" is not a rule\n/*\nrule \"Nor this\"\n*/\n");

    RuleBook book = RuleBook.builder().bundled().folder(dir).build();

    assertThat(book.warnings()).extracting(RuleBookWarning::toString)
        .containsExactly(dir.resolve("notes.drl") + ": holds no rules, so it adds none");
  }

  @Test
  void warnsOfEachEntryThatLooksLikeRulesButIsNotRead() throws IOException {
    Path dir = folder("rules", "loud.DRL", ONE_RULE, "eligibility.drl.bak", ONE_RULE, "scoring.drl~", ONE_RULE,
        "README.md", "Notes for the jury.");
    Files.createDirectories(dir.resolve("more"));
    Files.writeString(dir.resolve("more/extra.drl"), ONE_RULE);
    Files.createDirectories(dir.resolve("empty-subfolder"));

    RuleBook book = RuleBook.builder().bundled().folder(dir).build();

    assertThat(book.warnings()).extracting(RuleBookWarning::toString).containsExactly(
        dir.resolve("eligibility.drl.bak") + ": ignored: the name does not end in .drl (a backup or an editor's file?), "
            + "so it is not read as rules",
        dir.resolve("loud.DRL") + ": ignored: only names ending in .drl, in lower case, are read as rules; rename it to use it",
        dir.resolve("more") + ": ignored: a subfolder (with 1 .drl file); only the files directly in a rule folder are read, "
            + "so add it as a folder of its own to use them",
        dir.resolve("scoring.drl~") + ": ignored: the name does not end in .drl (a backup or an editor's file?), "
            + "so it is not read as rules");
    assertThat(book.contents()).doesNotContainKeys("loud.DRL", "eligibility.drl.bak", "extra.drl");
  }

  @Test
  void warnsWhenAPostSelectionFileInsertsFindingsAndAnAssessmentFileInsertsPlacements() throws IOException {
    Path dir = folder("rules",
        "tracks-extra.drl", EMPTY + """

            import org.convoca.assessment.LabelFinding;
            import org.convoca.rules.fact.SelectedProposal;

            rule "Selected proposals are labelled"
            // Too late: labels are read during assessment.
            when
                $s : SelectedProposal()
            then
                insert(new LabelFinding($s.proposal(), "SELECTED", drools.getRule().getName(), "Selected."));
                insert(new org.convoca.assessment.LabelFinding($s.proposal(), "AGAIN", drools.getRule().getName(), "Again."));
            end
            """,
        "placing.drl", EMPTY + """

            import org.convoca.call.TrackId;
            import org.convoca.proposal.Proposal;
            import org.convoca.selection.TrackPlacement;

            rule "Every proposal is placed"
            // Too early: placements are read after selection.
            when
                $p : Proposal()
            then
                insert(new TrackPlacement(TrackId.of("ogp-local"), $p.id(), drools.getRule().getName(), "Placed."));
            end
            """);

    RuleBook book = RuleBook.builder().bundled().folder(dir).build();

    assertThat(book.warnings()).extracting(RuleBookWarning::toString).containsExactly(
        dir.resolve("placing.drl") + ": an assessment file inserts TrackPlacement, which is never read during assessment; "
            + "track placements belong in a file named tracks*",
        dir.resolve("tracks-extra.drl") + ": a post-selection file (named tracks*) inserts LabelFinding, which is never "
            + "read after selection; findings belong in an assessment file");
  }

  @Test
  void theBundledBookHasNoWarningAndListsEachFileWithItsPhase() {
    RuleBook book = RuleBook.bundled();

    assertThat(book.warnings()).isEmpty();
    assertThat(book.files()).hasSize(14).allSatisfy(f -> assertThat(f.origin()).isEqualTo("bundled"));
    assertThat(book.files()).filteredOn(f -> f.phase() == RuleFile.Phase.POST_SELECTION).extracting(RuleFile::name)
        .containsExactly("tracks.drl");
    assertThat(book.files()).filteredOn(f -> f.phase() == RuleFile.Phase.MONITORING).extracting(RuleFile::name)
        .containsExactly("monitoring-completion.drl", "monitoring-recognition.drl", "monitoring-results.drl",
            "monitoring-status.drl");
    assertThat(book.files()).filteredOn(f -> f.phase() == RuleFile.Phase.ASSESSMENT).extracting(RuleFile::rules)
        .containsOnly(1, 2, 3, 4, 5, 7).contains(7);
  }

  @Test
  void reportsAFileThatIsNotUtf8WithItsLineAndColumn() throws IOException {
    Path dir = Files.createDirectories(temp.resolve("latin1"));
    Files.write(dir.resolve("accents.drl"), (EMPTY + "\n// Participación ciudadana\n").getBytes(ISO_8859_1));

    assertThatThrownBy(() -> RuleBook.builder().bundled().folder(dir).build())
        .isInstanceOfSatisfying(RuleBookException.class, e -> assertThat(e.problems()).extracting(RuleProblem::toString).containsExactly(
            dir.resolve("accents.drl") + ":3: not UTF-8 at line 3, column 15: save the file as UTF-8"));
  }

  @Test
  void ignoresAUtf8ByteOrderMark() throws IOException {
    Path dir = Files.createDirectories(temp.resolve("bom"));
    byte[] text = ONE_RULE.getBytes(UTF_8);
    byte[] withMark = new byte[text.length + 3];
    withMark[0] = (byte) 0xEF;
    withMark[1] = (byte) 0xBB;
    withMark[2] = (byte) 0xBF;
    System.arraycopy(text, 0, withMark, 3, text.length);
    Files.write(dir.resolve("extra.drl"), withMark);

    RuleBook book = RuleBook.builder().bundled().folder(dir).build();

    assertThat(book.contents().get("extra.drl")).isEqualTo(ONE_RULE);
    assertThat(book.rules()).extracting(RuleDescription::name).contains("Every proposal is noticed");
  }
}
