package org.convoca.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder rule named like a bundled rule, in another DRL package, is a rule-book error: exit 3, both places named. */
class RuleNameClashCommandTest {

  private static final String NAME = "Each non-governmental co-owner earns a quarter of the co-creation points";

  @TempDir
  Path dir;

  private Path folderWithRule(String name) throws Exception {
    Path rules = Files.createDirectories(dir.resolve("rules"));
    Files.writeString(rules.resolve("other.drl"), """
        package org.convoca.rules.other;

        import java.math.BigDecimal;
        import org.convoca.assessment.AwardFinding;
        import org.convoca.call.Criterion;
        import org.convoca.call.FederalVocabulary;
        import org.convoca.proposal.Proposal;

        rule "%s"
        // Seven points on values.
        when
            $c : Criterion( id == FederalVocabulary.VALUES )
            $p : Proposal()
        then
            insert(new AwardFinding($p.id(), $c.id(), drools.getRule().getName(), new BigDecimal("7"), "Seven."));
        end
        """.formatted(name));
    return rules;
  }

  @Test
  void rulesAndExplainRefuseTheBookNamingBothFilesAndLines() throws Exception {
    Path rules = folderWithRule(NAME);

    for (Cli run : new Cli[] {Cli.run("rules", "--rules", rules.toString()),
        Cli.run("explain", Cli.TINY.toString(), "P-001", "--rules", rules.toString())}) {
      assertThat(run.exitCode()).isEqualTo(3);
      assertThat(run.err()).contains(rules.resolve("other.drl") + ":9: rule \"" + NAME + "\" has the same name as the rule at ",
          "scoring-cocreation.drl:57").doesNotContain("Exception");
      assertThat(run.out()).isEmpty();
    }
  }

  @Test
  void aRuleOfItsOwnNameIsListed() throws Exception {
    Path rules = folderWithRule("Every proposal earns seven values points");

    Cli run = Cli.run("rules", "--rules", rules.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Every proposal earns seven values points", NAME);
  }
}
