package org.convoca.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The problems the readers find in a dossier, a selection file and a published outcome are printed
 * in the user's language: Spanish under a Spanish locale, English under one Convoca does not write
 * (Turkish; German and Turkish default locales are tried in-process by the core's tests), with the
 * same paths, the same count and the same exit code.
 */
class ReaderProblemsLanguageTest {

  private static final String BAD_DOSSIER = "{\"formatVersion\": 2, \"call\": 7, \"note\": 1, \"proposals\": []}";

  @TempDir
  Path dir;

  /** What a finished process printed on standard error and returned. */
  private record Ran(int exitCode, List<String> lines) {}

  /** One JVM for each of English, Spanish and Turkish: each takes seconds to start. */
  @Test
  void printsABadDossiersProblemsInTheUsersLanguageWithTheSamePathsAndExitCode() throws Exception {
    Path bad = Files.writeString(dir.resolve("bad.json"), BAD_DOSSIER);

    Ran english = convoca("en", "US", "assess", bad.toString());
    Ran spanish = convoca("es", "AR", "assess", bad.toString());

    assertThat(english.exitCode()).isEqualTo(2);
    assertThat(spanish.exitCode()).isEqualTo(2);
    assertThat(english.lines()).contains("$.formatVersion: must be 1, was 2", "$.note: is not a known field");
    assertThat(spanish.lines()).contains("$.formatVersion: debe ser 1, pero es 2", "$.note: no es un campo conocido",
        "$.call: debe ser un objeto, pero es un número entero");
    assertThat(spanish.lines()).hasSameSizeAs(english.lines());
    for (int i = 0; i < english.lines().size(); i++) {
      String path = english.lines().get(i).substring(0, english.lines().get(i).indexOf(": "));
      assertThat(spanish.lines().get(i)).startsWith(path + ": ").isNotEqualTo(english.lines().get(i));
    }
    // Turkish is a language Convoca does not write, and one whose case rules change "I": English, the same bytes.
    assertThat(convoca("tr", "TR", "assess", bad.toString())).isEqualTo(english);
  }

  @Test
  void printsASelectionFilesAndAnOutcomesProblemsInTheUsersLanguage() throws Exception {
    Path selection = Files.writeString(dir.resolve("selection.txt"), "P-001\n P-002\nP-001\n");
    Path outcome = Files.writeString(dir.resolve("outcome.json"), "{\"fingerprint\": 7}");
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("es-AR"));
      Cli validate = Cli.run("validate", Cli.TINY.toString(), "--selection", selection.toString());
      Cli verify = Cli.run("verify", Cli.TINY.toString(), outcome.toString());

      assertThat(validate.exitCode()).isEqualTo(2);
      assertThat(validate.err()).contains(selection + ": línea 2: tiene espacios alrededor de 'P-002'")
          .contains(selection + ": línea 3: 'P-001' figura dos veces; la primera, en la línea 1");
      assertThat(verify.exitCode()).isEqualTo(2);
      assertThat(verify.err()).contains(outcome + ": no es un resultado: $.fingerprint debe ser texto, pero es un número");
    } finally {
      Locale.setDefault(before);
    }
  }

  /** Runs {@code convoca args} in a JVM of its own whose default locale is {@code language_country}. */
  private static Ran convoca(String language, String country, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Duser.language=" + language, "-Duser.country=" + country, "-Dfile.encoding=UTF-8",
        "-Dstderr.encoding=UTF-8", "-Dstdout.encoding=UTF-8",
        "-cp", System.getProperty("java.class.path"), ConvocaCommand.class.getName()));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return new Ran(process.exitValue(), err.lines().filter(line -> line.startsWith("$")).toList());
  }
}
