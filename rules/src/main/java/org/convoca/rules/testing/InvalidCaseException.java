package org.convoca.rules.testing;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a suite of golden cases cannot be read: a case file that is not valid JSON, has an
 * unknown or mistyped field, names a proposal its dossier lacks, a base outside the suite, or a
 * dossier that the reader refuses. It carries every problem found in the suite, each with its
 * file and JSON path; {@link #getMessage()} lists them one per line.
 */
public final class InvalidCaseException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<CaseProblem> problems;

  /**
   * An exception carrying {@code problems}.
   *
   * @param problems every problem found, not empty
   * @throws IllegalArgumentException when {@code problems} is empty
   */
  public InvalidCaseException(List<CaseProblem> problems) {
    super(problems.stream().map(CaseProblem::toString).collect(Collectors.joining("\n")));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an invalid suite has at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  /** {@return every problem found, never empty, in the order of the cases' names} */
  public List<CaseProblem> problems() {
    return problems;
  }
}
