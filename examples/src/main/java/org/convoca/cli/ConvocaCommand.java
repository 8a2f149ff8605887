package org.convoca.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import org.convoca.dossier.InvalidDossierException;
import org.convoca.rules.RuleBookException;
import org.convoca.rules.RuleExecutionException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code convoca} command: assess a dossier, explain one proposal, validate a published
 * selection, list a rule book's rules.
 *
 * <p>Exit codes: 0 success; 1 violations found; 2 invalid input or usage; 3 rule book errors;
 * 4 unexpected failure. A user's mistake is reported line by line, never with a stack trace;
 * {@code --verbose} adds the stack trace of unexpected failures.
 */
@Command(
    name = "convoca",
    mixinStandardHelpOptions = true,
    versionProvider = ConvocaCommand.Version.class,
    description = "Assesses, selects and explains the proposals of an open-government call.",
    subcommands = {AssessCommand.class, ExplainCommand.class, ValidateCommand.class, RulesCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:success",
        "1:violations found (validate)",
        "2:invalid input or usage, one problem per line with its JSON path",
        "3:rule book errors, as file:line: message",
        "4:unexpected failure (run with --verbose for the stack trace)"})
public final class ConvocaCommand implements Runnable {

  @Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT,
      description = "Print the stack trace of an unexpected failure.")
  boolean verbose;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** Runs the command with {@code args} and exits with its exit code. */
  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /**
   * Runs the command with {@code args}, printing to {@code out} and {@code err}, and returns its
   * exit code. Never throws; never calls {@link System#exit}.
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    ConvocaCommand top = new ConvocaCommand();
    CommandLine cli = new CommandLine(top)
        .setOut(out)
        .setErr(err)
        .setExecutionExceptionHandler((e, commandLine, parseResult) -> report(e, top.verbose, err));
    cli.setParameterExceptionHandler((e, parsed) -> {
      err.println(e.getMessage());
      err.println("Run 'convoca " + (e.getCommandLine().getCommandName().equals("convoca") ? "" : e.getCommandLine().getCommandName() + " ")
          + "--help' for usage.");
      return ExitCodes.INVALID_INPUT;
    });
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  static int report(Exception e, boolean verbose, PrintWriter err) {
    if (e instanceof UserError user) {
      user.lines().forEach(err::println);
      return user.exitCode();
    }
    if (e instanceof InvalidDossierException invalid) {
      invalid.problems().forEach(p -> err.println(p.hasLocation()
          ? "line " + p.line() + ", column " + p.column() + ": " + p.message()
          : p.path() + ": " + p.message()));
      return ExitCodes.INVALID_INPUT;
    }
    if (e instanceof UncheckedIOException io) {
      err.println(io.getCause() instanceof NoSuchFileException missing
          ? "no such file: " + missing.getFile()
          : io.getMessage());
      return ExitCodes.INVALID_INPUT;
    }
    if (e instanceof RuleBookException book) {
      book.problems().forEach(err::println);
      return ExitCodes.RULE_BOOK;
    }
    if (e instanceof RuleExecutionException failed) {
      err.println(failed.getMessage());
      return ExitCodes.RULE_BOOK;
    }
    err.println("unexpected failure: " + e);
    if (verbose) {
      e.printStackTrace(err);
    } else {
      err.println("run again with --verbose for the stack trace");
    }
    return ExitCodes.UNEXPECTED;
  }

  /** The version from the jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = ConvocaCommand.class.getPackage().getImplementationVersion();
      return new String[] {"convoca " + (version == null ? "(development build)" : version)};
    }
  }
}
