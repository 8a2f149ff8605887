package org.convoca.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.convoca.rules.RuleBook;
import org.convoca.rules.RuleDescription;
import org.convoca.rules.RuleFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code convoca rules}: compiles the rule book and lists its rules by file, each file with its
 * phase (assessment or post-selection) and origin (bundled, or the folder file and what it replaces).
 */
@Command(name = "rules", mixinStandardHelpOptions = true,
    description = "Compiles the rule book (the bundled one, with --rules folders laid over it), "
        + "lists its rules by file with each file's phase and origin, and reports compile errors as file:line: message.")
final class RulesCommand implements Runnable {

  @Mixin
  RuleOptions rules;

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    RuleBook book = rules.ruleBook();
    PrintWriter out = spec.commandLine().getOut();
    Map<String, List<RuleDescription>> byFile = book.rules().stream()
        .collect(Collectors.groupingBy(RuleDescription::file));
    for (RuleFile file : book.files()) {
      out.println(file.name() + " (" + file.rules() + (file.rules() == 1 ? " rule)" : " rules)") + ": " + file.phase()
          + ", " + (file.origin().equals(RuleFile.BUNDLED) ? "bundled" : "from " + file.origin())
          + file.replaces().map(r -> ", replaces " + (r.equals(RuleFile.BUNDLED) ? "the bundled file" : r)).orElse(""));
      byFile.getOrDefault(file.name(), List.of()).forEach(rule -> {
        out.println("  " + rule.name());
        if (!rule.summary().isBlank()) {
          out.println("      " + rule.summary());
        }
      });
    }
    out.println(book.rules().size() + " rules in " + book.files().size() + " files compiled without errors.");
  }
}
