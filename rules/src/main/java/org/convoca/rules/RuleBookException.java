package org.convoca.rules;

import java.util.List;

/**
 * A rule book could not be built: its folders could not be read or its DRL did not compile. It
 * lists every problem at once, each with its file and line, so that a rule author can fix them in
 * one pass.
 */
public final class RuleBookException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The problems that kept the rule book from being built, in the order they were found. */
  private final List<RuleProblem> problems;

  /**
   * An exception for {@code problems}.
   *
   * @param problems the problems, not empty
   */
  public RuleBookException(List<RuleProblem> problems) {
    super(message(problems));
    this.problems = List.copyOf(problems);
  }

  /** {@return every problem, in the order they were found; each prints as {@code file:line: message}} */
  public List<RuleProblem> problems() {
    return problems;
  }

  private static String message(List<RuleProblem> problems) {
    return "the rule book has " + problems.size() + (problems.size() == 1 ? " problem" : " problems") + ":\n  "
        + String.join("\n  ", problems.stream().map(RuleProblem::toString).toList());
  }
}
