package org.convoca.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.convoca.dossier.DossierReader;
import org.convoca.proposal.ProposalId;
import org.convoca.rules.Convoca;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code convoca validate} end to end, and its selection file: read as strictly as a dossier, so
 * that an empty export, another encoding or a near-miss id is an input error, not a list of
 * violations that accuse the wrong proposals.
 */
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
    Path file = Files.writeString(dir.resolve("selection.json"), org.convoca.dossier.internal.Json.mapper().writeValueAsString(ids));

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
    assertThat(run.out()).startsWith("3 violations in the selection of 50 proposals:")
        .contains("INELIGIBLE_SELECTED: P-002 figura como seleccionada")
        .contains("MISSING_FROM_SELECTION: Falta P-108")
        // the failed check is named by its rule's Spanish title, as in the outcome's reasons
        .contains("\"Al menos un integrante del equipo debe haber completado un curso del programa\": ")
        .doesNotContain("At least one team member");
  }

  private Cli validate(Path selection) {
    return Cli.run("validate", Cli.SAMPLE.toString(), "--selection", selection.toString());
  }

  private Path selection(String name, byte[] content) throws Exception {
    return Files.write(dir.resolve(name), content);
  }

  private Path selection(String name, String content) throws Exception {
    return selection(name, content.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void refusesAnEmptySelectionFileAsInputNotAsViolations() throws Exception {
    for (String empty : List.of("", "\n\n", "# nothing was published yet\n   \n# really\n")) {
      Cli run = validate(selection("empty.txt", empty));

      assertThat(run.exitCode()).as(empty).isEqualTo(2);
      assertThat(run.err()).contains("empty.txt: lists no proposal ids");
      assertThat(run.out()).doesNotContain("violation");
    }
  }

  @Test
  void acceptsAnExplicitlyEmptyJsonArrayAsAClaimThatNothingWasSelected() throws Exception {
    Cli run = validate(selection("none.json", "[]"));

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("in the selection of 0 proposals").contains("MISSING_FROM_SELECTION");
  }

  @Test
  void countsASelectionOfOneProposalInTheSingular() throws Exception {
    Cli run = validate(selection("one.txt", "P-001\n"));

    assertThat(run.out()).containsPattern("selection of 1 proposal[ :]").doesNotContain("1 proposals");
  }

  @Test
  void ignoresAByteOrderMarkInBothForms() throws Exception {
    String lines = "\uFEFF" + String.join("\n", computedSelection()) + "\n";
    String json = "\uFEFF" + org.convoca.dossier.internal.Json.mapper().writeValueAsString(computedSelection());

    assertThat(validate(selection("bom.txt", lines)).exitCode()).isZero();
    assertThat(validate(selection("bom.json", json)).exitCode()).isZero();
  }

  @Test
  void acceptsWindowsLineEndings() throws Exception {
    Cli run = validate(selection("crlf.txt", "# published\r\n" + String.join("\r\n", computedSelection()) + "\r\n"));

    assertThat(run.exitCode()).as(run.err()).isZero();
  }

  @Test
  void refusesASelectionFileThatIsNotUtf8WithLineAndColumn() throws Exception {
    byte[] latin1 = "P-001\nP-\u00e90\n".getBytes(StandardCharsets.ISO_8859_1);

    Cli run = validate(selection("latin1.txt", latin1));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("latin1.txt: not UTF-8 at line 2, column 3");
  }

  @Test
  void refusesAJsonSelectionWhoseElementsAreNotStringsNamingEach() throws Exception {
    Cli run = validate(selection("mixed.json", "[\"P-001\", 42, {\"id\": \"P-002\"}, [\"P-003\"], null, true]"));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains(
        "mixed.json: $[1]: must be a proposal id (a string), was a number",
        "mixed.json: $[2]: must be a proposal id (a string), was an object",
        "mixed.json: $[3]: must be a proposal id (a string), was a list",
        "mixed.json: $[4]: must be a proposal id (a string), was null",
        "mixed.json: $[5]: must be a proposal id (a string), was true or false");
    assertThat(run.err()).doesNotContain("$[0]");
  }

  @Test
  void refusesAJsonObjectInsteadOfAnArray() throws Exception {
    Cli run = validate(selection("object.json", "{\"selected\": [\"P-001\"]}"));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("object.json: expected a JSON array of proposal ids (strings), was an object");
  }

  @Test
  void refusesContentAfterTheJsonArrayWithLineAndColumn() throws Exception {
    Cli run = validate(selection("trailing.json", "[\"P-001\"]\n[\"P-002\"]"));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("trailing.json: line 2, column 1");
  }

  @Test
  void comparesIdsExactlyInBothForms() throws Exception {
    Cli lines = validate(selection("spaced.txt", "P-001\nP-002 \n\tP-003\n"));
    Cli json = validate(selection("spaced.json", "[\"P-001\", \"P-002 \", \" P-003\"]"));

    assertThat(lines.exitCode()).isEqualTo(2);
    assertThat(lines.err()).contains(
        "spaced.txt: line 2: has blanks around 'P-002'; an id is compared exactly, nothing around it",
        "spaced.txt: line 3: has blanks around 'P-003'");
    assertThat(json.exitCode()).isEqualTo(2);
    assertThat(json.err()).contains(
        "spaced.json: $[1]: has blanks around 'P-002'",
        "spaced.json: $[2]: has blanks around 'P-003'");
  }

  @Test
  void appliesTheDossierIdPatternWithoutEchoingWhatIsNotAnId() throws Exception {
    Cli run = validate(selection("forged.txt", "P-001\nP-020 | x\n\u001b[31mP-003\n"));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains(
        "forged.txt: line 2: must be an id: 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or a digit",
        "forged.txt: line 3: must be an id")
        .doesNotContain("P-020", "\u001b");
  }

  @Test
  void refusesAnIdListedTwiceNamingBothPlaces() throws Exception {
    Cli lines = validate(selection("twice.txt", "P-001\nP-002\n# again\nP-001\n"));
    Cli json = validate(selection("twice.json", "[\"P-001\", \"P-002\", \"P-001\"]"));

    assertThat(lines.exitCode()).isEqualTo(2);
    assertThat(lines.err()).contains("twice.txt: line 4: 'P-001' is listed twice, first on line 1");
    assertThat(json.exitCode()).isEqualTo(2);
    assertThat(json.err()).contains("twice.json: $[2]: 'P-001' is listed twice, first at $[0]");
  }

  @Test
  void showsTheFirstTwentyProblemsAndCountsTheRest() throws Exception {
    Cli run = validate(selection("bad.txt", "x y\n".repeat(25)));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().lines()).hasSize(21).last().isEqualTo("" + dir.resolve("bad.txt") + ": and 5 more problems");
  }

  @Test
  void refusesASelectionThatIsAFolderOrMissing() {
    Cli folder = validate(dir);
    Cli missing = validate(dir.resolve("nowhere.txt"));

    assertThat(folder.exitCode()).isEqualTo(2);
    assertThat(folder.err()).contains(dir + ": not a regular file");
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("nowhere.txt: no such file");
  }

  @Test
  void refusesASelectionFileLargerThanItsLimitBeforeReadingIt() throws Exception {
    Path big = dir.resolve("big.txt");
    try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(big.toFile(), "rw")) {
      file.setLength(SelectionFile.MAX_BYTES + 1L);
    }

    Cli run = validate(big);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("big.txt: larger than the limit of 16,777,216 bytes");
  }
}
