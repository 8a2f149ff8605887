package org.convoca.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rule that throws an error (not an exception) is the rule book's failure: exit 3 and one line, never exit 1. */
class RuleErrorCommandTest {

  @TempDir
  Path dir;

  @Test
  void validateExitsWith3NotWithTheViolationsCodeWhenAConsequenceThrowsAnError() throws Exception {
    Path rules = Files.createDirectories(dir.resolve("rules"));
    Files.writeString(rules.resolve("error.drl"), """
        package org.convoca.rules.federal;

        import org.convoca.proposal.Proposal;

        rule "Asserts what is false"
        // An error out of a consequence.
        when
            Proposal()
        then
            throw new AssertionError("boom");
        end
        """);
    Path selection = Files.writeString(dir.resolve("selection.txt"), "P-001\n");

    Cli run = Cli.run("validate", Cli.TINY.toString(), "--selection", selection.toString(), "--rules", rules.toString());

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err().lines()).singleElement().asString()
        .startsWith("rule 'Asserts what is false' in " + rules.resolve("error.drl") + " failed on proposal '")
        .endsWith("': AssertionError: boom");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void assessExitsWith3WhenAPostSelectionRuleThrowsAnError() throws Exception {
    Path rules = Files.createDirectories(dir.resolve("rules"));
    Files.writeString(rules.resolve("tracks.drl"), """
        package org.convoca.rules.federal.tracks;

        import org.convoca.rules.fact.SelectedProposal;

        rule "Asserts what is false after selection"
        // An error out of a post-selection consequence.
        when
            SelectedProposal( rank == 1 )
        then
            throw new AssertionError("boom");
        end
        """);

    Cli run = Cli.run("assess", Cli.SAMPLE.toString(), "--rules", rules.toString());

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err().lines().filter(l -> !l.startsWith("warning: "))).singleElement().asString()
        .startsWith("rule 'Asserts what is false after selection' in " + rules.resolve("tracks.drl") + " failed")
        .endsWith("AssertionError: boom");
  }
}
