package org.convoca.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class UsageTest {

  @Test
  void rejectsAnUnknownOptionWithExitCode2() {
    Cli run = Cli.run("assess", "--bogus", Cli.TINY.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--bogus").contains("--help");
  }

  @Test
  void rejectsAMissingDossierArgumentWithExitCode2() {
    Cli run = Cli.run("explain");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("DOSSIER");
  }

  @Test
  void printsHelpWithTheExitCodes() {
    Cli run = Cli.run("--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("assess", "explain", "rules", "Exit codes");
  }

  @Test
  void reportsAnUnexpectedFailureWithExitCode4AndNoStackTraceUnlessVerbose() {
    StringWriter quiet = new StringWriter();
    int code = ConvocaCommand.report(new IllegalStateException("boom"), false, new PrintWriter(quiet, true));
    StringWriter loud = new StringWriter();
    ConvocaCommand.report(new IllegalStateException("boom"), true, new PrintWriter(loud, true));

    assertThat(code).isEqualTo(4);
    assertThat(quiet.toString()).contains("unexpected failure").contains("--verbose").doesNotContain("\tat ");
    assertThat(loud.toString()).contains("\tat ");
  }
}
