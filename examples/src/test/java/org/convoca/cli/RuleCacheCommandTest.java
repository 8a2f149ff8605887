package org.convoca.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cache of compiled rule folders as the commands use it: where it lives, and how to bypass it. */
class RuleCacheCommandTest {

  private static final Path MY_RULES = Path.of("my-rules");

  @TempDir
  Path dir;

  @Test
  void keepsTheCompiledFoldersInTheCacheFolderGivenAndConcludesAsWithout() throws IOException {
    Path cache = dir.resolve("cache");

    Cli first = Cli.run("assess", Cli.SAMPLE.toString(), "--rules", MY_RULES.toString(), "--cache-dir", cache.toString());
    Cli again = Cli.run("assess", Cli.SAMPLE.toString(), "--rules", MY_RULES.toString(), "--cache-dir", cache.toString());
    Cli without = Cli.run("assess", Cli.SAMPLE.toString(), "--rules", MY_RULES.toString(), "--no-cache");

    assertThat(entries(cache.resolve(RuleOptions.RULE_BOOKS))).isEqualTo(3);
    assertThat(first.exitCode()).isEqualTo(without.exitCode());
    assertThat(again.out()).isEqualTo(first.out()).isEqualTo(without.out());
    assertThat(again.err()).isEqualTo(first.err()).isEqualTo(without.err());
  }

  @Test
  void noCacheNeitherReadsNorWritesIt() {
    Path cache = dir.resolve("cache");

    Cli run = Cli.run("rules", "--rules", MY_RULES.toString(), "--cache-dir", cache.toString(), "--no-cache");

    assertThat(run.exitCode()).isZero();
    assertThat(cache).doesNotExist();
  }

  @Test
  void theDefaultFolderFollowsTheEnvironment() {
    String home = dir.toString();
    Path own = dir.resolve("own");
    Path xdg = dir.resolve("xdg");
    Path local = dir.resolve("local");

    assertThat(RuleOptions.defaultCacheFolder(Map.of(), home, "Linux")).isEqualTo(dir.resolve(".cache/convoca"));
    assertThat(RuleOptions.defaultCacheFolder(Map.of("XDG_CACHE_HOME", xdg.toString()), home, "Linux"))
        .isEqualTo(xdg.resolve("convoca"));
    assertThat(RuleOptions.defaultCacheFolder(Map.of("XDG_CACHE_HOME", xdg.toString(), "CONVOCA_CACHE_DIR",
        own.toString()), home, "Linux")).isEqualTo(own);
    assertThat(RuleOptions.defaultCacheFolder(Map.of("XDG_CACHE_HOME", "relative/cache"), home, "Linux"))
        .as("a relative XDG_CACHE_HOME is passed over").isEqualTo(dir.resolve(".cache/convoca"));
    assertThat(RuleOptions.defaultCacheFolder(Map.of("LOCALAPPDATA", local.toString()), home, "Windows 11"))
        .isEqualTo(local.resolve("convoca").resolve("cache"));
    assertThat(RuleOptions.defaultCacheFolder(Map.of("LOCALAPPDATA", local.toString()), home, "Linux"))
        .isEqualTo(dir.resolve(".cache/convoca"));
  }

  @Test
  void aHomeThatIsNotAPathMeansNoCacheUnlessAVariableNamesOne() {
    Path own = dir.resolve("own");

    assertThat(RuleOptions.defaultCacheFolder(Map.of(), "?", "Linux")).as("a user without a passwd entry").isNull();
    assertThat(RuleOptions.defaultCacheFolder(Map.of(), null, "Linux")).isNull();
    assertThat(RuleOptions.defaultCacheFolder(Map.of("CONVOCA_CACHE_DIR", own.toString()), "?", "Linux")).isEqualTo(own);
  }

  @Test
  void aCacheFolderOthersMayWriteToIsSaidOnceOnStandardErrorAndTheRunConcludesAsWithout() throws IOException {
    assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
    Path cache = dir.resolve("shared");
    Path books = Files.createDirectories(cache.resolve(RuleOptions.RULE_BOOKS));
    Files.setPosixFilePermissions(books, PosixFilePermissions.fromString("rwxrwxrwx"));

    Cli shared = Cli.run("assess", Cli.SAMPLE.toString(), "--rules", MY_RULES.toString(), "--cache-dir", cache.toString());
    Cli without = Cli.run("assess", Cli.SAMPLE.toString(), "--rules", MY_RULES.toString(), "--no-cache");

    List<String> added = new ArrayList<>(shared.err().lines().toList());
    without.err().lines().forEach(added::remove);
    assertThat(added).singleElement().asString()
        .startsWith("warning: not using the rule book cache " + books + ": others may write to it");
    assertThat(shared.out()).isEqualTo(without.out());
    assertThat(shared.exitCode()).isEqualTo(without.exitCode());
    assertThat(entries(books)).isZero();
  }

  private static long entries(Path folder) throws IOException {
    try (Stream<Path> listing = Files.list(folder)) {
      return listing.filter(p -> p.toString().endsWith(".kbase")).count();
    }
  }
}
