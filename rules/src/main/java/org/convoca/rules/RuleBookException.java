package org.convoca.rules;

import java.util.List;

/**
 * A rule book could not be built: its folders could not be read or its DRL did not compile. It
 * lists every problem at once, each as {@code file:line: message} (line 0 when the compiler gave
 * none), so that a rule author can fix them in one pass.
 */
public final class RuleBookException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  /**
   * An exception for {@code problems}.
   *
   * @param problems one line per problem, not empty
   */
  public RuleBookException(List<String> problems) {
    super(message(problems));
    this.problems = List.copyOf(problems);
  }

  /** Every problem, each as {@code file:line: message}, in the order the compiler reported them. */
  public List<String> problems() {
    return problems;
  }

  private static String message(List<String> problems) {
    return "the rule book has " + problems.size() + (problems.size() == 1 ? " problem" : " problems") + ":\n  "
        + String.join("\n  ", problems);
  }
}
