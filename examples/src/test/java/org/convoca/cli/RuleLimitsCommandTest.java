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
  void saysPlainlyWhenTheTimeLimitIsOverBeforeAnyRuleFired() throws Exception {
    // The condition is evaluated as each proposal goes in, before the first firing, and takes 0.3 s.
    Path rules = Files.createDirectories(dir.resolve("slow"));
    Files.writeString(rules.resolve("slow.drl"), """
        package org.convoca.rules.federal;

        import org.convoca.proposal.Proposal;

        function boolean slowly() { long end = System.nanoTime() + 300000000L; while (System.nanoTime() < end) { } return true; }

        rule "Decides slowly"
        // Its condition takes 0.3 s.
        when
            Proposal( slowly() )
        then
        end
        """);

    Cli run = Cli.run("assess", Cli.TINY.toString(), "--rules", rules.toString(), "--rule-time-limit", "0.001");

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err().lines()).singleElement().isEqualTo("the rules were stopped after 0.001 s, before any rule fired "
        + "(raise the limit with --rule-time-limit or RuleLimits if the rules need more)");
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

  @Test
  void refusesAThreadsSettingThatIsNotAWholeNumberOfOneOrMoreInOneLineWithExit2() {
    String before = System.getProperty(RuleOptions.THREADS);
    try {
      System.setProperty(RuleOptions.THREADS, "two");
      Cli run = Cli.run("assess", Cli.TINY.toString());
      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.err().lines()).containsExactly("-Dconvoca.rules.threads must be a whole number of 1 or more, was 'two'");

      System.setProperty(RuleOptions.THREADS, "0");
      Cli spanish = Cli.runIn(org.convoca.language.Language.of("es"), "assess", Cli.TINY.toString());
      assertThat(spanish.exitCode()).isEqualTo(2);
      assertThat(spanish.err().lines())
          .containsExactly("-Dconvoca.rules.threads debe ser un número entero de 1 o más, era '0'");

      System.setProperty(RuleOptions.THREADS, "3\u001b[2J");
      Cli unshown = Cli.run("assess", Cli.TINY.toString());
      assertThat(unshown.exitCode()).isEqualTo(2);
      assertThat(unshown.err().lines()).containsExactly("-Dconvoca.rules.threads must be a whole number of 1 or more");

      System.setProperty(RuleOptions.THREADS, " 2 ");
      assertThat(Cli.run("assess", Cli.TINY.toString()).exitCode()).isZero();
    } finally {
      if (before == null) {
        System.clearProperty(RuleOptions.THREADS);
      } else {
        System.setProperty(RuleOptions.THREADS, before);
      }
    }
  }
}
