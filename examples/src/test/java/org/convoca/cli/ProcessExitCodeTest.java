package org.convoca.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command as a shell sees it: a separate JVM, its exit status and its standard error. */
class ProcessExitCodeTest {

  @TempDir
  Path dir;

  @Test
  void exitsWith2AndNoStackTraceForABadDossier() throws Exception {
    Path bad = Files.writeString(dir.resolve("bad.json"), "{\"formatVersion\": 1, \"call\": 7}");

    Process process = new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp", System.getProperty("java.class.path"),
            ConvocaCommand.class.getName(), "assess", bad.toString())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

    assertThat(process.exitValue()).isEqualTo(2);
    assertThat(err).contains("$.call: ").doesNotContain("Exception").doesNotContain("\tat ");
  }
}
