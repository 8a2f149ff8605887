package org.convoca.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java in README.md's "Use it from Java" compiles as written, with every warning an error, and
 * runs: it decides the bundled sample, explains the first proposal selected, lays examples/my-rules
 * over the bundled book and checks the selection with the harness.
 */
class ReadmeJavaTest {

  private static final Pattern JAVA_BLOCK = Pattern.compile("## Use it from Java.*?```java\\n(.*?)```", Pattern.DOTALL);

  @TempDir
  Path dir;

  @Test
  void theReadmesJavaCompilesWithoutWarningsAndRuns() throws Exception {
    Matcher block = JAVA_BLOCK.matcher(Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8));
    assertThat(block.find()).as("README.md has a java block under 'Use it from Java'").isTrue();
    Path source = dir.resolve("DecideTheCall.java");
    Files.writeString(source, block.group(1));

    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter diagnostics = new StringWriter();
    List<String> options = List.of("-classpath", classPath(), "-d", dir.toString(), "-Xlint:all", "-Werror",
        "-proc:none");
    boolean compiled = javac.getTask(diagnostics, null, null, options, null,
        javac.getStandardFileManager(null, null, StandardCharsets.UTF_8).getJavaFileObjects(source.toFile())).call();
    assertThat(compiled).as(diagnostics.toString()).isTrue();

    Path report = dir.resolve("report.md");
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream before = System.out;
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
      Method main = loader.loadClass("DecideTheCall").getMethod("main", String[].class);
      System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
      main.invoke(null, (Object) new String[] {
          Path.of("src/main/resources/org/convoca/examples/federal-call-2021.json").toString(),
          Path.of("my-rules").toString(), report.toString()});
    } finally {
      System.setOut(before);
    }
    // The federal sample is a Spanish call: its reasons and explanation are in Spanish; the README's own line is English.
    assertThat(printed.toString(StandardCharsets.UTF_8)).contains("Seleccionada por mérito").contains("50 selected with my-rules")
        // the explanation of the first selected proposal
        .contains("\nElegibilidad: elegible\n", "\nPuntos\n", "\nPuesto: 1\nDecisión: seleccionada por mérito\n");
    assertThat(report).isRegularFile();
  }

  /** The class path the tests run with, as Surefire gives it. */
  private static String classPath() {
    String surefire = System.getProperty("surefire.test.class.path");
    List<String> entries = new ArrayList<>();
    for (String entry : (surefire != null ? surefire : System.getProperty("java.class.path")).split(File.pathSeparator)) {
      if (!entry.isBlank()) {
        entries.add(entry);
      }
    }
    return String.join(File.pathSeparator, entries);
  }
}
