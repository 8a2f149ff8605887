package org.convoca.cli;

import static java.nio.file.StandardOpenOption.CREATE;
import static java.nio.file.StandardOpenOption.WRITE;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two processes writing one outcome folder: the second is refused while the first holds the folder's lock. */
class ConcurrentRunTest {

  @TempDir
  Path dir;

  @Test
  void refusesARunWhileAnotherProcessWritesTheSameFolder() throws Exception {
    Path out = Files.createDirectories(dir.resolve("outcome"));
    Files.writeString(out.resolve("outcome.json"), "the other run's");

    try (FileChannel channel = FileChannel.open(out.resolve(OutcomeFolder.LOCK), CREATE, WRITE);
        FileLock held = channel.lock()) {
      Process second = new ProcessBuilder(
              Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Duser.language=en",
              "-cp", System.getProperty("java.class.path"),
              ConvocaCommand.class.getName(), "assess", Cli.TINY.toString(), "--out", out.toString())
          .redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .start();
      String err = new String(second.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();

      assertThat(second.exitValue()).isEqualTo(2);
      assertThat(err).startsWith("another convoca run is writing to " + out);
    }
    assertThat(out.resolve("outcome.json")).hasContent("the other run's");
    assertThat(out.resolve(OutcomeFolder.STAGING)).doesNotExist();
  }
}
