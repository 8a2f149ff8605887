package org.convoca.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.convoca.rules.RuleBook;
import org.convoca.rules.RuleLimits;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code --book NAME}, {@code --rules DIR} and {@code --trust-rules} options, the cache of compiled rule folders
 * ({@code --cache-dir DIR}, {@code --no-cache}) and the rule limits, shared by the commands that run
 * a rule book.
 */
final class RuleOptions {

  @Option(names = "--book", paramLabel = "NAME")
  String book = RuleBook.DEFAULT_BOOK;

  @Option(names = "--rules", paramLabel = "DIR")
  List<Path> folders = new ArrayList<>();

  @Option(names = "--trust-rules")
  boolean trusted;

  @Option(names = "--cache-dir", paramLabel = "DIR")
  @Nullable Path cacheDir;

  @Option(names = "--no-cache")
  boolean noCache;

  @Option(names = "--max-firings-per-proposal", paramLabel = "N")
  int firingsPerProposal = RuleLimits.DEFAULT_FIRINGS_PER_PROPOSAL;

  @Option(names = "--rule-time-limit", paramLabel = "SECONDS")
  double timeLimitSeconds = RuleLimits.DEFAULT_TIME_LIMIT.toSeconds();

  @Spec(Spec.Target.MIXEE)
  CommandSpec command;

  /** The system property that sets how many threads assess a bundled book's batches (rules/README.md). */
  static final String THREADS = "convoca.rules.threads";

  /** The subfolder of Convoca's cache folder that holds compiled rule folders. */
  static final String RULE_BOOKS = "rule-books";

  /**
   * Convoca's cache folder when no {@code --cache-dir} is given: {@code CONVOCA_CACHE_DIR}, else
   * {@code $XDG_CACHE_HOME/convoca}, else on Windows {@code %LOCALAPPDATA%\convoca\cache}, else
   * {@code ~/.cache/convoca}. A variable that is empty or not an absolute path is passed over, as the
   * XDG specification asks. Null, no cache, when it would be under a home that is not an absolute
   * path: Java says {@code ?} for a user without an entry in the passwd file (in a container), and
   * the cache would land in a folder named {@code ?} wherever the command is run.
   */
  static @Nullable Path defaultCacheFolder(Map<String, String> env, @Nullable String userHome,
      @Nullable String osName) {
    Optional<Path> own = absolute(env.get("CONVOCA_CACHE_DIR"));
    if (own.isPresent()) {
      return own.get();
    }
    Optional<Path> xdg = absolute(env.get("XDG_CACHE_HOME"));
    if (xdg.isPresent()) {
      return xdg.get().resolve("convoca");
    }
    if (osName != null && osName.startsWith("Windows")) {
      Optional<Path> local = absolute(env.get("LOCALAPPDATA"));
      if (local.isPresent()) {
        return local.get().resolve("convoca").resolve("cache");
      }
    }
    return absolute(userHome).map(home -> home.resolve(".cache").resolve("convoca")).orElse(null);
  }

  private static Optional<Path> absolute(@Nullable String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    try {
      Path path = Path.of(value);
      return path.isAbsolute() ? Optional.of(path) : Optional.empty();
    } catch (InvalidPathException e) {
      return Optional.empty();
    }
  }

  /**
   * The bundled rule book that {@code --book} names with the folders laid over it, in order, under
   * the limits given; each of its warnings is printed on standard error.
   */
  RuleBook ruleBook() {
    return ruleBook("--rules", folders);
  }

  /**
   * The bundled rule book with {@code folders} laid over it, in order, under these options' trust,
   * cache and limits; a folder that is missing is reported under {@code option}'s name.
   */
  RuleBook ruleBook(String option, List<Path> folders) {
    RuleLimits limits = limits();
    return rules(option, folders).withLimits(limits);
  }

  /**
   * As {@link #ruleBook()}, for a command that runs the monitoring rules: a book without any (the
   * bundled "horizon-europe" book has none, and no folder added one) is refused with a clear error,
   * since it would conclude nothing about any project.
   */
  RuleBook monitoringRuleBook() {
    RuleBook ruleBook = ruleBook();
    if (ruleBook.monitoringContents().isEmpty()) {
      throw UserError.invalidInput(folders.isEmpty() ? "monitor.no-rules" : "monitor.no-rules.folders", book,
          RuleBook.DEFAULT_BOOK);
    }
    return ruleBook;
  }

  private RuleLimits limits() {
    List<UserError.Line> wrong = new ArrayList<>();
    // The values as the user typed them (as Java reads them back), not as a language writes numbers.
    if (firingsPerProposal < 1) {
      wrong.add(UserError.Line.of("limits.firings", String.valueOf(firingsPerProposal)));
    }
    if (!(timeLimitSeconds > 0) || timeLimitSeconds > Duration.ofDays(1).toSeconds()) {
      wrong.add(UserError.Line.of("limits.time", String.valueOf(timeLimitSeconds)));
    }
    String threads = System.getProperty(THREADS);
    if (threads != null && !wholeNumberOfOneOrMore(threads)) {
      // Echoed only when it cannot hold control characters or markup, as --book is.
      wrong.add(threads.matches("[A-Za-z0-9 ._+-]{0,32}") ? UserError.Line.of("limits.threads", threads)
          : UserError.Line.of("limits.threads.unshown"));
    }
    if (!wrong.isEmpty()) {
      throw new UserError(ExitCodes.INVALID_INPUT, wrong);
    }
    return new RuleLimits(firingsPerProposal, Duration.ofNanos(Math.round(timeLimitSeconds * 1e9)));
  }

  /**
   * Whether {@code value} sets {@link #THREADS} as the rule book reads it (a whole number of 1 or
   * more, spaces around it allowed), so that a wrong one is a usage error of one line before any
   * work rather than the library's refusal in the middle of the run.
   */
  static boolean wholeNumberOfOneOrMore(String value) {
    try {
      return Integer.parseInt(value.trim()) >= 1;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private RuleBook rules(String option, List<Path> folders) {
    List<UserError.Line> missing = new ArrayList<>();
    if (!RuleBook.bundledNames().contains(book)) {
      String bundled = String.join(", ", RuleBook.bundledNames());
      // Echoed only when it cannot hold control characters or markup.
      missing.add(book.matches("[A-Za-z0-9._-]{1,64}") ? UserError.Line.of("book.unknown", book, bundled)
          : UserError.Line.of("book.unknown.unshown", bundled));
    }
    folders.stream().filter(f -> !Files.isDirectory(f)).map(f -> UserError.Line.of("folder.missing", option, f))
        .forEach(missing::add);
    if (!missing.isEmpty()) {
      throw new UserError(ExitCodes.INVALID_INPUT, missing);
    }
    if (folders.isEmpty()) {
      return RuleBook.bundled(book);
    }
    RuleBook.Builder builder = RuleBook.builder().bundled(book);
    folders.forEach(builder::folder);
    if (trusted) {
      builder.trustFolders();
    }
    UserText text = UserText.of(command);
    Path cache = noCache ? null : cacheDir != null ? cacheDir
        : defaultCacheFolder(System.getenv(), System.getProperty("user.home"), System.getProperty("os.name"));
    if (cache != null) {
      // A folder it will not use is said once on standard error, where a library's log says nothing.
      builder.cacheIn(cache.resolve(RULE_BOOKS),
          refused -> command.commandLine().getErr().println(text.error("warning", refused)));
    }
    RuleBook book = builder.build();
    book.warnings().forEach(w -> command.commandLine().getErr().println(text.error("warning", w.toString())));
    return book;
  }
}
