package org.convoca.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The distribution that {@code mvn package} built (the folder and the zip, whose paths Failsafe
 * passes in), and a way to run a launcher as a shell would: a process of its own, its exit code,
 * what it printed on each stream.
 */
final class Distribution {

  /** The distribution folder, {@code examples/target/convoca}. */
  static final Path FOLDER = Path.of(System.getProperty("convoca.distribution", "target/convoca")).toAbsolutePath();
  /** The zip of the same, {@code examples/target/convoca.zip}. */
  static final Path ZIP = Path.of(System.getProperty("convoca.zip", "target/convoca.zip")).toAbsolutePath();
  /** The Java that runs these tests: the one the launchers are given through JAVA_HOME. */
  static final Path JAVA_HOME = Path.of(System.getProperty("java.home"));

  private Distribution() {}

  /** What a finished launcher printed and returned. */
  record Ran(int exitCode, String out, String err) {}

  /**
   * Runs {@code command} (a launcher and its arguments) in {@code workingFolder} with this
   * process's environment changed by {@code environment} (a null value removes the variable), and
   * waits for it: at most two minutes.
   */
  static Ran run(Path workingFolder, Map<String, String> environment, List<String> command)
      throws IOException, InterruptedException {
    Path out = Files.createTempFile("launcher-out", ".txt");
    Path err = Files.createTempFile("launcher-err", ".txt");
    try {
      ProcessBuilder builder = new ProcessBuilder(command).directory(workingFolder.toFile())
          .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
          .redirectOutput(out.toFile()).redirectError(err.toFile());
      // The tool talks in the locale's language: English, which the tests compare, unless a test says otherwise.
      builder.environment().put("LC_ALL", "C.UTF-8");
      environment.forEach((name, value) -> {
        if (value == null) {
          builder.environment().remove(name);
        } else {
          builder.environment().put(name, value);
        }
      });
      Process process = builder.start();
      assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("finished within two minutes: %s", command).isTrue();
      return new Ran(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.delete(out);
      Files.delete(err);
    }
  }

  /** The files under {@code folder}, as relative paths with forward slashes, sorted. */
  static List<String> files(Path folder) throws IOException {
    List<String> files = new ArrayList<>();
    try (Stream<Path> all = Files.walk(folder)) {
      all.filter(Files::isRegularFile).forEach(f -> files.add(folder.relativize(f).toString().replace('\\', '/')));
    }
    files.sort(null);
    return files;
  }

  /** Copies the distribution folder into {@code target}, file modes included. */
  static void copy(Path target) throws IOException {
    for (String file : files(FOLDER)) {
      Path to = target.resolve(file);
      Files.createDirectories(to.getParent());
      Files.copy(FOLDER.resolve(file), to, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
    }
  }
}
