package org.convoca.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import org.convoca.language.Language;
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
 *
 * <p>The command talks to its user in the user's language ({@link UserLanguage}): its usage help
 * (the {@code usage} bundles, through {@link UsageBundle}), the summaries it prints and its errors
 * ({@link UserText}). Exit codes, JSON paths, file names, ids and fingerprints are the same in every
 * language; the files it writes are in the call's language.
 */
@Command(
    name = "convoca",
    mixinStandardHelpOptions = true,
    versionProvider = ConvocaCommand.Version.class)
public final class ConvocaCommand implements Callable<Integer> {

  /** The subcommands' names, in the order the usage lists them ({@link #subcommand(String)} makes each). */
  static final List<String> SUBCOMMANDS = List.of("assess", "explain", "validate", "verify", "rules", "assign", "monitor",
      "generate", "test-rules", "compare", "sensitivity");

  /**
   * The subcommands that read a dossier: a run of one of them starts preparing the reader at once
   * ({@link PreparedReader}).
   */
  static final Set<String> READ_A_DOSSIER = Set.of("assess", "explain", "validate", "verify", "assign", "monitor",
      "compare", "sensitivity");

  @Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT)
  boolean verbose;

  /** The language this run talks to its user in; its subcommands ask for it through {@link UserText#of}. */
  Language language = Language.ENGLISH;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /**
   * The line printed when the heap runs out, by language: in English and the user's language, made
   * when the class is loaded, when the maximum heap is known and memory is free (when the heap is
   * full, formatting it could fail again); in another language, made when a run in that language
   * starts ({@link #run(String[], Language, PrintWriter, PrintWriter)}), so that a run in the user's
   * language does not load another language's texts at start-up.
   */
  private static final Map<Language, String> OUT_OF_MEMORY = outOfMemoryLines();

  /**
   * Runs the command with {@code args} and exits with its exit code; exits with 4 when the process
   * is asked to exit (a rule calling {@code System.exit}) before the command printed its result,
   * when the heap runs out in any thread, and when any other throwable escapes (one line on standard
   * error, never a stack trace from the JVM: {@link LastResort}).
   */
  public static void main(String[] args) {
    Language language = UserLanguage.current();
    LastResort lastResort = LastResort.install(outOfMemoryLine(language), language);
    try {
      ResultGuard guard = ResultGuard.install(System.err, language);
      int code = run(args, language, StandardOutput.open(), new PrintWriter(System.err, true));
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
   * when reporting a failure fails in turn (the heap still full after running out of memory). It
   * talks in the language of the JVM's default locale when Convoca writes it, else in English
   * ({@link UserLanguage}).
   */
  public static int run(String[] args, PrintWriter stdout, PrintWriter stderr) {
    return run(args, UserLanguage.current(), stdout, stderr);
  }

  /** As {@link #run(String[], PrintWriter, PrintWriter)}, talking to the user in {@code language}. */
  static int run(String[] args, Language language, PrintWriter stdout, PrintWriter stderr) {
    OUT_OF_MEMORY.computeIfAbsent(language, ConvocaCommand::outOfMemoryLineMade);
    // Rule folders, file names and published selections are untrusted: nothing printed may act on
    // the terminal. The usage help is plain for the same reason (no ANSI colours to escape).
    if (args.length > 0 && READ_A_DOSSIER.contains(args[0])) {
      PreparedReader.startStandard();
    }
    PrintWriter out = TerminalWriter.over(stdout);
    PrintWriter err = TerminalWriter.over(stderr);
    ConvocaCommand top = new ConvocaCommand();
    top.language = language;
    UserText text = UserText.in(language);
    CommandLine cli = new CommandLine(top);
    // The subcommands are added before the settings below, which reach only the subcommands there
    // are when they are set.
    subcommandsFor(args).forEach(name -> cli.addSubcommand(subcommand(name)));
    cli.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF))
        .setResourceBundle(UsageBundle.in(language))
        .setOut(out)
        .setErr(err)
        .setExecutionExceptionHandler((e, commandLine, parseResult) -> report(e, top.verbose, language, err));
    cli.setParameterExceptionHandler((e, parsed) -> {
      err.println(ArgumentError.message(e, language));
      String name = e.getCommandLine().getCommandName();
      err.println(text.error("run-help", name.equals("convoca") ? "" : name + " "));
      return ExitCodes.INVALID_INPUT;
    });
    int code;
    try {
      code = cli.execute(args);
    } catch (Throwable e) { // an error thrown past picocli's handler
      code = report(e, top.verbose, language, err);
    }
    if (out.checkError()) { // flushes, then says whether any write failed
      err.println(text.error("stdout-failed", StandardOutput.failureOf(stdout)));
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
    UserText text = UserText.in(language);
    err.println(text.error("missing-subcommand", text.wording().either(SUBCOMMANDS)));
    spec.commandLine().usage(err);
    return ExitCodes.INVALID_INPUT;
  }

  /**
   * Reports {@code e} on {@code err} in {@code language}, with the stack trace of an unexpected
   * failure when {@code verbose}, and returns the exit code it calls for.
   */
  static int report(Throwable e, boolean verbose, Language language, PrintWriter err) {
    if (LastResort.outOfMemory(e)) {
      return outOfMemory(language, err);
    }
    UserText text = UserText.in(language);
    if (e instanceof UserError user) {
      user.lines(language).forEach(err::println);
      return user.exitCode();
    }
    if (e instanceof InvalidDossierException invalid) {
      // A problem that has a line and column already says so in its message; it is in the user's language.
      invalid.problems().forEach(problem -> err.println(problem.toString(UserLanguage.current())));
      return ExitCodes.INVALID_INPUT;
    }
    if (e instanceof UncheckedIOException io) {
      err.println(io.getCause() instanceof NoSuchFileException missing
          ? text.error("no-such-file", missing.getFile())
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
    err.println(text.error("unexpected", e));
    if (verbose) {
      e.printStackTrace(err);
    } else {
      err.println(text.error("run-verbose"));
    }
    return ExitCodes.UNEXPECTED;
  }

  /**
   * Reports that the heap ran out, in one line in {@code language} that says how to raise it, and
   * returns exit code 4.
   */
  static int outOfMemory(Language language, PrintWriter err) {
    err.println(outOfMemoryLine(language));
    return ExitCodes.UNEXPECTED;
  }

  /** The out-of-memory line in {@code language}, made at start-up; in English for a language it was not made in. */
  private static String outOfMemoryLine(Language language) {
    return OUT_OF_MEMORY.getOrDefault(language, OUT_OF_MEMORY.get(Language.ENGLISH));
  }

  private static Map<Language, String> outOfMemoryLines() {
    Map<Language, String> lines = new ConcurrentHashMap<>();
    for (Language language : List.of(Language.ENGLISH, UserLanguage.current())) {
      lines.computeIfAbsent(language, ConvocaCommand::outOfMemoryLineMade);
    }
    return lines;
  }

  private static String outOfMemoryLineMade(Language language) {
    long maxMegabytes = Runtime.getRuntime().maxMemory() / (1024 * 1024);
    long suggestedGigabytes = Math.max(1, (2 * maxMegabytes + 1023) / 1024);
    // The figures are the JVM's options: plain digits, as java -Xmx reads them.
    return UserText.in(language).error("out-of-memory", String.valueOf(maxMegabytes), String.valueOf(suggestedGigabytes));
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
