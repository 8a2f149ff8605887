package org.convoca.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.TimeUnit;
import org.convoca.language.Language;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;

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
  void aMissingSubcommandIsAUsageErrorWithTheUsageOnStandardError() {
    Cli run = Cli.run();

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("Missing subcommand").contains("Usage: convoca", "assess", "validate");
  }

  @Test
  void printsHelpWithTheExitCodes() {
    Cli run = Cli.run("--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("assess", "explain", "rules", "Exit codes");
  }

  @Test
  void eachSubcommandNameMakesTheCommandOfThatName() {
    assertThat(ConvocaCommand.SUBCOMMANDS).allSatisfy(name ->
        assertThat(ConvocaCommand.subcommand(name).getClass().getAnnotation(Command.class).name()).isEqualTo(name));
  }

  @Test
  void aRunNamingASubcommandAddsThatOneAloneAndAnyOtherRunAddsThemAll() {
    assertThat(ConvocaCommand.subcommandsFor(new String[] {"assess", "x.json"})).containsExactly("assess");
    assertThat(ConvocaCommand.subcommandsFor(new String[] {"--verbose", "assess"})).isEqualTo(ConvocaCommand.SUBCOMMANDS);
    assertThat(ConvocaCommand.subcommandsFor(new String[] {"asess"})).isEqualTo(ConvocaCommand.SUBCOMMANDS);
    assertThat(ConvocaCommand.subcommandsFor(new String[0])).isEqualTo(ConvocaCommand.SUBCOMMANDS);
  }

  @Test
  void theTopCommandsOptionsStillReachASubcommandAddedAlone() {
    Cli after = Cli.run("assess", "--verbose", Cli.TINY.toString());
    Cli before = Cli.run("--verbose", "assess", Cli.TINY.toString());

    assertThat(after.exitCode()).isZero();
    assertThat(after.out()).isEqualTo(before.out()).contains("Fingerprint");
  }

  @Test
  void aMisspeltSubcommandIsAUsageError() {
    Cli run = Cli.run("asess", "x.json");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().lines()).containsExactly("Unmatched arguments from index 0: 'asess', 'x.json'",
        "Run 'convoca --help' for usage.");
  }

  @Test
  void theRulesOptionSaysARuleFolderIsCode() {
    Cli run = Cli.run("assess", "--help");

    assertThat(run.out().replaceAll("\\s+", " ")).contains("A rule folder is code: it runs with your privileges, like a build script")
        .contains("--trust-rules").contains("defence in depth, not a sandbox");
  }

  @Test
  void reportsAnOutOfMemoryErrorInOneLineWithExitCode4() {
    StringWriter err = new StringWriter();
    int code = ConvocaCommand.report(new IllegalStateException("wrapped", new OutOfMemoryError("Java heap space")), true,
        Language.ENGLISH, new PrintWriter(err, true));

    assertThat(code).isEqualTo(4);
    assertThat(err.toString().lines().toList()).singleElement().asString()
        .startsWith("convoca ran out of memory (maximum heap ").contains("java -Xmx");
  }

  @Test
  void reportsAnUnexpectedFailureWithExitCode4AndNoStackTraceUnlessVerbose() {
    StringWriter quiet = new StringWriter();
    int code = ConvocaCommand.report(new IllegalStateException("boom"), false, Language.ENGLISH, new PrintWriter(quiet, true));
    StringWriter loud = new StringWriter();
    ConvocaCommand.report(new IllegalStateException("boom"), true, Language.ENGLISH, new PrintWriter(loud, true));

    assertThat(code).isEqualTo(4);
    assertThat(quiet.toString()).contains("unexpected failure").contains("--verbose").doesNotContain("\tat ");
    assertThat(loud.toString()).contains("\tat ");
  }

  /**
   * Prints the usage of every subcommand, discarding it, and prints the names of those whose exit
   * code is not 0. Run in a JVM of its own: picocli warns on the standard error it found when it
   * started, which a test in this JVM cannot catch.
   */
  static final class HelpOfEverySubcommand {
    public static void main(String[] args) {
      PrintWriter discarded = new PrintWriter(new StringWriter());
      for (String name : ConvocaCommand.SUBCOMMANDS) {
        int code = ConvocaCommand.run(new String[] {name, "--help"}, Language.ENGLISH, discarded,
            new PrintWriter(System.err, true));
        if (code != 0) {
          System.err.println(name + " --help exited with " + code);
        }
      }
    }
  }

  @Test
  void theHelpOfEverySubcommandWritesNothingToStandardError() throws Exception {
    List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), HelpOfEverySubcommand.class.getName());
    Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();

    assertThat(process.exitValue()).isZero();
    assertThat(err).isEmpty();
  }

  @Test
  void aFormatErrorInAHelpTextIsWhatTheStandardErrorCheckCatches() throws Exception {
    // The non-matching case: picocli formats help texts, and a lone % is a format error.
    for (Language language : Language.shipped()) {
      ResourceBundle usage = UsageBundle.in(language);
      assertThat(List.of(usage.getString("convoca.sensitivity.usage.description.0"),
              usage.getString("convoca.sensitivity.usage.description.1")))
          .allSatisfy(line -> assertThat(String.format(Locale.ROOT, line)).doesNotContain("%%"))
          .anySatisfy(line -> assertThat(line).contains("95%%"));
    }
    assertThatThrownBy(() -> String.format(Locale.ROOT, "fewer than 95%)"))
        .isInstanceOf(java.util.IllegalFormatException.class);
  }
}
