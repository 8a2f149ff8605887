package org.convoca.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.convoca.rules.RuleBook;
import org.convoca.rules.testing.CaseProblem;
import org.convoca.rules.testing.CaseResult;
import org.convoca.rules.testing.GoldenCase;
import org.convoca.rules.testing.GoldenSuite;
import org.convoca.rules.testing.InvalidCaseException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code convoca test-rules --cases DIR}: runs a suite of golden cases with the rule book (the
 * bundled one, with {@code --rules} folders laid over it) and prints each case's result, a diff of
 * each failing case, and a summary. Exit 0 when every case passes, 1 when one fails, 2 when a case
 * cannot be read (each problem with its file and JSON path), 3 when the rule book fails.
 */
@Command(name = "test-rules", mixinStandardHelpOptions = true)
final class TestRulesCommand implements Callable<Integer> {

  @Option(names = "--cases", paramLabel = "DIR", required = true)
  Path cases;

  @Mixin
  RuleOptions rules;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    GoldenSuite suite = suite();
    RuleBook book = rules.ruleBook();
    PrintWriter out = spec.commandLine().getOut();
    int failed = 0;
    for (GoldenCase golden : suite.cases()) {
      CaseResult result = golden.run(book);
      if (result.passed()) {
        out.println(result);
      } else {
        failed++;
        out.print(result.report());
      }
    }
    int total = suite.cases().size();
    out.println(UserText.of(spec).summary("test-rules.total", total, total - failed, failed));
    return failed == 0 ? ExitCodes.SUCCESS : ExitCodes.VIOLATIONS;
  }

  /** The suite, read whole; its problems, each naming its file under {@code --cases}, as a user error. */
  private GoldenSuite suite() {
    try {
      return GoldenSuite.read(cases);
    } catch (InvalidCaseException e) {
      throw UserError.invalidInput(e.problems().stream().map(this::line).toList());
    }
  }

  private String line(CaseProblem problem) {
    Path file = problem.file().equals(".") ? cases : cases.resolve(problem.file());
    return Terminal.line(new CaseProblem(file.toString(), problem.path(), problem.message()).toString());
  }
}
