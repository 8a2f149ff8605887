package org.convoca.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.convoca.rules.RuleBook;
import org.convoca.rules.RuleDescription;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code convoca rules}: compiles the rule book and lists its rules by file. */
@Command(name = "rules", mixinStandardHelpOptions = true,
    description = "Compiles the rule book (the bundled one, with --rules folders laid over it), "
        + "lists its rules by file, and reports compile errors as file:line: message.")
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
        .collect(Collectors.groupingBy(RuleDescription::file, TreeMap::new, Collectors.toList()));
    byFile.forEach((file, described) -> {
      out.println(file + " (" + described.size() + (described.size() == 1 ? " rule)" : " rules)"));
      described.forEach(rule -> {
        out.println("  " + rule.name());
        if (!rule.summary().isBlank()) {
          out.println("      " + rule.summary());
        }
      });
    });
    out.println(book.rules().size() + " rules in " + byFile.size() + " files compiled without errors.");
  }
}
