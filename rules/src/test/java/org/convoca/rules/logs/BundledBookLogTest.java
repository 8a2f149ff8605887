package org.convoca.rules.logs;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled rule book is quiet under a logger at INFO: deciding the sample, with the precompiled
 * book and with its files compiled at run time, logs nothing at INFO or above (it used to log ten
 * warnings from Drools, one per {@code eval} condition: "Consider placing the constraint in the
 * pattern and removing the eval"). It runs in a child JVM because SLF4J binds once per JVM (the
 * tests' class path has slf4j-nop) and Drools counts its eval warnings per JVM; the child is given
 * {@link PrintingProvider} with {@code -Dslf4j.provider}.
 */
class BundledBookLogTest {

  @TempDir
  Path temp;

  @Test
  void decidingTheSampleLogsNothingAtInfo() throws IOException, InterruptedException {
    Path err = temp.resolve("err.txt");
    Path out = temp.resolve("out.txt");
    Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"),
        "-Dslf4j.provider=" + PrintingProvider.class.getName(),
        DecideTheSample.class.getName(), Path.of("src/main/resources/org/convoca/rules/federal").toAbsolutePath().toString())
        .redirectError(err.toFile()).redirectOutput(out.toFile()).start();
    assertThat(child.waitFor(5, TimeUnit.MINUTES)).as("the child JVM ends").isTrue();

    List<String> logged = Files.readAllLines(err, UTF_8);
    assertThat(child.exitValue()).as("exit value; standard error:%n%s", String.join("\n", logged)).isZero();
    assertThat(Files.readAllLines(out, UTF_8)).as("the child decided the sample twice")
        .anyMatch(l -> l.startsWith("bundled selected ")).anyMatch(l -> l.startsWith("compiled selected "));
    assertThat(logged).as("what the child logged").noneMatch(l -> l.startsWith("LOG "))
        .noneMatch(l -> l.contains("eval"));
  }
}
