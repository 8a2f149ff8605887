package org.convoca.validation;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.convoca.proposal.ProposalId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a published selection file: both forms, and every problem listed with where it is. */
class PublishedSelectionTest {

  @TempDir
  Path dir;

  private Path file(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, UTF_8);
  }

  private static InvalidSelectionFileException refused(Path file) {
    try {
      PublishedSelection.read(file);
    } catch (InvalidSelectionFileException e) {
      assertThat(e.file()).isEqualTo(file);
      assertThat(e.getMessage()).isEqualTo(String.join(System.lineSeparator(), e.problems()));
      return e;
    }
    throw new AssertionError("expected " + file + " to be refused");
  }

  @Test
  void readsOneIdPerLineInOrderSkippingBlankAndCommentLines() throws IOException {
    Path file = file("published.txt", "# published on 1 March\nP-002\r\n\n   \nP-001\n");

    assertThat(PublishedSelection.read(file)).containsExactly(ProposalId.of("P-002"), ProposalId.of("P-001"));
  }

  @Test
  void readsAJsonArrayInOrderIgnoringAByteOrderMark() throws IOException {
    Path file = file("published.json", "\uFEFF[\"P-003\", \"P-001\"]");

    assertThat(PublishedSelection.read(file)).containsExactly(ProposalId.of("P-003"), ProposalId.of("P-001"));
  }

  @Test
  void takesTheEmptyJsonArrayAsAClaimThatNothingWasSelected() throws IOException {
    assertThat(PublishedSelection.read(file("none.json", "[]"))).isEmpty();
  }

  @Test
  void refusesAListOfLinesWithNoIdAsLikelyAMistake() throws IOException {
    Path file = file("empty.txt", "# nothing yet\n\n");

    assertThat(refused(file).problems()).containsExactly(file + ": lists no proposal ids; write one id per line,"
        + " or the JSON array [] to claim that nothing was selected");
  }

  @Test
  void listsEveryBadIdBlanksAndRepeatWithItsLine() throws IOException {
    Path file = file("bad.txt", "P-001\n P-002 \nnot an id\nP-001\n");

    assertThat(refused(file).problems()).hasSize(3)
        .element(0).isEqualTo(file + ": line 2: has blanks around 'P-002'; an id is compared exactly, nothing around it");
    assertThat(refused(file).problems().get(1)).startsWith(file + ": line 3: must ");
    assertThat(refused(file).problems().get(2)).isEqualTo(file + ": line 4: 'P-001' is listed twice, first on line 1");
  }

  @Test
  void namesEachJsonElementThatIsNotAnId() throws IOException {
    Path file = file("mixed.json", "[\"P-001\", 42, null]");

    assertThat(refused(file).problems()).containsExactly(
        file + ": $[1]: must be a proposal id (a string), was a number",
        file + ": $[2]: must be a proposal id (a string), was null");
  }

  @Test
  void refusesJsonThatIsNotAnArrayOrDoesNotParse() throws IOException {
    Path object = file("object.json", "{\"selected\": []}");
    Path broken = file("broken.json", "[\"P-001\",\n  42, ");

    assertThat(refused(object).problems())
        .containsExactly(object + ": expected a JSON array of proposal ids (strings), was an object");
    assertThat(refused(broken).problems()).singleElement().asString()
        .startsWith(broken + ": line ").contains(", column ").contains(": expected a JSON array of proposal ids (strings): ");
  }

  @Test
  void reportsAMissingFileAsAProblemNotAnIoException() {
    Path missing = dir.resolve("missing.txt");

    assertThat(refused(missing).problems()).containsExactly(missing + ": no such file");
  }

  @Test
  void refusesAFileLargerThanItsLimitBeforeReadingIt() throws IOException {
    Path big = dir.resolve("big.txt");
    try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
      file.setLength(PublishedSelection.MAX_BYTES + 1L);
    }

    assertThatThrownBy(() -> PublishedSelection.read(big)).isInstanceOf(InvalidSelectionFileException.class)
        .hasMessageStartingWith(big + ": ");
  }

  @Test
  void listsEveryProblemHoweverMany() throws IOException {
    Path file = file("many.txt", IntStream.range(0, 30).mapToObj(i -> "bad id " + i).collect(Collectors.joining("\n")));

    assertThat(refused(file).problems()).hasSize(30);
  }
}
