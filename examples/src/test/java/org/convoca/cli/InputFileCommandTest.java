package org.convoca.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command refuses a dossier that is not a regular file, before reading it, and one that is
 * not UTF-8, with where: exit 2 and one line, never a hang, a gigabyte read or a misread name.
 */
class InputFileCommandTest {

  @TempDir
  Path dir;

  @Test
  void refusesAFolderAsTheDossier() {
    Cli run = Cli.run("assess", dir.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualToIgnoringNewLines(dir + ": not a regular file");
  }

  @Test
  void refusesADeviceAsTheDossierOrTheSelectionWithoutReadingIt() {
    assumeTrue(Files.exists(Path.of("/dev/zero")), "/dev/zero exists");

    Cli dossier = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(10), () -> Cli.run("assess", "/dev/zero"));
    Cli selection = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(10),
        () -> Cli.run("validate", Cli.SAMPLE.toString(), "--selection", "/dev/zero"));

    assertThat(dossier.exitCode()).isEqualTo(2);
    assertThat(dossier.err()).contains("/dev/zero: not a regular file");
    assertThat(selection.exitCode()).isEqualTo(2);
    assertThat(selection.err()).contains("/dev/zero: not a regular file");
  }

  @Test
  void refusesANamedPipeAsTheDossierWithoutWaitingForIt() throws Exception {
    Path fifo = dir.resolve("dossier.json");
    assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo is available");

    Cli run = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(10), () -> Cli.run("explain", fifo.toString(), "P-001"));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("dossier.json: not a regular file");
  }

  @Test
  void refusesAPipeAsTheSelectionWithoutWaitingForIt() throws Exception {
    Path fifo = dir.resolve("selection.txt");
    assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo is available");

    Cli run = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(10),
        () -> Cli.run("validate", Cli.SAMPLE.toString(), "--selection", fifo.toString()));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("selection.txt: not a regular file");
  }

  @Test
  void refusesADossierInIso88591WithLineAndColumnInsteadOfMisreadingItsNames() throws Exception {
    String text = Files.readString(Cli.TINY, StandardCharsets.UTF_8);
    assumeTrue(text.chars().anyMatch(c -> c > 0x7F && c <= 0xFF), "the tiny sample has a Latin-1 letter");
    Path latin1 = Files.write(dir.resolve("latin1.json"), text.getBytes(StandardCharsets.ISO_8859_1));

    Cli run = Cli.run("assess", latin1.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).containsPattern("is not UTF-8 at line \\d+, column \\d+; save the file as UTF-8");
    assertThat(run.out()).isEmpty();
  }
}
