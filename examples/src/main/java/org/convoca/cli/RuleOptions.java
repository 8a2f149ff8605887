package org.convoca.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.convoca.rules.RuleBook;
import picocli.CommandLine.Option;

/** The {@code --rules DIR} option shared by the commands that run a rule book. */
final class RuleOptions {

  @Option(names = "--rules", paramLabel = "DIR",
      description = "A folder of DRL files that adds to the bundled rule book and replaces its files "
          + "of the same name. Repeatable; later folders win.")
  List<Path> folders = new ArrayList<>();

  /** The bundled rule book with the folders laid over it, in order. */
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
    return builder.build();
  }
}
