package org.convoca.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * What the distribution holds: the tool's jar and its runtime dependencies in {@code lib/} and
 * nothing of its tests or benchmarks, the samples and documents, the same entries in the folder and
 * in the zip with the POSIX launcher executable in both (but for the folder's start-up archive,
 * which belongs to the JDK that built it), and a Windows launcher that has what it needs (it cannot
 * run here, so its text is checked).
 */
class DistributionContentIT {

  private static final Path LIB = Distribution.FOLDER.resolve("lib");
  /** The class-data-sharing archive that the build records in the folder alone. */
  private static final String ARCHIVE = "lib/convoca.jsa";

  @Test
  void holdsTheLaunchersTheToolTheSamplesAndTheDocuments() throws IOException {
    assertThat(Distribution.files(Distribution.FOLDER)).contains("bin/convoca", "bin/convoca.cmd", "lib/convoca.jar",
        "examples/tiny-call.json", "examples/federal-call-2021.json", "examples/horizon-europe-2026.json",
        "examples/published-selection.txt", "examples/my-rules/open-data-bonus.drl",
        "rules/src/golden/federal-call/base.json", "rules/src/golden/federal-call/as-submitted/case.json",
        "README.md", "LICENSE", "rules/README.md", "core/SELECTION.md");
    assertThat(Files.isExecutable(Distribution.FOLDER.resolve("bin/convoca"))).isTrue();
  }

  @Test
  void libHoldsExactlyTheJarsTheToolsClassPathNames() throws IOException {
    Manifest manifest;
    try (JarFile tool = new JarFile(LIB.resolve("convoca.jar").toFile())) {
      manifest = tool.getManifest();
    }
    List<String> classPath = Arrays.asList(manifest.getMainAttributes().getValue("Class-Path").trim().split(" +"));
    List<String> beside = new ArrayList<>(jars());
    beside.remove("convoca.jar");

    assertThat(manifest.getMainAttributes().getValue("Main-Class")).isEqualTo("org.convoca.cli.ConvocaCommand");
    assertThat(classPath).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(beside);
  }

  @Test
  void libHoldsNoTestJarNoTestLibraryAndNoBenchmark() throws IOException {
    List<String> jars = jars();

    assertThat(Distribution.files(LIB)).allMatch(name -> name.endsWith(".jar") || name.equals("convoca.jsa"));
    assertThat(jars).noneMatch(name -> name.contains("tests") || name.contains("test-jar"))
        .noneMatch(name -> name.matches("(junit|assertj|archunit|opentest4j|apiguardian|quicktheories|byte-buddy).*"));
    for (String jar : jars) {
      try (ZipFile zip = new ZipFile(LIB.resolve(jar).toFile())) {
        assertThat(zip.stream().map(ZipEntry::getName)).as(jar)
            .noneMatch(entry -> entry.startsWith("org/convoca/examples/bench/"))
            .noneMatch(entry -> entry.startsWith("org/convoca/rules/ReferenceRuleBook"))
            .noneMatch(entry -> entry.startsWith("org/junit/") || entry.startsWith("org/assertj/"));
      }
    }
  }

  @Test
  void zipHoldsTheFolderFileForFileWithTheLauncherExecutable() throws IOException {
    Map<String, Long> folder = new TreeMap<>();
    for (String file : Distribution.files(Distribution.FOLDER)) {
      if (file.equals(ARCHIVE)) {
        continue;
      }
      folder.put(file, crc(Files.newInputStream(Distribution.FOLDER.resolve(file))));
    }
    Map<String, Long> zipped = new TreeMap<>();
    try (ZipFile zip = new ZipFile(Distribution.ZIP.toFile())) {
      for (ZipEntry entry : zip.stream().filter(e -> !e.isDirectory()).toList()) {
        assertThat(entry.getName()).startsWith("convoca/");
        zipped.put(entry.getName().substring("convoca/".length()), crc(zip.getInputStream(entry)));
      }
    }
    Map<String, Integer> modes = ZipModes.of(Distribution.ZIP);

    assertThat(zipped).isEqualTo(folder);
    assertThat(modes.get("convoca/bin/convoca") & 0777).isEqualTo(0755);
    assertThat(modes.get("convoca/bin/convoca.cmd") & 0111).isZero();
    assertThat(modes.get("convoca/lib/convoca.jar") & 0111).isZero();
  }

  @Test
  void posixLauncherIsAPosixShellScriptWithUnixLineEnds() throws IOException {
    String sh = Files.readString(Distribution.FOLDER.resolve("bin/convoca"), StandardCharsets.UTF_8);

    assertThat(sh).startsWith("#!/bin/sh\n").doesNotContain("\r").doesNotContain("[[").doesNotContain("readlink -f")
        .contains("exec \"$java\" \"$@\"");
  }

  @Test
  void windowsLauncherFindsJavaPassesArgumentsAndExitCodeThroughAndUsesWindowsLineEnds() throws IOException {
    String cmd = Files.readString(Distribution.FOLDER.resolve("bin/convoca.cmd"), StandardCharsets.UTF_8);
    List<String> lines = Arrays.asList(cmd.split("\r\n", -1));

    assertThat(cmd.replace("\r\n", "")).as("every line ends with CR LF").doesNotContain("\n").doesNotContain("\r");
    assertThat(lines.get(0)).isEqualTo("@echo off");
    assertThat(lines).contains(
        // its own folder's parent, as a full path, whatever the current folder
        "set \"CONVOCA_HOME=%~dp0..\"",
        // arguments with ! or ^ stay as they are, and nothing leaks into the caller's environment
        "setlocal DisableDelayedExpansion",
        // JAVA_HOME first, the PATH otherwise, one line and exit code 4 without a Java
        "if defined JAVA_HOME goto javaFromJavaHome",
        "set \"JAVA_EXE=%JAVA_HOME:\"=%\\bin\\java.exe\"",
        "for %%j in (java.exe) do set \"JAVA_EXE=%%~$PATH:j\"",
        "if not defined JAVA_EXE goto noJava",
        "exit /b 4",
        // the archive, the young generation, reflection, the collector and the compiler, then JAVA_OPTS, then the tool's jar, every
        // argument as given, and its exit code
        "set CONVOCA_JIT=-XX:TieredStopAtLevel=1",
        "for %%a in (%*) do if exist \"%%~a\" if not exist \"%%~a\\*\" if %%~za GTR 100000000 set CONVOCA_JIT=",
        "set CONVOCA_YOUNG=-XX:NewSize=128m",
        "for %%a in (%*) do if exist \"%%~a\" if not exist \"%%~a\\*\" if %%~za GTR 10000000 set CONVOCA_YOUNG=",
        "if defined CONVOCA_YOUNG set CONVOCA_REFLECT=-Dsun.reflect.inflationThreshold=1000000",
        "if not defined CONVOCA_YOUNG set CONVOCA_GC=-XX:+UseParallelGC",
        "for %%a in (%*) do if exist \"%%~a\" if not exist \"%%~a\\*\" if %%~za GTR 300000000 set CONVOCA_GC=",
        "echo.%JAVA_OPTS% %JDK_JAVA_OPTIONS% | findstr /r /c:\"-XX:+Use[A-Za-z0-9]*GC\" > nul && set CONVOCA_GC=",
        "\"%JAVA_EXE%\" %CONVOCA_CDS% %CONVOCA_YOUNG% %CONVOCA_REFLECT% %CONVOCA_GC% %CONVOCA_JIT% %JAVA_OPTS% -jar \"%CONVOCA_HOME%\\lib\\convoca.jar\" %*",
        "exit /b %ERRORLEVEL%");
    assertThat(cmd).contains("if exist \"%CONVOCA_HOME%\\lib\\convoca.jsa\"").contains("-Xshare:auto")
        .doesNotContain("EnableDelayedExpansion");
    // A label that is jumped to exists.
    for (String line : lines) {
      if (line.startsWith("goto ") || line.contains(" goto ")) {
        String label = line.substring(line.lastIndexOf("goto ") + 5).trim();
        assertThat(lines).as("label of '%s'", line).contains(":" + label);
      }
    }
  }

  @Test
  void folderHoldsAStartUpArchiveWhenTheBuildingJdkCanRecordOne() {
    // A JDK that ships an archive of its own classes can dump one of an application's classes; one
    // that does not may still (the build dumps a static archive, which needs no base archive).
    boolean jdkHasBaseArchive = Files.exists(Distribution.JAVA_HOME.resolve("lib/server/classes.jsa"));

    assumeTrue(jdkHasBaseArchive, "this JDK has no archive of its own classes");
    assertThat(Distribution.FOLDER.resolve(ARCHIVE)).isRegularFile();
  }

  private static List<String> jars() throws IOException {
    return Distribution.files(LIB).stream().filter(name -> name.endsWith(".jar")).toList();
  }

  private static long crc(InputStream in) throws IOException {
    try (in) {
      CRC32 crc = new CRC32();
      crc.update(in.readAllBytes());
      return crc.getValue();
    }
  }
}
