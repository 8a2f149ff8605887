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

  @Option(names = "--book", paramLabel = "NAME",
      description = "The bundled rule book to run: federal-call (the default) or horizon-europe. --rules folders are "
          + "laid over it.")
  String book = RuleBook.DEFAULT_BOOK;

  @Option(names = "--rules", paramLabel = "DIR",
      description = "A folder of DRL files that adds to the bundled rule book and replaces its files "
          + "of the same name. Repeatable; later folders win. A rule folder is code: it runs with your "
          + "privileges, like a build script, so use only folders you trust. Its DRL may not reach process "
          + "control, reflection, threads, files, the network, the environment or the standard streams unless "
          + "--trust-rules is given.")
  List<Path> folders = new ArrayList<>();

  @Option(names = "--trust-rules",
      description = "Trust the --rules folders: skip the check that refuses process control, reflection, threads, "
          + "files, the network, the environment and the standard streams in their DRL. The check is defence in depth, "
          + "not a sandbox.")
  boolean trusted;

  @Option(names = "--cache-dir", paramLabel = "DIR",
      description = "Where Convoca keeps the compiled --rules folders between runs, so that a rerun whose rule files "
          + "have not changed skips the compile; an edited file is always compiled again. Default: $CONVOCA_CACHE_DIR, "
          + "else $XDG_CACHE_HOME/convoca, else %%LOCALAPPDATA%%\\convoca\\cache on Windows, else ~/.cache/convoca. "
          + "Delete the folder to clear the cache.")
  @Nullable Path cacheDir;

  @Option(names = "--no-cache",
      description = "Compile the --rules folders without reading or writing the cache.")
  boolean noCache;

  @Option(names = "--max-firings-per-proposal", paramLabel = "N",
      description = "Stop the rules, with exit code 3, when a batch of proposals fires them more than N times per "
          + "proposal (a rule that re-fires itself). Default: ${DEFAULT-VALUE}.")
  int firingsPerProposal = RuleLimits.DEFAULT_FIRINGS_PER_PROPOSAL;

  @Option(names = "--rule-time-limit", paramLabel = "SECONDS",
      description = "Stop the rules, with exit code 3, when one run of them takes longer than SECONDS (decimals allowed). "
          + "Default: ${DEFAULT-VALUE}.")
  double timeLimitSeconds = RuleLimits.DEFAULT_TIME_LIMIT.toSeconds();

  @Spec(Spec.Target.MIXEE)
  CommandSpec command;

  /** The subfolder of Convoca's cache folder that holds compiled rule folders. */
  static final String RULE_BOOKS = "rule-books";

  /**
   * Convoca's cache folder when no {@code --cache-dir} is given: {@code CONVOCA_CACHE_DIR}, else
   * {@code $XDG_CACHE_HOME/convoca}, else on Windows {@code %LOCALAPPDATA%\convoca\cache}, else
   * {@code ~/.cache/convoca}. A variable that is empty or not an absolute path is passed over, as the
   * XDG specification asks.
   */
  static Path defaultCacheFolder(Map<String, String> env, String userHome, @Nullable String osName) {
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
    return Path.of(userHome, ".cache", "convoca");
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
      throw UserError.invalidInput("the rule book " + book + (folders.isEmpty() ? "" : " with its --rules folders")
          + " has no monitoring rules (files named monitoring*.drl), so it cannot monitor projects; use --book "
          + RuleBook.DEFAULT_BOOK + " or add a --rules folder with monitoring files");
    }
    return ruleBook;
  }

  private RuleLimits limits() {
    List<String> wrong = new ArrayList<>();
    if (firingsPerProposal < 1) {
      wrong.add("--max-firings-per-proposal must be at least 1, was " + firingsPerProposal);
    }
    if (!(timeLimitSeconds > 0) || timeLimitSeconds > Duration.ofDays(1).toSeconds()) {
      wrong.add("--rule-time-limit must be more than 0 and at most a day (86400), was " + timeLimitSeconds);
    }
    if (!wrong.isEmpty()) {
      throw new UserError(ExitCodes.INVALID_INPUT, wrong);
    }
    return new RuleLimits(firingsPerProposal, Duration.ofNanos(Math.round(timeLimitSeconds * 1e9)));
  }

  private RuleBook rules(String option, List<Path> folders) {
    List<String> missing = new ArrayList<>();
    if (!RuleBook.bundledNames().contains(book)) {
      // Echoed only when it cannot hold control characters or markup.
      missing.add("--book" + (book.matches("[A-Za-z0-9._-]{1,64}") ? " " + book : "") + ": no bundled rule book has that "
          + "name; the bundled books are " + String.join(", ", RuleBook.bundledNames()));
    }
    folders.stream().filter(f -> !Files.isDirectory(f)).map(f -> option + " " + f + ": not a folder").forEach(missing::add);
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
    if (!noCache) {
      Path cache = cacheDir != null ? cacheDir : defaultCacheFolder(System.getenv(), System.getProperty("user.home"),
          System.getProperty("os.name"));
      builder.cacheIn(cache.resolve(RULE_BOOKS));
    }
    RuleBook book = builder.build();
    book.warnings().forEach(w -> command.commandLine().getErr().println("warning: " + w));
    return book;
  }
}
