package org.convoca.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.convoca.outcome.CallOutcome;
import org.convoca.outcome.OutcomeWriters;
import org.convoca.rules.Convoca;
import org.convoca.rules.RuleBook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * convoca-core and convoca-rules work on the module path as the named modules org.convoca.core and
 * org.convoca.rules, without {@code --add-modules ALL-MODULE-PATH}: a consumer's application, as a
 * module of its own or on the class path, compiles against them with every lint warning an error,
 * decides the tiny sample in a child JVM (one per case) without a logged warning, and writes the
 * outcome that this test writes on the class path.
 *
 * <p>The module path is this test's class path without its directories that are not named modules
 * and without test-jars: this build's core and rules (their jars, or their target/classes when the
 * build stops before {@code package}), their dependencies, and the test libraries, which nothing
 * requires.
 */
class ModulePathTest {

  private static final Path SOURCES = Path.of("src/test/resources/org/convoca/examples/modulepath");
  private static final Path TINY_CALL = Path.of("src/main/resources/org/convoca/examples/tiny-call.json");
  private static final Path MY_RULES = Path.of("my-rules");
  private static final String SLF4J_SERVICE = "META-INF/services/org.slf4j.spi.SLF4JServiceProvider";

  @TempDir
  static Path dir;

  private static List<Path> modulePath;
  private static String expectedOutcome;
  private static String expectedOverlayFingerprint;

  @BeforeAll
  static void decideOnTheClassPath() {
    modulePath = modulePath();
    CallOutcome outcome = Convoca.withBundledRules().decide(BundledSamples.tinyCall());
    StringWriter json = new StringWriter();
    OutcomeWriters.json(outcome, json);
    expectedOutcome = json.toString();
    expectedOverlayFingerprint = Convoca.with(RuleBook.bundledWith(List.of(MY_RULES)))
        .decide(BundledSamples.tinyCall()).fingerprint();
  }

  @Test
  void coreAndRulesAreNamedModulesThatReadWhatTheyUse() {
    ModuleFinder finder = ModuleFinder.of(modulePath.toArray(Path[]::new));
    ModuleDescriptor core = finder.find("org.convoca.core").map(ModuleReference::descriptor).orElseThrow();
    ModuleDescriptor rules = finder.find("org.convoca.rules").map(ModuleReference::descriptor).orElseThrow();

    assertThat(core.isAutomatic()).as("org.convoca.core has a module-info.class").isFalse();
    assertThat(rules.isAutomatic()).as("org.convoca.rules has a module-info.class").isFalse();
    assertThat(rules.requires()).extracting(ModuleDescriptor.Requires::name)
        .contains("org.convoca.core", "org.slf4j", "org.kie.api");
    assertThat(core.requires()).extracting(ModuleDescriptor.Requires::name)
        .contains("com.fasterxml.jackson.databind", "com.networknt.schema");
  }

  @Test
  void aModularApplicationDecidesTheSampleAsOnTheClassPath() throws Exception {
    Path classes = compile("modular", true);

    Result run = java(List.of("--module-path", paths(modulePath, classes), "-m", "consumer/consumer.Decide"),
        dir.resolve("modular.json"), MY_RULES);

    assertThat(run.exitCode()).as(run.stderr()).isZero();
    assertThat(run.stdout()).contains("selected [P-002]").contains("overlay fingerprint " + expectedOverlayFingerprint);
    assertThat(run.stderr()).as("nothing logged a warning or an error").doesNotContain("LOGGED");
    assertThat(Files.readString(dir.resolve("modular.json"))).isEqualTo(expectedOutcome);
  }

  @Test
  void aClassPathApplicationNeedsTheLibraryAsItsOnlyRootModule() throws Exception {
    // Before the descriptors, this run failed with NoClassDefFoundError (org/slf4j/LoggerFactory,
    // com/networknt/schema/...) unless the option was --add-modules ALL-MODULE-PATH.
    Path classes = compile("classpath", false);

    Result run = java(List.of("--module-path", paths(modulePath), "--add-modules", "org.convoca.rules",
        "-cp", classes.toString(), "consumer.Decide"), dir.resolve("classpath.json"));

    assertThat(run.exitCode()).as(run.stderr()).isZero();
    assertThat(run.stdout()).contains("selected [P-002]");
    assertThat(run.stderr()).as("nothing logged a warning or an error").doesNotContain("LOGGED");
    assertThat(Files.readString(dir.resolve("classpath.json"))).isEqualTo(expectedOutcome);
  }

  @Test
  void aMissingDependencyIsNamedWhenTheJvmStarts() throws Exception {
    Path classes = compile("missing", false);
    List<Path> withoutSlf4j = modulePath.stream()
        .filter(p -> !p.getFileName().toString().startsWith("slf4j-api")).toList();

    Result run = java(List.of("--module-path", paths(withoutSlf4j), "--add-modules", "org.convoca.rules",
        "-cp", classes.toString(), "consumer.Decide"), dir.resolve("missing.json"));

    assertThat(run.exitCode()).isNotZero();
    // The launcher prints the boot layer's error on standard output.
    assertThat(run.stdout() + run.stderr()).contains("Module org.slf4j not found, required by org.convoca.rules")
        .doesNotContain("NoClassDefFoundError");
    assertThat(dir.resolve("missing.json")).doesNotExist();
  }

  /**
   * Compiles the consumer into {@code dir/name}, as a module or for the class path, with every lint
   * warning an error, against the module path alone.
   */
  private static Path compile(String name, boolean asModule) throws IOException {
    Path out = Files.createDirectories(dir.resolve(name));
    List<File> sources = new ArrayList<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      files.filter(f -> f.toString().endsWith(".java"))
          .filter(f -> asModule || !f.getFileName().toString().equals("module-info.java"))
          .forEach(f -> sources.add(f.toFile()));
    }
    List<String> options = new ArrayList<>(List.of("--module-path", paths(modulePath), "-d", out.toString(),
        "-Xlint:all", "-Werror", "-proc:none"));
    if (!asModule) {
      options.addAll(List.of("--add-modules", "org.convoca.rules"));
      Path services = out.resolve(SLF4J_SERVICE);
      Files.createDirectories(services.getParent());
      Files.writeString(services, "consumer.WarningPrinter\n");
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter diagnostics = new StringWriter();
    boolean compiled = javac.getTask(diagnostics, null, null, options, null,
        javac.getStandardFileManager(null, null, StandardCharsets.UTF_8).getJavaFileObjectsFromFiles(sources)).call();
    assertThat(compiled).as(diagnostics.toString()).isTrue();
    return out;
  }

  private record Result(int exitCode, String stdout, String stderr) {}

  /**
   * Runs the current JDK's java with {@code options}, then the consumer's arguments: the tiny
   * sample, {@code outcome} and the rule folder to lay over the bundled book, if any.
   */
  private static Result java(List<String> options, Path outcome, Path... ruleFolder)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(options);
    command.addAll(List.of(TINY_CALL.toString(), outcome.toString()));
    Stream.of(ruleFolder).forEach(folder -> command.add(folder.toString()));
    Path stdout = Files.createTempFile(dir, "stdout", ".txt");
    Path stderr = Files.createTempFile(dir, "stderr", ".txt");
    Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
    if (!process.waitFor(2, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("the child JVM did not finish in 2 minutes: " + command);
    }
    return new Result(process.exitValue(), Files.readString(stdout), Files.readString(stderr));
  }

  /**
   * The test class path's jars and named-module directories, without test-jars and without
   * slf4j-nop, whose place the consumer's own SLF4J provider takes.
   */
  private static List<Path> modulePath() {
    String surefire = System.getProperty("surefire.test.class.path");
    List<Path> entries = new ArrayList<>();
    for (String entry : (surefire != null ? surefire : System.getProperty("java.class.path")).split(File.pathSeparator)) {
      if (entry.isBlank()) {
        continue;
      }
      Path path = Path.of(entry);
      String name = path.getFileName().toString();
      boolean jar = name.endsWith(".jar") && !name.endsWith("-tests.jar") && !name.startsWith("slf4j-nop");
      boolean namedModuleDirectory = Files.isDirectory(path) && Files.isRegularFile(path.resolve("module-info.class"));
      if (jar || namedModuleDirectory) {
        entries.add(path);
      }
    }
    return entries;
  }

  private static String paths(List<Path> paths, Path... more) {
    List<String> all = new ArrayList<>();
    paths.forEach(p -> all.add(p.toString()));
    for (Path p : more) {
      all.add(p.toString());
    }
    return String.join(File.pathSeparator, all);
  }
}
