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
@Command(name = "rules", mixinStandardHelpOptions = true)
final class RulesCommand implements Runnable {

  @Mixin
  RuleOptions rules;

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    RuleBook book = rules.ruleBook();
    PrintWriter out = spec.commandLine().getOut();
    UserText text = UserText.of(spec);
    Map<String, List<RuleDescription>> byFile = book.rules().stream()
        .collect(Collectors.groupingBy(RuleDescription::file));
    for (RuleFile file : book.files()) {
      String origin = file.origin().equals(RuleFile.BUNDLED) ? text.summary("rules.bundled")
          : text.summary("rules.from", file.origin());
      String from = file.replaces().map(r -> r.equals(RuleFile.BUNDLED) ? text.summary("rules.replaces-bundled", origin)
          : text.summary("rules.replaces", origin, r)).orElse(origin);
      // The phase by its name, as the rule author writes it.
      out.println(text.summary("rules.file", file.name(), file.rules(), String.valueOf(file.phase()), from));
      byFile.getOrDefault(file.name(), List.of()).forEach(rule -> {
        out.println("  " + rule.name());
        if (!rule.summary().isBlank()) {
          out.println("      " + rule.summary());
        }
      });
    }
    out.println(text.summary("rules.compiled", book.rules().size(), book.files().size()));
  }
}
