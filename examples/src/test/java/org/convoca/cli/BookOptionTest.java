package org.convoca.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --book NAME}: every command that runs rules takes it, and refuses a name that is not a bundled book's. */
class BookOptionTest {

  static final Path HORIZON = Cli.resource("/org/convoca/examples/horizon-europe-2026.json");

  @Test
  void assessesTheHorizonSampleWithTheHorizonBook() {
    Cli run = Cli.run("assess", "--book", "horizon-europe", HORIZON.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("proposals 11: ineligible 1, jury review incomplete 1, below threshold 2, ranked 7")
        .contains("selected 5 of 10 slots").contains("waitlisted 2; budget used EUR 10,000,000 of EUR 10,000,000");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void theReportShowsWeightsOutOfFifteenAndTheRankingScore(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("outcome");
    Cli run = Cli.run("assess", "--book", "horizon-europe", HORIZON.toString(), "--out", out.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(Files.readString(out.resolve("report.html"))).contains("5 of 15")
        .contains("Total 13 against the overall threshold of 10: met; ranking score 15.5").doesNotContain("5%");
  }

  @Test
  void explainsTheTotalOutOfFifteenAndTheRankingScore() {
    Cli run = Cli.run("explain", "--book", "horizon-europe", HORIZON.toString(), "H-02");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("impact: 5 of 5 points, weight 5 of 15 -> 5, threshold 3 met")
        .contains("Total 13 (overall threshold 10 met)")
        .contains("Ranking score 15.5 (each weighted contribution times its criterion's ranking factor")
        .contains("rank 2 of 7 with a total of 13.00 and a ranking score of 15.50");
  }

  @Test
  void listsTheRulesOfTheChosenBook() {
    Cli run = Cli.run("rules", "--book", "horizon-europe");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Impact earns the experts' score").contains("8 rules in 3 files")
        .doesNotContain("tracks.drl");
  }

  @Test
  void refusesAnUnknownBookAndNamesTheBundledOnes() {
    Cli run = Cli.run("assess", "--book", "horizon", Cli.TINY.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(run.err()).contains("--book horizon: no bundled rule book has that name; the bundled books are "
        + "federal-call, horizon-europe");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void neverEchoesABookNameThatCouldHoldControlCharacters() {
    Cli run = Cli.run("assess", "--book", "x\u001b[2Jy", Cli.TINY.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(run.err()).startsWith("--book: no bundled rule book has that name; the bundled books are ").doesNotContain("\u001b");
  }

  @Test
  void monitoringWithABookThatHasNoMonitoringRulesSaysSo() {
    Cli run = Cli.run("monitor", "--book", "horizon-europe", "--as-of", "2022-06-01", Cli.TINY.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(run.err()).contains("the rule book horizon-europe has no monitoring rules (files named monitoring*.drl), "
        + "so it cannot monitor projects; use --book federal-call or add a --rules folder with monitoring files");
    assertThat(run.out()).isEmpty();
  }
}
