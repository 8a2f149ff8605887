package org.convoca.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code convoca test-rules}: the bundled book's golden cases, a failing case, a rule folder, a malformed case. */
class TestRulesCommandTest {

  /** The bundled book's golden cases, in the rules module; tests run in the examples module's folder. */
  static final Path GOLDEN = Path.of("../rules/src/golden/federal-call");

  @TempDir
  Path dir;

  private Path suite(String caseName, String caseJson) throws IOException {
    Path suite = Files.createDirectories(dir.resolve("cases"));
    Files.copy(GOLDEN.resolve("base.json"), suite.resolve("base.json"));
    Files.writeString(Files.createDirectories(suite.resolve(caseName)).resolve("case.json"), caseJson.replace('\'', '"'));
    return suite;
  }

  @Test
  void passesEveryGoldenCaseOfTheBundledBook() throws IOException {
    Cli run = Cli.run("test-rules", "--cases", GOLDEN.toString());

    long cases;
    try (var folders = Files.list(GOLDEN)) {
      cases = folders.filter(Files::isDirectory).count();
    }
    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isZero();
    assertThat(run.out().lines()).hasSize((int) cases + 1)
        .contains("as-submitted: passed", "tie-broken-by-earlier-submission: passed")
        .last().isEqualTo(cases + " cases: " + cases + " passed, 0 failed.");
  }

  @Test
  void printsTheDiffOfAFailingCaseAndExitsOne() throws IOException {
    Path suite = suite("expects-a-waitlist", """
        {'description': 'Rafaela waits', 'base': '../base.json', 'waitlist': ['P-002'],
         'proposals': {'P-002': {'why': 'A wrong belief', 'decision': 'WAITLISTED', 'rank': 1}}}
        """);

    Cli run = Cli.run("test-rules", "--cases", suite.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEqualTo("""
        expects-a-waitlist: failed (Rafaela waits)
          P-002 (expected because: A wrong belief)
            decision:
              expected WAITLISTED
              was      SELECTED_BY_MERIT
          selection
            waitlist:
              expected [P-002]
              was      []
        1 case: 0 passed, 1 failed.
        """);
  }

  @Test
  void runsTheCasesWithTheRuleFoldersLaidOverTheBook() throws IOException {
    Path rules = Files.createDirectories(dir.resolve("rules"));
    Files.writeString(rules.resolve("eligibility.drl"), "package org.convoca.rules.federal;\n");

    Cli run = Cli.run("test-rules", "--cases", GOLDEN.toString(), "--rules", rules.toString(), "--no-cache");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).startsWith("warning: ").contains("replaces the bundled eligibility.drl");
    assertThat(run.out()).contains("""
        as-submitted: failed (The tiny call as it was submitted: one proposal ranked, selected and placed in OGP Local.)
        """).contains("""
            eligible:
              expected false
              was      true
        """).contains("provinces-not-eligible: failed", "overall-threshold-raised: passed");
  }

  @Test
  void refusesAMalformedCaseWithItsFileAndPathAndRunsNothing() throws IOException {
    Path suite = suite("misspelt", "{'base': '../base.json', 'proposals': {'P-002': {'decison': 'WAITLISTED'}}}");

    Cli run = Cli.run("test-rules", "--cases", suite.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo(suite.resolve("misspelt/case.json") + ": $.proposals['P-002'].decison: is not a field "
        + "of a proposal's expectations; its fields are why, eligible, failedChecks, total, tolerance, rank, decision, labels, tracks\n");
  }

  @Test
  void refusesAnExtremeNumberInACaseWithExit2AndRunsNoCase() throws IOException {
    Path suite = suite("huge", "{'base': '../base.json', 'proposals': {'P-002': {'total': 1e-2147483648}}}");
    Files.createDirectories(suite.resolve("fine"));
    Files.writeString(suite.resolve("fine/case.json"), "{\"base\": \"../base.json\", \"selected\": [\"P-002\"]}");

    Cli run = Cli.run("test-rules", "--cases", suite.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith(suite.resolve("huge/case.json") + ": $.proposals['P-002'].total: has an exponent beyond")
        .hasLineCount(1);
  }

  @Test
  void showsWhatACaseFileSaysWithoutLettingItActOnTheTerminal() throws IOException {
    Path suite = suite("escape", "{'description': 'red \\u001b[31m text', 'base': '../base.json', 'selected': []}");

    Cli run = Cli.run("test-rules", "--cases", suite.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).startsWith("escape: failed (red \\u001B[31m text)\n").doesNotContain("\u001b");
  }

  @Test
  void saysWhenTheFolderIsMissingOrNotGiven() {
    Cli missing = Cli.run("test-rules", "--cases", dir.resolve("nowhere").toString());
    Cli none = Cli.run("test-rules");

    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).isEqualTo("no such file: " + dir.resolve("nowhere") + "\n");
    assertThat(none.exitCode()).isEqualTo(2);
    assertThat(none.err()).startsWith("Missing required option: '--cases=DIR'");
  }
}
