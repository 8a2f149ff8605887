package org.convoca.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.convoca.distribution.Distribution.Ran;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/convoca} as a user runs it from the built distribution: from any folder, from a path
 * with spaces, through symbolic links, with the Java it finds, passing the arguments and the exit
 * code through. (The Windows launcher cannot run here; {@link DistributionContentIT} reads it.)
 */
@DisabledOnOs(OS.WINDOWS)
class LauncherIT {

  /** A copy of the distribution in a folder whose path holds spaces, shared by the tests. */
  @TempDir
  static Path scratch;

  private static Path spaced;

  @TempDir
  Path dir;

  @BeforeAll
  static void copyTheDistributionToAPathWithSpaces() throws IOException {
    spaced = scratch.resolve("Program Files/con voca");
    Distribution.copy(spaced);
  }

  /** Runs {@code launcher args} from {@code dir} with JAVA_HOME set to the tests' Java. */
  private Ran convoca(Path launcher, String... args) throws Exception {
    return convoca(Map.of("JAVA_HOME", Distribution.JAVA_HOME.toString()), launcher, args);
  }

  private Ran convoca(Map<String, String> environment, Path launcher, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(launcher.toString()));
    command.addAll(Arrays.asList(args));
    return Distribution.run(dir, environment, command);
  }

  private static Path launcher(Path distribution) {
    return distribution.resolve("bin/convoca");
  }

  @Test
  void assessesTheTinySampleFromTheBuiltFolder() throws Exception {
    Ran ran = convoca(launcher(Distribution.FOLDER), "assess",
        Distribution.FOLDER.resolve("examples/tiny-call.json").toString());

    assertThat(ran.err()).isEmpty();
    assertThat(ran.exitCode()).isZero();
    assertThat(ran.out()).startsWith("Tiny call: four proposals to read line by line")
        .contains("ogp-local (1): P-002").containsPattern("Fingerprint [0-9a-f]{64}");
  }

  @Test
  void runsFromAPathWithSpacesOnADossierWithSpacesInItsPath() throws Exception {
    Path dossier = Files.copy(spaced.resolve("examples/tiny-call.json"), dir.resolve("my call (copy).json"));

    Ran ran = convoca(launcher(spaced), "assess", dossier.toString(), "--out", dir.resolve("out put").toString());

    assertThat(ran.err()).isEmpty();
    assertThat(ran.exitCode()).isZero();
    assertThat(ran.out()).contains("ogp-local (1): P-002").contains("wrote " + dir.resolve("out put"));
    assertThat(dir.resolve("out put/outcome.json")).isRegularFile();
  }

  /** A new folder beside the copy of the distribution, for links to it (so that they are removed with it). */
  private static Path besideTheCopy() throws IOException {
    return Files.createTempDirectory(scratch, "links");
  }

  @Test
  void findsItsFolderThroughChainsOfSymbolicLinksAndALinkedFolder() throws Exception {
    Path real = launcher(spaced);
    Path links = besideTheCopy();
    // An absolute link, as an installer puts one in /usr/local/bin.
    Path absolute = Files.createSymbolicLink(Files.createDirectories(links.resolve("usr bin")).resolve("convoca"), real);
    // A relative link to that link, from another folder.
    Path relative = Files.createSymbolicLink(Files.createDirectories(links.resolve("tools")).resolve("cv"),
        Path.of("../usr bin/convoca"));
    // A link to the bin folder itself.
    Path linkedFolder = Files.createSymbolicLink(links.resolve("bin link"), real.getParent());

    for (Path launcher : List.of(absolute, relative, linkedFolder.resolve("convoca"))) {
      Ran ran = convoca(launcher, "--version");

      assertThat(ran.exitCode()).as("%s", launcher).isZero();
      assertThat(ran.out()).as("%s", launcher).startsWith("convoca ");
      assertThat(ran.err()).as("%s", launcher).isEmpty();
    }
  }

  @Test
  void runsAsACommandOnThePathThroughALink() throws Exception {
    Path links = Files.createDirectories(besideTheCopy().resolve("on path"));
    Files.createSymbolicLink(links.resolve("convoca"), launcher(spaced));

    Ran ran = Distribution.run(dir, Map.of("JAVA_HOME", Distribution.JAVA_HOME.toString(),
        "PATH", links + ":" + System.getenv("PATH")), List.of("/bin/sh", "-c", "convoca --version"));

    assertThat(ran.exitCode()).isZero();
    assertThat(ran.out()).startsWith("convoca ");
  }

  @Test
  void returnsTheToolsExitCodes() throws Exception {
    Path tiny = Distribution.FOLDER.resolve("examples/tiny-call.json");
    Path selection = Files.writeString(dir.resolve("selection.txt"), "# the late proposal\nP-004\n");
    Path brokenRules = Files.createDirectories(dir.resolve("rules"));
    Files.writeString(brokenRules.resolve("broken.drl"), "package org.convoca.rules.federal;\nrule \"Unfinished\"\nwhen\n");
    Path launcher = launcher(Distribution.FOLDER);

    Ran violations = convoca(launcher, "validate", tiny.toString(), "--selection", selection.toString());
    Ran usage = convoca(launcher, "assess");
    Ran ruleBook = convoca(launcher, "rules", "--rules", brokenRules.toString());

    assertThat(violations.exitCode()).isEqualTo(1);
    assertThat(violations.out()).contains("INELIGIBLE_SELECTED: P-004");
    assertThat(usage.exitCode()).isEqualTo(2);
    assertThat(usage.err()).contains("Missing required parameter: 'DOSSIER'");
    assertThat(ruleBook.exitCode()).isEqualTo(3);
    assertThat(ruleBook.err()).contains("broken.drl");
  }

  @Test
  void usesJavaHomeAndJavaOptsAndPassesEveryArgumentUnchanged() throws Exception {
    Path record = dir.resolve("java-arguments");
    Path fakeHome = recordingJava(dir.resolve("a jdk"), record);
    Map<String, String> environment = new HashMap<>();
    environment.put("JAVA_HOME", fakeHome.toString());
    environment.put("JAVA_OPTS", "-Xmx256m  -Dconvoca.test=*");
    Files.writeString(dir.resolve("-Dconvoca.test=a file that a pattern would match"), "");
    List<String> awkward = List.of("--version", "two words", "*", "$HOME", "it's \"quoted\"", "`date`", "", "-x");

    Ran ran = convoca(environment, launcher(spaced), awkward.toArray(String[]::new));

    assertThat(ran.exitCode()).isZero();
    assertThat(ran.out()).startsWith("convoca ");
    List<String> expected = new ArrayList<>(launcherOptions(spaced));
    expected.addAll(List.of("-Xmx256m", "-Dconvoca.test=*", "-jar", spaced.resolve("lib/convoca.jar").toRealPath().toString()));
    expected.addAll(awkward);
    assertThat(recorded(record)).isEqualTo(expected);
  }

  @Test
  void usesTheJavaOnThePathWhenJavaHomeIsNotSet() throws Exception {
    Path record = dir.resolve("java-arguments");
    Path fakeHome = recordingJava(dir.resolve("jdk"), record);
    Map<String, String> environment = new HashMap<>();
    environment.put("JAVA_HOME", null);
    environment.put("JAVA_OPTS", null);
    environment.put("PATH", fakeHome.resolve("bin") + ":" + System.getenv("PATH"));

    Ran ran = convoca(environment, launcher(Distribution.FOLDER), "--version");

    assertThat(ran.exitCode()).isZero();
    assertThat(ran.out()).startsWith("convoca ");
    List<String> expected = new ArrayList<>(launcherOptions(Distribution.FOLDER));
    expected.addAll(List.of("-jar", Distribution.FOLDER.resolve("lib/convoca.jar").toRealPath().toString(), "--version"));
    assertThat(recorded(record)).isEqualTo(expected);
  }

  @Test
  void leavesTheOptimisingCompilerOnWhenAnInputFileIsLargerThan100Megabytes() throws Exception {
    Path record = dir.resolve("java-arguments");
    Path fakeHome = recordingJava(dir.resolve("jdk"), record);
    Map<String, String> environment = new HashMap<>();
    environment.put("JAVA_HOME", fakeHome.toString());
    environment.put("JAVA_OPTS", null);
    // Sparse files: their size costs no disk. --version reads neither.
    Path limit = sized(dir.resolve("just 100 MB.json"), 100_000_000);
    Path large = sized(dir.resolve("a large dossier.json"), 100_000_001);

    Ran small = convoca(environment, launcher(Distribution.FOLDER), "--version", limit.toString());
    List<String> smallArguments = recorded(record);
    Ran big = convoca(environment, launcher(Distribution.FOLDER), "--version", limit.toString(), large.toString());
    List<String> bigArguments = recorded(record);

    assertThat(List.of(small, big)).allSatisfy(ran -> assertThat(ran.exitCode()).isZero());
    assertThat(smallArguments).contains("-XX:TieredStopAtLevel=1").doesNotContain("-XX:NewSize=128m");
    assertThat(bigArguments).doesNotContain("-XX:TieredStopAtLevel=1")
        .endsWith("-jar", Distribution.FOLDER.resolve("lib/convoca.jar").toRealPath().toString(), "--version",
            limit.toString(), large.toString());
  }

  @Test
  void givesAShortRunAYoungGenerationItDoesNotFillAndNoGeneratedReflectionClassesWhenNoInputFileIsLargerThan10Megabytes() throws Exception {
    Path limit = sized(dir.resolve("just 10 MB.json"), 10_000_000);
    Path larger = sized(dir.resolve("a longer dossier.json"), 10_000_001);

    assertThat(javaArguments(null, "--version", limit.toString()))
        .contains("-XX:NewSize=128m", "-Dsun.reflect.inflationThreshold=1000000", "-XX:TieredStopAtLevel=1");
    assertThat(javaArguments(null, "--version", limit.toString(), larger.toString()))
        .doesNotContain("-XX:NewSize=128m", "-Dsun.reflect.inflationThreshold=1000000")
        .contains("-XX:TieredStopAtLevel=1");
    // JAVA_OPTS comes after the launcher's own choice, so that the JVM takes the user's.
    List<String> overridden = javaArguments("-XX:NewSize=64m", "--version", limit.toString());
    assertThat(overridden.indexOf("-XX:NewSize=64m")).isGreaterThan(overridden.indexOf("-XX:NewSize=128m"));
  }

  @Test
  void choosesTheParallelCollectorWhenTheLargestInputFileIsOver10AndAtMost300Megabytes() throws Exception {
    Path short10 = sized(dir.resolve("just 10 MB.json"), 10_000_000);
    Path over10 = sized(dir.resolve("a longer dossier.json"), 10_000_001);
    Path just300 = sized(dir.resolve("just 300 MB.json"), 300_000_000);
    Path over300 = sized(dir.resolve("a large dossier.json"), 300_000_001);

    assertThat(javaArguments(null, "--version", short10.toString())).doesNotContain("-XX:+UseParallelGC");
    assertThat(javaArguments(null, "--version", over10.toString())).contains("-XX:+UseParallelGC");
    assertThat(javaArguments(null, "--version", short10.toString(), just300.toString())).contains("-XX:+UseParallelGC");
    assertThat(javaArguments(null, "--version", over10.toString(), over300.toString())).doesNotContain("-XX:+UseParallelGC");
    // A collector the user chooses is the only one: the JVM refuses two (and the run would fail).
    assertThat(javaArguments("-Xmx1g -XX:+UseG1GC", "--version", over10.toString()))
        .contains("-XX:+UseG1GC").doesNotContain("-XX:+UseParallelGC");
    assertThat(javaArguments("-XX:+UseSerialGC", "--version", just300.toString()))
        .contains("-XX:+UseSerialGC").doesNotContain("-XX:+UseParallelGC");
    // Options that merely start with -XX:+Use or end with GC choose no collector.
    assertThat(javaArguments("-XX:+UseStringDeduplication -XX:+PrintGC", "--version", over10.toString()))
        .contains("-XX:+UseParallelGC");
  }

  /** The arguments the launcher gives java for {@code arguments}, with {@code javaOpts} as JAVA_OPTS; the run must succeed. */
  private List<String> javaArguments(String javaOpts, String... arguments) throws Exception {
    Path record = dir.resolve("java-arguments");
    Map<String, String> environment = new HashMap<>();
    environment.put("JAVA_HOME", recordingJava(dir.resolve("jdk"), record).toString());
    environment.put("JAVA_OPTS", javaOpts);
    Ran ran = convoca(environment, launcher(Distribution.FOLDER), arguments);
    assertThat(ran.exitCode()).isZero();
    return recorded(record);
  }

  private static Path sized(Path file, long size) throws IOException {
    try (RandomAccessFile open = new RandomAccessFile(file.toFile(), "rw")) {
      open.setLength(size);
    }
    return file;
  }

  @Test
  void saysWhatIsWrongWithTheJavaInOneLineAndExitsWithFour() throws Exception {
    Path old = Files.createDirectories(dir.resolve("jdk-11/bin"));
    executable(old.resolve("java"), "#!/bin/sh\necho 'must not run' >&2\nexit 1\n");
    Files.writeString(old.resolveSibling("release"), "IMPLEMENTOR=\"Someone\"\nJAVA_VERSION=\"11.0.2\"\n");
    Path ancient = Files.createDirectories(dir.resolve("jdk-8/bin"));
    executable(ancient.resolve("java"), "#!/bin/sh\necho 'must not run' >&2\nexit 1\n");
    Files.writeString(ancient.resolveSibling("release"), "JAVA_VERSION=\"1.8.0_292\"\n");
    // A PATH with the tools the launcher uses, and no java.
    Path tools = Files.createDirectories(dir.resolve("tools"));
    for (String tool : List.of("dirname", "readlink", "sed", "ls")) {
      Path found = Path.of("/usr/bin", tool);
      executable(tools.resolve(tool), "#!/bin/sh\nexec '" + (Files.exists(found) ? found : Path.of("/bin", tool)) + "' \"$@\"\n");
    }

    Ran notAJdk = convoca(Map.of("JAVA_HOME", dir.resolve("nowhere").toString()), launcher(spaced), "--version");
    Ran java11 = convoca(Map.of("JAVA_HOME", old.getParent().toString()), launcher(spaced), "--version");
    Ran java8 = convoca(Map.of("JAVA_HOME", ancient.getParent().toString()), launcher(spaced), "--version");
    Map<String, String> noJava = new HashMap<>();
    noJava.put("JAVA_HOME", null);
    noJava.put("PATH", tools.toString());
    Ran none = convoca(noJava, launcher(spaced), "--version");

    assertThat(List.of(notAJdk, java11, java8, none)).allSatisfy(ran -> {
      assertThat(ran.exitCode()).isEqualTo(4);
      assertThat(ran.out()).isEmpty();
      assertThat(ran.err().lines()).hasSize(1).first().asString().startsWith("convoca: ");
    });
    assertThat(notAJdk.err()).contains("JAVA_HOME is set to '" + dir.resolve("nowhere") + "', which has no bin/java");
    assertThat(java11.err()).contains("needs Java 17 or later").contains("is Java 11.0.2");
    assertThat(java8.err()).contains("is Java 1.8.0_292");
    assertThat(none.err()).contains("no Java found");
  }

  @Test
  void startsFromTheRecordedArchiveWhereItMatchesAndSilentlyWithoutItWhereItDoesNot() throws Exception {
    Path archive = Distribution.FOLDER.resolve("lib/convoca.jsa");
    assumeTrue(Files.exists(archive), "this JDK records no archive (DistributionContentIT checks why)");
    Path loaded = dir.resolve("class-load.log");
    Map<String, String> logClassLoading = Map.of("JAVA_HOME", Distribution.JAVA_HOME.toString(),
        "JAVA_OPTS", "-Xlog:class+load=info:file=" + loaded);
    // A copy whose archive is damaged: the JVM cannot read it.
    Path damaged = scratch.resolve("damaged");
    Distribution.copy(damaged);
    Files.delete(damaged.resolve("lib/convoca.jsa"));
    Files.writeString(damaged.resolve("lib/convoca.jsa"), "not an archive");

    Ran matching = convoca(logClassLoading, launcher(Distribution.FOLDER), "--version");
    String fromArchive = Files.readString(loaded);
    // The copy in a path with spaces has the archive recorded for the build folder, which does not fit it.
    Ran elsewhere = convoca(launcher(spaced), "--version");
    Ran unreadable = convoca(launcher(damaged), "--version");

    assertThat(matching.exitCode()).isZero();
    assertThat(fromArchive).containsPattern("org\\.convoca\\.cli\\.ConvocaCommand source: shared objects file")
        // picocli's class files are Java 5, which only a static archive holds (examples/pom.xml)
        .containsPattern("picocli\\.CommandLine source: shared objects file");
    for (Ran ran : List.of(matching, elsewhere, unreadable)) {
      assertThat(ran.exitCode()).isZero();
      assertThat(ran.out()).isEqualTo(matching.out()).startsWith("convoca ");
      assertThat(ran.err()).isEmpty();
    }
  }

  @Test
  void compilesAnEditedRuleFolderFromTheArchiveUnderAClassFileLoadHook() throws Exception {
    assumeTrue(Files.exists(Distribution.FOLDER.resolve("lib/convoca.jsa")),
        "this JDK records no archive (DistributionContentIT checks why)");
    // Flight recording turns on a class file load hook, under which JDK 17 crashed loading a method
    // handle species that the dump had made itself (src/build/StartUpClassList.java leaves them out):
    // a run after an edit, which compiles the edited phase and reads the others back, loaded one.
    Path rules = Files.createDirectories(dir.resolve("my-rules"));
    try (var files = Files.list(Distribution.FOLDER.resolve("examples/my-rules"))) {
      for (Path file : files.toList()) {
        Files.copy(file, rules.resolve(file.getFileName().toString()));
      }
    }
    String sample = Distribution.FOLDER.resolve("examples/federal-call-2021.json").toString();
    String cache = dir.resolve("cache").toString();
    Ran filling = convoca(launcher(Distribution.FOLDER), "assess", sample, "--rules", rules.toString(), "--cache-dir", cache);
    Files.writeString(rules.resolve("open-data-bonus.drl"), "\n// an edit\n", StandardOpenOption.APPEND);
    Ran recorded = convoca(Map.of("JAVA_HOME", Distribution.JAVA_HOME.toString(),
        "JAVA_OPTS", "-XX:StartFlightRecording=filename=" + dir.resolve("run.jfr") + " -Xlog:jfr+startup=off"),
        launcher(Distribution.FOLDER), "assess", sample, "--rules", rules.toString(), "--cache-dir", cache);
    Ran compiled = convoca(launcher(Distribution.FOLDER), "assess", sample, "--rules", rules.toString(), "--no-cache");

    assertThat(filling.exitCode()).isIn(0, 1);
    assertThat(recorded.exitCode()).isEqualTo(compiled.exitCode()).isEqualTo(filling.exitCode());
    assertThat(recorded.out()).isEqualTo(compiled.out()).containsPattern("Fingerprint [0-9a-f]{64}");
    assertThat(dir.resolve("run.jfr")).isRegularFile();
  }

  /**
   * The launcher's own JVM options, before JAVA_OPTS: those that start the JVM from the
   * distribution's start-up archive, when it has one, then the quick compiler alone.
   */
  private static List<String> launcherOptions(Path distribution) throws IOException {
    Path archive = distribution.resolve("lib/convoca.jsa");
    List<String> options = new ArrayList<>(Files.exists(archive)
        ? List.of("-XX:SharedArchiveFile=" + archive.toRealPath(), "-Xshare:auto", "-Xlog:cds=off", "-Xlog:cds+dynamic=off")
        : List.of());
    options.add("-XX:NewSize=128m");
    options.add("-Dsun.reflect.inflationThreshold=1000000");
    options.add("-XX:TieredStopAtLevel=1");
    return options;
  }

  /** A JDK folder whose bin/java records its arguments, one per NUL-ended entry, then runs the real java. */
  private static Path recordingJava(Path home, Path record) throws IOException {
    Path bin = Files.createDirectories(home.resolve("bin"));
    executable(bin.resolve("java"), "#!/bin/sh\nprintf '%s\\0' \"$@\" > '" + record + "'\nexec '"
        + Distribution.JAVA_HOME.resolve("bin/java") + "' \"$@\"\n");
    return home;
  }

  private static List<String> recorded(Path record) throws IOException {
    String all = Files.readString(record, StandardCharsets.UTF_8);
    assertThat(all).endsWith("\0");
    return Arrays.asList(all.substring(0, all.length() - 1).split("\0", -1));
  }

  private static void executable(Path file, String text) throws IOException {
    Files.writeString(file, text);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
  }
}
