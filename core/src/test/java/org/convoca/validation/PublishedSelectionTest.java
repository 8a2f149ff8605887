package org.convoca.validation;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.convoca.language.Language;
import org.convoca.proposal.ProposalId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a published selection file: both forms, and every problem listed with where it is, in English and in Spanish. */
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

  // The problems in Spanish: the same problems, each after the file's name, each in Spanish but for
  // Jackson's own words; whatever the JVM's default locale.

  @Test
  void theBundlesHaveTheSameKeysAndPlaceholders() {
    assertThat(InvalidSelectionFileException.PROBLEMS.mismatches("")).isEmpty();
    assertThat(InvalidSelectionFileException.PROBLEMS.mismatches("es")).isEmpty();
  }

  @Test
  void writesEveryProblemOfAListOfLinesInSpanish() throws IOException {
    Path file = file("published.txt", "P-001\n P-002\nP 3\nP-001\n");

    InvalidSelectionFileException e = refused(file);

    assertThat(e.problems(Language.SPANISH)).containsExactly(
        file + ": línea 2: tiene espacios alrededor de 'P-002'; un id se compara exactamente, sin nada alrededor",
        file + ": línea 3: debe ser un id: de 1 a 64 letras, dígitos, '.', '_' o '-', que empiece con una letra o un dígito",
        file + ": línea 4: 'P-001' figura dos veces; la primera, en la línea 1");
    assertThat(e.problems(Language.ENGLISH)).isEqualTo(e.problems()).containsExactly(
        file + ": line 2: has blanks around 'P-002'; an id is compared exactly, nothing around it",
        file + ": line 3: must be an id: 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or a digit",
        file + ": line 4: 'P-001' is listed twice, first on line 1");
  }

  @Test
  void writesEveryProblemOfAJsonArrayInSpanish() throws IOException {
    Path array = file("published.json", "[\"P-001\", 7, null, \"P-001\"]");
    Path object = file("object.json", "{\"ids\": []}");
    Path empty = file("empty.txt", "# nothing\n");

    assertThat(refused(array).problems(Language.SPANISH)).containsExactly(
        array + ": $[1]: debe ser un id de propuesta (un texto), pero es un número",
        array + ": $[2]: debe ser un id de propuesta (un texto), pero es null",
        array + ": $[3]: 'P-001' figura dos veces; la primera, en $[0]");
    assertThat(refused(object).problems(Language.SPANISH)).containsExactly(
        object + ": se esperaba un arreglo JSON de ids de propuestas (textos), pero es un objeto");
    assertThat(refused(empty).problems(Language.SPANISH)).containsExactly(empty + ": no enumera ningún id de "
        + "propuesta; escriba un id por línea, o el arreglo JSON [] para afirmar que no se seleccionó nada");
  }

  @Test
  void framesJacksonsWordsAndTheFilesProblemsInSpanish() throws IOException {
    Path broken = file("broken.json", "[\"P-001\",\n  42, ");
    Path folder = Files.createDirectory(dir.resolve("folder"));
    Path latin1 = Files.write(dir.resolve("latin1.txt"), new byte[] {'P', '-', (byte) 0xF3, '\n'});

    assertThat(refused(broken).problems(Language.SPANISH)).singleElement().asString()
        .startsWith(broken + ": línea 2, columna ").contains(": se esperaba un arreglo JSON de ids de propuestas (textos): ");
    assertThat(refused(folder).problems(Language.SPANISH)).containsExactly(folder + ": no es un archivo común");
    assertThat(refused(latin1).problems(Language.SPANISH)).containsExactly(latin1 + ": no está en UTF-8 en la línea 1, columna 3");
    assertThat(refused(dir.resolve("missing.txt")).problems(Language.SPANISH))
        .containsExactly(dir.resolve("missing.txt") + ": no existe el archivo");
  }

  @Test
  void writesTheSameBytesWhateverTheDefaultLocale() throws IOException {
    List<Path> files = List.of(file("a.txt", "P-001\n P-002\nP-001\n"), file("b.json", "[true, \"P-1\", \"P-1\"]"));
    List<String> english = lines(files, Language.ENGLISH);
    List<String> spanish = lines(files, Language.SPANISH);
    Locale before = Locale.getDefault();
    try {
      for (Locale locale : List.of(Locale.forLanguageTag("tr-TR"), Locale.GERMANY)) {
        Locale.setDefault(locale);
        assertThat(lines(files, Language.ENGLISH)).as(locale.toString()).isEqualTo(english);
        assertThat(lines(files, Language.SPANISH)).as(locale.toString()).isEqualTo(spanish);
      }
    } finally {
      Locale.setDefault(before);
    }
  }

  private static List<String> lines(List<Path> files, Language language) {
    List<String> lines = new ArrayList<>();
    files.forEach(file -> lines.addAll(refused(file).problems(language)));
    return lines;
  }
}
