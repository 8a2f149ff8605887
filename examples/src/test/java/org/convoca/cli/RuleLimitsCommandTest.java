package org.convoca.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.convoca.rules.HostileRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rules that would never stop, or recurse without end, end with exit 3 and one line naming the rule. */
class RuleLimitsCommandTest {

  @TempDir
  Path dir;

  @Test
  void stopsARuleThatReFiresItselfWithExit3AndOneLine() {
    Path rules = HostileRules.reFiringItself(dir);

    Cli run = Cli.run("assess", Cli.TINY.toString(), "--rules", rules.toString(), "--max-firings-per-proposal", "100");

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err().lines()).singleElement().satisfies(line -> assertThat(line)
        .contains("more than 400 times on a batch of 4 proposals", "rule 'Re-fires itself' in " + rules.resolve("loop.drl"),
            "--max-firings-per-proposal"));
  }

  @Test
  void stopsARuleThatInsertsWhatItMatchesWithExit3() throws Exception {
    Path rules = HostileRules.insertingWhatItMatches(dir);
    Path selection = Files.writeString(dir.resolve("selection.txt"), "P-002\n");

    Cli run = Cli.run("validate", Cli.TINY.toString(), "--rules", rules.toString(), "--selection", selection.toString(),
        "--max-firings-per-proposal", "50");

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err().lines()).singleElement().satisfies(line -> assertThat(line)
        .contains("rule '" + HostileRules.GROWS_LABELS + "'", "on proposal 'P-00"));
  }

  @Test
  void stopsAFunctionThatRecursesWithoutEndWithExit3AndOneLine() {
    Path rules = HostileRules.recursingInAConsequence(dir);

    Cli run = Cli.run("assess", Cli.TINY.toString(), "--rules", rules.toString());

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err().lines()).singleElement().isEqualTo("rule '" + HostileRules.RECURSES + "' in "
        + rules.resolve("deep.drl") + " failed on proposal 'P-002': StackOverflowError");
  }

  @Test
  void refusesLimitsThatAreNotPositive() {
    Cli run = Cli.run("assess", Cli.TINY.toString(), "--max-firings-per-proposal", "0", "--rule-time-limit", "-1");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().lines()).containsExactly(
        "--max-firings-per-proposal must be at least 1, was 0",
        "--rule-time-limit must be more than 0 and at most a day (86400), was -1.0");
  }
}
