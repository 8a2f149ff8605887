package org.convoca.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.concurrent.Callable;
import org.convoca.dossier.InvalidDossierException;
import org.convoca.rules.RuleBookException;
import org.convoca.rules.RuleExecutionException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code convoca} command: assess a dossier, explain one proposal, validate a published
 * selection, verify a published outcome, list a rule book's rules, assign jurors to proposals,
 * monitor the selected projects' implementation, generate a realistic dossier, run golden cases,
 * compare two outcomes of a call (what a rule folder, a call change or another dossier does to the
 * selection), measure how the selection holds when the criteria weights move.
 *
 * <p>Exit codes: 0 success; 1 violations found, an outcome not reproduced, proposals that cannot be covered, or
 * a golden case that failed; 2 invalid input or usage; 3 rule book errors;
 * 4 unexpected failure. A user's mistake is reported line by line, never with a stack trace;
 * {@code --verbose} adds the stack trace of unexpected failures. Running out of memory is exit 4
 * with one line that says how to give the JVM more heap, in whichever thread it happens, and so is
 * any other throwable that escapes ({@link LastResort}). The process never ends with 0 before the
 * command printed its result, even when a rule calls {@code System.exit} ({@link ResultGuard}), and
 * a result that could not be written (a full disk, a closed standard output) is exit 4.
 */
@Command(
    name = "convoca",
    mixinStandardHelpOptions = true,
    versionProvider = ConvocaCommand.Version.class,
    description = "Assesses, selects and explains the proposals of an open-government call, and monitors the "
        + "selected projects' implementation.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:success",
        "1:violations found (validate, assign --check), an outcome not reproduced (verify), proposals that cannot be "
            + "covered (assign), or a golden case that failed (test-rules)",
        "2:invalid input or usage, one problem per line with its JSON path (verify: a file that is not an outcome)",
        "3:rule book errors, as file:line: message",
        "4:unexpected failure (run with --verbose for the stack trace), out of memory, a result that could not "
            + "be written to standard output, or the process was asked to exit before the result was printed"})
public final class ConvocaCommand implements Callable<Integer> {

  /** The subcommands' names, in the order the usage lists them ({@link #subcommand(String)} makes each). */
  static final List<String> SUBCOMMANDS = List.of("assess", "explain", "validate", "verify", "rules", "assign", "monitor",
      "generate", "test-rules", "compare", "sensitivity");

  @Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT,
      description = "Print the stack trace of an unexpected failure.")
  boolean verbose;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /**
   * The line printed when the heap runs out, made when the class is loaded, when the maximum heap is
   * known and memory is free: when the heap is full, formatting it could fail again.
   */
  private static final String OUT_OF_MEMORY = outOfMemoryLine();

  /**
   * Runs the command with {@code args} and exits with its exit code; exits with 4 when the process
   * is asked to exit (a rule calling {@code System.exit}) before the command printed its result,
   * when the heap runs out in any thread, and when any other throwable escapes (one line on standard
   * error, never a stack trace from the JVM: {@link LastResort}).
   */
  public static void main(String[] args) {
    LastResort lastResort = LastResort.install(OUT_OF_MEMORY);
    try {
      ResultGuard guard = ResultGuard.install(System.err);
      int code = run(args, StandardOutput.open(), new PrintWriter(System.err, true));
      guard.finished();
      System.exit(code);
    } catch (Throwable failure) {
      lastResort.halt(failure);
    }
  }

  /**
   * Runs the command with {@code args}, printing to {@code stdout} and {@code stderr}, and returns its
   * exit code. When writing to {@code stdout} failed, it says so on {@code stderr} and returns 4 instead
   * of 0 or 1, which say that the result was printed. Never calls {@link System#exit}. Throws only
   * when reporting a failure fails in turn (the heap still full after running out of memory).
   */
  public static int run(String[] args, PrintWriter stdout, PrintWriter stderr) {
    // Rule folders, file names and published selections are untrusted: nothing printed may act on
    // the terminal. The usage help is plain for the same reason (no ANSI colours to escape).
    PrintWriter out = TerminalWriter.over(stdout);
    PrintWriter err = TerminalWriter.over(stderr);
    ConvocaCommand top = new ConvocaCommand();
    CommandLine cli = new CommandLine(top);
    // The subcommands are added before the settings below, which reach only the subcommands there
    // are when they are set.
    subcommandsFor(args).forEach(name -> cli.addSubcommand(subcommand(name)));
    cli.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF))
        .setOut(out)
        .setErr(err)
        .setExecutionExceptionHandler((e, commandLine, parseResult) -> report(e, top.verbose, err));
    cli.setParameterExceptionHandler((e, parsed) -> {
      err.println(e.getMessage());
      err.println("Run 'convoca " + (e.getCommandLine().getCommandName().equals("convoca") ? "" : e.getCommandLine().getCommandName() + " ")
          + "--help' for usage.");
      return ExitCodes.INVALID_INPUT;
    });
    int code;
    try {
      code = cli.execute(args);
    } catch (Throwable e) { // an error thrown past picocli's handler
      code = report(e, top.verbose, err);
    }
    if (out.checkError()) { // flushes, then says whether any write failed
      err.println("could not write the result to standard output: " + StandardOutput.failureOf(stdout));
      code = code == ExitCodes.SUCCESS || code == ExitCodes.VIOLATIONS ? ExitCodes.UNEXPECTED : code;
    }
    err.flush();
    return code;
  }

  /**
   * The subcommands that a run with {@code args} needs: when the first argument names one, that one
   * alone, since picocli reads every command's options when it is added, which takes time at
   * start-up; else all of them, which the usage and the suggestions for a misspelt name list.
   */
  static List<String> subcommandsFor(String[] args) {
    return args.length > 0 && SUBCOMMANDS.contains(args[0]) ? List.of(args[0]) : SUBCOMMANDS;
  }

  /** A new command object for the subcommand {@code name}, one of {@link #SUBCOMMANDS}. */
  static Object subcommand(String name) {
    return switch (name) {
      case "assess" -> new AssessCommand();
      case "explain" -> new ExplainCommand();
      case "validate" -> new ValidateCommand();
      case "verify" -> new VerifyCommand();
      case "rules" -> new RulesCommand();
      case "assign" -> new AssignCommand();
      case "monitor" -> new MonitorCommand();
      case "generate" -> new GenerateCommand();
      case "test-rules" -> new TestRulesCommand();
      case "compare" -> new CompareCommand();
      case "sensitivity" -> new SensitivityCommand();
      default -> throw new IllegalArgumentException("no subcommand " + name);
    };
  }

  /** Without a subcommand there is nothing to do: a usage error, with the usage on standard error. */
  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    err.println("Missing subcommand: assess, explain, validate, verify, rules, assign, monitor, generate, test-rules, "
        + "compare or sensitivity.");
    spec.commandLine().usage(err);
    return ExitCodes.INVALID_INPUT;
  }

  static int report(Throwable e, boolean verbose, PrintWriter err) {
    if (LastResort.outOfMemory(e)) {
      return outOfMemory(err);
    }
    if (e instanceof UserError user) {
      user.lines().forEach(err::println);
      return user.exitCode();
    }
    if (e instanceof InvalidDossierException invalid) {
      // A problem that has a line and column already says so in its message; it is in the user's language.
      invalid.problems().forEach(problem -> err.println(problem.toString(UserLanguage.current())));
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

  /** Reports that the heap ran out, in one line that says how to raise it, and returns exit code 4. */
  static int outOfMemory(PrintWriter err) {
    err.println(OUT_OF_MEMORY);
    return ExitCodes.UNEXPECTED;
  }

  private static String outOfMemoryLine() {
    long maxMegabytes = Runtime.getRuntime().maxMemory() / (1024 * 1024);
    long suggestedGigabytes = Math.max(1, (2 * maxMegabytes + 1023) / 1024);
    return "convoca ran out of memory (maximum heap " + maxMegabytes + " MB); run it with a larger heap, e.g. java -Xmx"
        + suggestedGigabytes + "g -jar lib/convoca.jar ..., or JAVA_OPTS=-Xmx" + suggestedGigabytes + "g bin/convoca ...";
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
