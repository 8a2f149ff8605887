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
    assertThat(run.out()).contains("extra.drl (1 rule)").contains("Every proposal is noticed");
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
