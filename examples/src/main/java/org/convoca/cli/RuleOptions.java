package org.convoca.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.convoca.rules.RuleBook;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The {@code --rules DIR} and {@code --trust-rules} options shared by the commands that run a rule book. */
final class RuleOptions {

  @Option(names = "--rules", paramLabel = "DIR",
      description = "A folder of DRL files that adds to the bundled rule book and replaces its files "
          + "of the same name. Repeatable; later folders win. A rule folder is code: it runs with your "
          + "privileges, like a build script, so use only folders you trust. Its DRL may not reach process "
          + "control, reflection, threads, files, the network or the environment unless --trust-rules is given.")
  List<Path> folders = new ArrayList<>();

  @Option(names = "--trust-rules",
      description = "Trust the --rules folders: skip the check that refuses process control, reflection, threads, "
          + "files, the network and the environment in their DRL. The check is defence in depth, not a sandbox.")
  boolean trusted;

  @Spec(Spec.Target.MIXEE)
  CommandSpec command;

  /**
   * The bundled rule book with the folders laid over it, in order; each of its warnings is printed
   * on standard error.
   */
  RuleBook ruleBook() {
    List<String> missing = folders.stream().filter(f -> !Files.isDirectory(f))
        .map(f -> "--rules " + f + ": not a folder").toList();
    if (!missing.isEmpty()) {
      throw new UserError(ExitCodes.INVALID_INPUT, missing);
    }
    if (folders.isEmpty()) {
      return RuleBook.bundled();
    }
    RuleBook.Builder builder = RuleBook.builder().bundled();
    folders.forEach(builder::folder);
    if (trusted) {
      builder.trustFolders();
    }
    RuleBook book = builder.build();
    book.warnings().forEach(w -> command.commandLine().getErr().println("warning: " + w));
    return book;
  }
}
