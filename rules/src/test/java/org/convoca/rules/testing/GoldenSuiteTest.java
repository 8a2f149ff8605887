package org.convoca.rules.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.convoca.rules.RuleBook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A suite of golden cases in a folder: how it runs, how a failing case reads, and how a malformed one is refused. */
class GoldenSuiteTest {

  @TempDir
  Path suite;

  @BeforeEach
  void copyTheBase() throws IOException {
    Files.copy(BundledGoldenCasesTest.FEDERAL_CALL.resolve("base.json"), suite.resolve("base.json"));
  }

  private void write(String file, String json) throws IOException {
    Path path = suite.resolve(file);
    Files.createDirectories(path.getParent());
    Files.writeString(path, json.replace('\'', '"'));
  }

  private List<CaseProblem> problems() {
    try {
      GoldenSuite.read(suite);
    } catch (InvalidCaseException e) {
      return e.problems();
    }
    throw new AssertionError("the suite was read without a problem");
  }

  @Test
  void aFailingCaseListsEachExpectationTheOutcomeMissesWithTheAuthorsReason() throws IOException {
    write("wrong/case.json", """
        {'description': 'Expects too much of Rafaela',
         'base': '../base.json',
         'selected': ['P-001'],
         'proposals': {'P-002': {'why': 'A mistaken belief', 'eligible': true, 'total': 70, 'rank': 2,
                                 'decision': 'WAITLISTED', 'labels': ['CO_CREATED'], 'tracks': [],
                                 'failedChecks': ['Some rule']}}}
        """);

    CaseResult result = GoldenSuite.read(suite).cases().get(0).run(RuleBook.bundled());

    assertThat(result.passed()).isFalse();
    assertThat(result.differences()).extracting(CaseResult.Difference::toString).containsExactly(
        "P-002 failedChecks: expected [Some rule], was []",
        "P-002 total: expected 70 (± 0.005), was 64.92",
        "P-002 rank: expected 2, was 1",
        "P-002 decision: expected WAITLISTED, was SELECTED_BY_MERIT",
        "P-002 labels: expected [CO_CREATED], was [CO_CREATED, PRIMARY_THEME:OPEN_DATA]",
        "P-002 tracks: expected [], was [ogp-local]",
        "selection selected: expected [P-001], was [P-002]");
    assertThat(result.report()).startsWith("""
        wrong: failed (Expects too much of Rafaela)
          P-002 (expected because: A mistaken belief)
            failedChecks:
              expected [Some rule]
              was      []
            total:
              expected 70 (± 0.005), was 64.92
        """.replace("expected 70 (± 0.005), was 64.92", "expected 70 (± 0.005)\n      was      64.92"))
        .endsWith("""
          selection
            selected:
              expected [P-001]
              was      [P-002]
        """);
  }

  @Test
  void aTotalWithinItsToleranceAndARankOfNullForAnUnrankedProposalPass() throws IOException {
    write("close/case.json", """
        {'base': '../base.json',
         'proposals': {'P-002': {'total': 64.9, 'tolerance': 0.05}, 'P-001': {'rank': null}}}
        """);

    assertThat(GoldenSuite.read(suite).run(RuleBook.bundled())).singleElement().satisfies(r -> assertThat(r.passed()).isTrue());
  }

  @Test
  void aCaseMayHoldItsWholeDossier() throws IOException {
    Files.copy(suite.resolve("base.json"), Files.createDirectories(suite.resolve("whole")).resolve("dossier.json"));
    write("whole/case.json", "{'proposals': {'P-004': {'eligible': false}}}");

    GoldenSuite read = GoldenSuite.read(suite);

    assertThat(read.cases()).extracting(GoldenCase::name).containsExactly("whole");
    assertThat(read.run(RuleBook.bundled()).get(0).passed()).isTrue();
  }

  @Test
  void runsTheCasesInTheOrderOfTheirNames() throws IOException {
    write("b/case.json", "{'base': '../base.json', 'selected': ['P-002']}");
    write("a/case.json", "{'base': '../base.json', 'waitlist': []}");

    assertThat(GoldenSuite.read(suite).run(RuleBook.bundled())).extracting(CaseResult::toString)
        .containsExactly("a: passed", "b: passed");
  }

  @Test
  void namesEachUnknownOrMistypedFieldWithItsPath() throws IOException {
    write("bad/case.json", """
        {'base': '../base.json', 'expect': {},
         'proposals': {'P-002': {'rank': 0, 'total': '64', 'decision': 'CHOSEN', 'labels': 'CO_CREATED', 'eligble': true},
                       'P-404': {'rank': 1}, 'P-001': 3}}
        """);

    assertThat(problems()).extracting(CaseProblem::toString).containsExactly(
        "bad/case.json: $.expect: is not a field of a case; its fields are description, base, changes, selected, waitlist, proposals",
        "bad/case.json: $.proposals['P-002'].eligble: is not a field of a proposal's expectations; its fields are why, eligible, "
            + "failedChecks, total, tolerance, rank, decision, labels, tracks",
        "bad/case.json: $.proposals['P-002'].total: must be a number",
        "bad/case.json: $.proposals['P-002'].rank: must be a whole number of at least 1, or null for \"not ranked\"",
        "bad/case.json: $.proposals['P-002'].decision: must be one of SELECTED_BY_MERIT, SELECTED_RESERVED_SEAT, SELECTED_BY_JURY, "
            + "WAITLISTED, NOT_SELECTED, EXCLUDED_BY_JURY, INCOMPLETE_REVIEW, BELOW_THRESHOLD, INELIGIBLE, was 'CHOSEN'",
        "bad/case.json: $.proposals['P-002'].labels: must be a list of strings",
        "bad/case.json: $.proposals['P-001']: must be an object with some of the fields why, eligible, failedChecks, total, "
            + "tolerance, rank, decision, labels, tracks",
        "bad/case.json: $.proposals['P-404']: names no proposal of the case's dossier");
  }

  @Test
  void saysWhereTheJsonBreaksWhichCaseHasNoDossierAndWhichExpectsNothing() throws IOException {
    write("broken/case.json", "{'base': '../base.json',\n 'proposals': {]}");
    write("empty/case.json", "{'proposals': {'P-001': {'rank': null}}}");
    write("vacuous/case.json", "{'base': '../base.json', 'proposals': {}}");

    assertThat(problems()).extracting(CaseProblem::toString).containsExactly(
        "broken/case.json: is not valid JSON: Unexpected close marker ']': expected '}' (opened at line 2, column 15) "
            + "(line 2, column 16)",
        "empty/case.json: $: has no dossier: give \"base\" (and \"changes\"), or put the whole dossier in empty/dossier.json",
        "vacuous/case.json: $: expects nothing; give \"proposals\", \"selected\" or \"waitlist\"");
  }

  @Test
  void putsADossierProblemOfTheMergeInTheCaseFileWhereTheChangeIs() throws IOException {
    write("merged/case.json", """
        {'base': '../base.json',
         'changes': {'proposals': [{'id': 'P-001', 'applicant': 'MUN-NOWHERE'}], 'call': {'overallThreshold': 'high'}},
         'selected': []}
        """);

    assertThat(problems()).extracting(CaseProblem::toString).singleElement().asString()
        .startsWith("merged/case.json: $.changes.call.overallThreshold: ")
        .endsWith("(at $.call.overallThreshold of the dossier merged from base.json and the changes)");
  }

  @Test
  void putsAReferenceToSomethingTheChangesRemovedInTheChanges() throws IOException {
    write("removed/case.json", """
        {'base': '../base.json',
         'changes': {'proposals': [{'id': 'P-001', 'applicant': 'MUN-NOWHERE'}]},
         'selected': []}
        """);

    assertThat(problems()).extracting(CaseProblem::toString).singleElement().asString()
        .startsWith("removed/case.json: $.changes.proposals[0].applicant: ")
        .contains("MUN-NOWHERE")
        .endsWith("(at $.proposals[0].applicant of the dossier merged from base.json and the changes)");
  }

  @Test
  void refusesABaseOutsideTheSuiteAndCaseFoldersThatAreLinks(@TempDir Path outside) throws IOException {
    Files.copy(suite.resolve("base.json"), outside.resolve("base.json"));
    write("escapes/case.json", "{'base': '../../" + outside.getFileName() + "/base.json', 'selected': []}");
    write("absolute/case.json", "{'base': '" + outside.resolve("base.json") + "', 'selected': []}");
    Files.createSymbolicLink(suite.resolve("linked"), suite.resolve("escapes"));
    Files.createSymbolicLink(suite.resolve("shared"), outside);
    write("through-a-link/case.json", "{'base': '../shared/base.json', 'selected': []}");
    Files.createDirectories(suite.resolve("case-file-link"));
    Files.createSymbolicLink(suite.resolve("case-file-link/case.json"), suite.resolve("escapes/case.json"));

    assertThat(problems()).extracting(CaseProblem::toString).containsExactlyInAnyOrder(
        "absolute/case.json: $.base: names a file outside the suite's folder; a base must be inside it",
        "case-file-link/case.json: is a link; links are not followed",
        "escapes/case.json: $.base: names a file outside the suite's folder; a base must be inside it",
        "linked: is a link; a suite's cases are folders inside it, not links",
        "shared: is a link; a suite's cases are folders inside it, not links",
        "through-a-link/case.json: $.base: names a file through the link shared; links are not followed");
  }

  @Test
  void refusesAFolderWithoutCases() {
    assertThatThrownBy(() -> GoldenSuite.read(suite)).isInstanceOf(InvalidCaseException.class)
        .hasMessage(".: holds no case; a case is a folder inside it with a case.json");
  }

  @Test
  void namesTheBaseWhenTheBaseItselfIsNotADossier() throws IOException {
    write("base.json", "{'formatVersion': 1}");
    write("one/case.json", "{'base': '../base.json', 'selected': []}");
    write("two/case.json", "{'base': '../base.json', 'selected': []}");

    assertThat(problems()).isNotEmpty().allSatisfy(p -> assertThat(p.file()).isEqualTo("base.json"))
        .extracting(CaseProblem::path).doesNotHaveDuplicates();
  }

  @Test
  void refusesANumberBeyondTheReadersBoundsWhereverItIsInTheCaseFile() throws IOException {
    write("huge/case.json", """
        {'base': '../base.json',
         'changes': {'call': {'overallThreshold': 1e999999}},
         'proposals': {'P-002': {'total': 1e-2147483, 'tolerance': -1e-999999999, 'rank': 1e999999}}}
        """);
    write("scale/case.json", "{'base': '../base.json', 'proposals': {'P-002': {'total': 1e-2147483648}}}");

    assertThat(problems()).extracting(CaseProblem::toString).containsExactly(
        "huge/case.json: $.changes.call.overallThreshold: has more than 15 digits before the decimal point, the reader's limit"
            + " (numbers lie strictly between -10^15 and 10^15)",
        "huge/case.json: $.proposals['P-002'].total: has more than 12 digits after the decimal point, the reader's limit",
        "huge/case.json: $.proposals['P-002'].tolerance: has more than 12 digits after the decimal point, the reader's limit",
        "huge/case.json: $.proposals['P-002'].rank: has more than 15 digits before the decimal point, the reader's limit"
            + " (numbers lie strictly between -10^15 and 10^15)",
        "scale/case.json: $.proposals['P-002'].total: has an exponent beyond the reader's limits"
            + " (numbers lie strictly between -10^15 and 10^15, with at most 12 digits after the decimal point)");
  }

  @Test
  void aCaseWithinTheBoundsIsRead() throws IOException {
    write("plain/case.json", "{'base': '../base.json', 'proposals': {'P-002': {'total': 64.92, 'tolerance': 0.01, 'rank': 1}}}");

    assertThat(GoldenSuite.read(suite).run(RuleBook.bundled())).singleElement().satisfies(r -> assertThat(r.passed()).isTrue());
  }

  @Test
  void namesTheCaseWhoseChangesBrokeAReferenceInTheSharedBase() throws IOException {
    write("drops-p2/case.json", "{'base': '../base.json', 'changes': {'proposals': [{'id': 'P-002', '$remove': true}]}, 'selected': []}");
    write("keeps-p2/case.json", "{'base': '../base.json', 'selected': ['P-002']}");

    assertThat(problems()).isNotEmpty().allSatisfy(p -> assertThat(p.toString())
        .startsWith("base.json: $.")
        .contains("P-002")
        .endsWith(" of the dossier merged from base.json and the changes of drops-p2/case.json)"));
  }

  @Test
  void aBaseThatNamesAFolderIsAProblemOfTheCaseFile() throws IOException {
    write("dot/case.json", "{'base': '.', 'selected': []}");
    write("empty/case.json", "{'base': '', 'selected': []}");
    write("folder/case.json", "{'base': '../dot', 'selected': []}");

    assertThat(problems()).extracting(CaseProblem::toString).containsExactly(
        "dot/case.json: $.base: names the folder 'dot'; a base must be a dossier file in the suite, such as \"../base.json\"",
        "empty/case.json: $.base: names the folder 'empty'; a base must be a dossier file in the suite, such as \"../base.json\"",
        "folder/case.json: $.base: names the folder 'dot'; a base must be a dossier file in the suite, such as \"../base.json\"");
  }
}
