package org.convoca.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A bundled book run on a call it was not written for says so on standard error; on its own sample it is silent. */
class BookFitsCallCommandTest {

  private static final Path HORIZON = Path.of(Cli.class.getResource("/org/convoca/examples/horizon-europe-2026.json").getPath());
  private static final Path MY_RULES = Path.of("my-rules").toAbsolutePath();

  private static List<String> warnings(Cli run) {
    return run.err().lines().filter(l -> l.startsWith("warning: ")).toList();
  }

  @Test
  void eachBookOnItsOwnSampleRunsWithoutWarnings() {
    Cli federal = Cli.run("assess", Cli.SAMPLE.toString());
    Cli horizon = Cli.run("assess", "--book", "horizon-europe", HORIZON.toString());

    assertThat(federal.exitCode()).as(federal.err()).isZero();
    assertThat(horizon.exitCode()).as(horizon.err()).isZero();
    assertThat(federal.err()).isEmpty();
    assertThat(horizon.err()).isEmpty();
  }

  @Test
  void theHorizonBookOnTheFederalSampleWarnsOfEveryUncoveredCriterionAndEveryUnfitRule() {
    Cli run = Cli.run("assess", "--book", "horizon-europe", Cli.SAMPLE.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(warnings(run)).anyMatch(l -> l.startsWith("warning: criterion 'values': no rule of this book awards points on it"))
        .anyMatch(l -> l.contains("rule \"Impact earns the experts' score\" awards points on criterion 'impact', which "
            + "this call does not define"));
  }

  @Test
  void theFederalBookOnTheHorizonSampleWarns() {
    Cli run = Cli.run("explain", HORIZON.toString(), "H-01");

    assertThat(warnings(run)).anyMatch(l -> l.startsWith("warning: criterion 'excellence': no rule of this book awards"))
        .anyMatch(l -> l.contains("awards points on criterion 'values', which this call does not define"));
  }

  @Test
  void aFolderRuleOnValuesLaidOverTheHorizonBookIsWarnedAbout() {
    Cli run = Cli.run("assess", "--book", "horizon-europe", HORIZON.toString(), "--rules", MY_RULES.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(warnings(run)).singleElement().asString()
        .startsWith("warning: " + MY_RULES.resolve("open-data-bonus.drl") + ": rule \"Open data proposals earn two more "
            + "points on values\" awards points on criterion 'values'");
  }
}
