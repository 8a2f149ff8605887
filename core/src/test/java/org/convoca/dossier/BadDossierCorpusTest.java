package org.convoca.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the corpus of bad dossiers in {@code bad/}: each {@code NN-name.json} must be rejected with
 * exactly the {@code path: message} lines of its {@code NN-name.expected} (lines after the
 * {@code #} notes), in order. The files are read as bytes, as the reader reads a file, so that one
 * that is not UTF-8 is refused as such.
 */
class BadDossierCorpusTest {

  static Stream<String> badDossiers() throws IOException, URISyntaxException {
    try (Stream<Path> files = Files.list(folder())) {
      return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".json"))
          .map(n -> n.substring(0, n.length() - ".json".length())).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badDossiers")
  void rejectsEachBadDossierWithItsExpectedProblems(String name) throws Exception {
    byte[] json = Files.readAllBytes(folder().resolve(name + ".json"));
    List<String> expected = Files.readAllLines(folder().resolve(name + ".expected"), StandardCharsets.UTF_8)
        .stream().filter(line -> !line.startsWith("#") && !line.isBlank()).toList();

    assertThat(DossierFixture.problemsOf(json)).as(name).isNotEmpty().containsExactlyElementsOf(expected);
  }

  @Test
  void theCorpusHasAtLeastThirtyDossiersEachWithANote() throws Exception {
    List<String> names = badDossiers().toList();

    assertThat(names).hasSizeGreaterThanOrEqualTo(30);
    for (String name : names) {
      assertThat(Files.readString(folder().resolve(name + ".expected"))).as(name).startsWith("# ");
    }
  }

  private static Path folder() throws URISyntaxException {
    return Path.of(BadDossierCorpusTest.class.getResource("/org/convoca/dossier/bad").toURI());
  }
}
