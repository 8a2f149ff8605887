package org.convoca.rules.testing;

import static java.util.Objects.requireNonNull;

/**
 * One thing wrong with a golden case, found while reading its suite.
 *
 * @param file the file the problem is in, as the suite names it (relative to the suite's folder,
 *     such as {@code cocreation/case.json}); {@code .} is the suite's folder itself
 * @param path where in the file, as a JSON path such as {@code $.proposals['P-002'].rank}; empty
 *     when the problem is the file as a whole (missing, too large, a link)
 * @param message what is wrong, in a sentence for the case's author
 */
public record CaseProblem(String file, String path, String message) {

  /**
   * Checks that no part is missing.
   *
   * @param file the file the problem is in, relative to the suite's folder
   * @param path where in the file, as a JSON path; empty for the file as a whole
   * @param message what is wrong, in a sentence
   */
  public CaseProblem {
    requireNonNull(file, "'file' must not be null");
    requireNonNull(path, "'path' must not be null");
    requireNonNull(message, "'message' must not be null");
  }

  /** The problem as one line: {@code file: path: message}, or {@code file: message} without a path. */
  @Override
  public String toString() {
    return file + ": " + (path.isEmpty() ? "" : path + ": ") + message;
  }
}
