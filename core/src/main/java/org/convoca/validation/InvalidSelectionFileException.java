package org.convoca.validation;

import java.nio.file.Path;
import java.util.List;

/**
 * A published selection file that cannot be taken as a claim: it cannot be read, is not a JSON
 * array of ids nor a list of ids one per line, lists no id, or has ids that break the dossier's id
 * pattern or are listed twice. {@link #problems()} lists every problem found, each on one line.
 */
public final class InvalidSelectionFileException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The file, as given. */
  private final transient Path file;
  /** Every problem, each on one line. */
  private final List<String> problems;

  InvalidSelectionFileException(Path file, List<String> problems) {
    super(String.join(System.lineSeparator(), problems));
    this.file = file;
    this.problems = List.copyOf(problems);
  }

  /**
   * The file that was read, as given to {@link PublishedSelection#read(Path)}.
   *
   * @return the file
   */
  public Path file() {
    return file;
  }

  /**
   * Every problem, in the order found, each as {@code file: where: what}: {@code where} is
   * {@code line N} in a list of lines, {@code $[i]} in a JSON array, {@code line N, column C} for
   * JSON that does not parse, and absent for the file as a whole.
   *
   * @return the problems; never empty
   */
  public List<String> problems() {
    return problems;
  }
}
