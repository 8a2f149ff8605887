package org.convoca.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text that a folder's rule writes (its sentences and labels) is not checked by the dossier reader,
 * so every output shows its control characters instead of obeying them: a rule cannot hide what
 * follows its sentence on a terminal with an ANSI escape.
 */
class RuleTextCommandTest {

  @TempDir
  Path dir;

  @Test
  void showsTheControlCharactersOfARuleSentenceInsteadOfSendingThemToTheTerminal() throws Exception {
    Path rules = Files.createDirectories(dir.resolve("rules"));
    Files.writeString(rules.resolve("hiding.drl"), """
        package org.convoca.rules.federal;

        import org.convoca.assessment.CheckFinding;
        import org.convoca.proposal.Proposal;

        rule "A sentence that tries to hide what follows it"
        // It writes ESC [8m, which makes a terminal hide the rest of the line.
        when
            $p : Proposal()
        then
            insert(new CheckFinding($p.id(), drools.getRule().getName(), true,
                "Looks fine." + String.valueOf((char) 27) + "[8m hidden"));
        end
        """);
    Path out = dir.resolve("out");

    Cli explain = Cli.run("explain", Cli.TINY.toString(), "P-001", "--rules", rules.toString());
    Cli assess = Cli.run("assess", Cli.TINY.toString(), "--rules", rules.toString(), "--out", out.toString());

    assertThat(explain.exitCode()).isZero();
    assertThat(explain.out()).contains("Looks fine.\\u001B[8m hidden").doesNotContain("\u001B");
    assertThat(assess.exitCode()).isZero();
    for (String file : new String[] {"outcome.json", "outcome.csv", "report.md", "report.html"}) {
      assertThat(Files.readString(out.resolve(file))).as(file).doesNotContain("\u001B");
    }
  }

  @Test
  void showsTheControlCharactersOfARuleNameWhenListingTheBook() throws Exception {
    Path rules = Files.createDirectories(dir.resolve("named"));
    Files.writeString(rules.resolve("named.drl"), """
        package org.convoca.rules.federal;

        import org.convoca.proposal.Proposal;

        rule "Evil \u001B[31mred\u001B]0;title\u0007 name"
        when
            Proposal()
        then
        end
        """);

    Cli listed = Cli.run("rules", "--rules", rules.toString());

    assertThat(listed.exitCode()).isZero();
    assertThat(listed.out()).contains("Evil \\u001B[31mred\\u001B]0;title\\u0007 name")
        .doesNotContain("\u001B").doesNotContain("\u0007");
  }

  @Test
  void showsTheControlCharactersOfBrokenDrlInItsCompileErrors() throws Exception {
    Path rules = Files.createDirectories(dir.resolve("broken"));
    Files.writeString(rules.resolve("broken.drl"), """
        package org.convoca.rules.federal;

        rule "Bad \u001B[31m rule"
        when
            $x : Nonexistent\u001B]0;t\u0007()
        then
        end
        """);

    Cli explain = Cli.run("explain", Cli.TINY.toString(), "P-001", "--rules", rules.toString());

    assertThat(explain.exitCode()).isEqualTo(ExitCodes.RULE_BOOK);
    assertThat(explain.err()).contains("broken.drl").contains("\\u001B")
        .doesNotContain("\u001B").doesNotContain("\u0007");
  }

  @Test
  void showsTheControlCharactersOfAFileNameInAnError() {
    Cli missing = Cli.run("assess", dir.resolve("call\u001B[2J.json").toString());

    assertThat(missing.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(missing.err()).contains("call\\u001B[2J.json").doesNotContain("\u001B");
  }
}
