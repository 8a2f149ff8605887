package org.convoca.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulesCommandTest {

  @TempDir
  Path dir;

  @Test
  void listsTheBundledRulesByFile() {
    Cli run = Cli.run("rules");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("eligibility.drl").contains("compiled without errors");
  }

  @Test
  void showsEachFilesPhaseAndOrigin() throws Exception {
    Path rules = Files.createDirectories(dir.resolve("rules"));
    Files.writeString(rules.resolve("eligibility.drl"), "package org.convoca.rules.federal;\n");

    Cli run = Cli.run("rules", "--rules", rules.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains(
        "eligibility.drl (0 rules): assessment, from " + rules.resolve("eligibility.drl") + ", replaces the bundled file\n",
        "scoring-jury.drl (1 rule): assessment, bundled\n",
        "tracks.drl (1 rule): post-selection, bundled\n",
        "47 rules in 14 files compiled without errors.");
    assertThat(run.err()).isEqualTo("warning: " + rules.resolve("eligibility.drl") + ": replaces the bundled "
        + "eligibility.drl, which has 7 rules, with 0 rules: the rules it leaves out no longer run\n");
  }

  @Test
  void refusesARuleThatCallsSystemExitUnlessTheFolderIsTrusted() throws Exception {
    Path rules = Files.createDirectories(dir.resolve("rules"));
    Files.writeString(rules.resolve("exits.drl"), """
        package org.convoca.rules.federal;

        import org.convoca.proposal.Proposal;

        rule "Ends the process"
        // Says "System.exit" in a string, which is fine, and calls it, which is not.
        when
          Proposal( title != "System.exit" )
        then
          System.exit(0);
        end
        """);

    Cli untrusted = Cli.run("rules", "--rules", rules.toString());
    Cli trusted = Cli.run("rules", "--rules", rules.toString(), "--trust-rules");

    assertThat(untrusted.exitCode()).isEqualTo(3);
    assertThat(untrusted.err()).isEqualTo(rules.resolve("exits.drl") + ":10: 'System.exit' (process control) is refused "
        + "in an untrusted rule folder; trust the folder to allow it (--trust-rules, or RuleBook.Builder.trustFolders())\n");
    assertThat(trusted.exitCode()).isZero();
    assertThat(trusted.out()).contains("exits.drl (1 rule): assessment, from " + rules.resolve("exits.drl"));
  }

  @Test
  void theExampleRuleFolderPassesTheCheck() {
    Cli run = Cli.run("rules", "--rules", Path.of("my-rules").toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("open-data-bonus.drl (1 rule): assessment, from my-rules");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void warnsOfAFileThatIsNotRead() throws Exception {
    Path rules = Files.createDirectories(dir.resolve("rules"));
    Files.writeString(rules.resolve("extra.DRL"), "package org.convoca.rules.federal;\n");

    Cli run = Cli.run("rules", "--rules", rules.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).startsWith("warning: " + rules.resolve("extra.DRL") + ": ignored: only names ending in .drl");
  }

  @Test
  void listsARuleAddedFromAFolder() throws Exception {
    Path rules = Files.createDirectories(dir.resolve("rules"));
    Files.writeString(rules.resolve("extra.drl"), """
        package org.convoca.rules.federal;

        import org.convoca.proposal.Proposal;

        rule "Every proposal is noticed"
        // A rule that matches every proposal and concludes nothing.
        when
          Proposal()
        then
        end
        """);

    Cli run = Cli.run("rules", "--rules", rules.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("extra.drl (1 rule): assessment, from " + rules.resolve("extra.drl"))
        .contains("Every proposal is noticed");
  }

  @Test
  void reportsEveryCompileErrorAsFileAndLine() throws Exception {
    Path rules = Files.createDirectories(dir.resolve("rules"));
    Files.writeString(rules.resolve("wrong-field.drl"), """
        package org.convoca.rules.federal;

        import org.convoca.proposal.Proposal;

        rule "Names a field the model lacks"
        when
          Proposal(colour == "red")
        then
        end
        """);

    Cli run = Cli.run("rules", "--rules", rules.toString());

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).containsPattern("wrong-field\\.drl:\\d+: ");
    assertThat(run.err()).doesNotContain("\tat ");
  }

  @Test
  void refusesARulesFolderThatIsNotThere() {
    Cli run = Cli.run("rules", "--rules", dir.resolve("missing").toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("not a folder");
  }
}
