package org.convoca.rules;

import static java.util.Objects.requireNonNull;

/**
 * One problem of a rule book that could not be built.
 *
 * @param file where it is: the DRL file's path (or classpath origin), or a folder; empty when the
 *     problem is with no file in particular (a rule book with no file at all)
 * @param line the line in that file, from 1; 0 when the problem has no line (an unreadable folder)
 * @param message what is wrong, on one line
 */
public record RuleProblem(String file, int line, String message) {

  /**
   * Checks that no part is missing and that the line is not negative.
   *
   * @param file where it is: the DRL file's path (or classpath origin), or a folder; empty when the
   *     problem is with no file in particular (a rule book with no file at all)
   * @param line the line in that file, from 1; 0 when the problem has no line (an unreadable folder)
   * @param message what is wrong, on one line
   */
  public RuleProblem {
    requireNonNull(file, "'file' must not be null");
    requireNonNull(message, "'message' must not be null");
    if (line < 0) {
      throw new IllegalArgumentException("'line' must not be negative, was " + line);
    }
  }

  /** The problem as {@code file:line: message}, as compilers print them; only the message when there is no file. */
  @Override
  public String toString() {
    return file.isEmpty() ? message : file + ":" + line + ": " + message;
  }
}
