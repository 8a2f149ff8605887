package org.convoca.cli;

import java.util.List;

/**
 * A failure caused by the user's input, reported as lines on standard error and an exit code,
 * never with a stack trace.
 */
final class UserError extends RuntimeException {

  private final int exitCode;
  private final List<String> lines;

  UserError(int exitCode, List<String> lines) {
    super(String.join(System.lineSeparator(), lines));
    this.exitCode = exitCode;
    this.lines = List.copyOf(lines);
  }

  static UserError invalidInput(String line) {
    return new UserError(ExitCodes.INVALID_INPUT, List.of(line));
  }

  int exitCode() {
    return exitCode;
  }

  List<String> lines() {
    return lines;
  }
}
