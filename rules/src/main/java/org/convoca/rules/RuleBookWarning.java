package org.convoca.rules;

import static java.util.Objects.requireNonNull;

/**
 * Something in a rule book's folders that compiles but is likely not what its author meant: a file
 * that replaces another with fewer rules or holds none, a file that is not read, findings inserted
 * by post-selection rules. {@link RuleBook#warnings()} lists them; the command line prints them on
 * standard error and {@link Convoca#decide} records them in the outcome's notes.
 *
 * @param file the file or folder entry it is about, as a path (or a bundled file's name)
 * @param message what is wrong and what follows from it, in a sentence
 */
public record RuleBookWarning(String file, String message) {

  /**
   * Checks that no part is missing.
   *
   * @param file the file or folder entry it is about, as a path (or a bundled file's name)
   * @param message what is wrong and what follows from it, in a sentence
   */
  public RuleBookWarning {
    requireNonNull(file, "'file' must not be null");
    requireNonNull(message, "'message' must not be null");
  }

  /** The warning on one line: {@code file: message}. */
  @Override
  public String toString() {
    return file + ": " + message;
  }
}
