package org.convoca.cli;

/** The exit codes of the {@code convoca} command, as the README documents them. */
final class ExitCodes {

  /** The command did what it was asked. */
  static final int SUCCESS = 0;
  /** A validation found violations. */
  static final int VIOLATIONS = 1;
  /** The input or the usage was invalid; each problem is printed on its own line. */
  static final int INVALID_INPUT = 2;
  /** The rule book did not compile or failed while running; each error is printed as file:line. */
  static final int RULE_BOOK = 3;
  /**
   * Anything else: a defect or an environment failure, running out of memory, or the process asked
   * to exit (a rule calling {@code System.exit}) before the result was printed.
   */
  static final int UNEXPECTED = 4;

  private ExitCodes() {}
}
