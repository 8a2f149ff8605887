package org.convoca.dossier;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown by {@link DossierReader} when a dossier has problems; it carries every problem found.
 *
 * <p>{@link #getMessage()} lists the problems one per line as {@code path: message}, in the order
 * they were found, and is meant to be shown as it is to the person who wrote the dossier.
 */
public final class InvalidDossierException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<DossierProblem> problems;

  /**
   * An exception carrying {@code problems}.
   *
   * @param problems every problem found, not empty
   * @throws IllegalArgumentException when {@code problems} is empty
   */
  public InvalidDossierException(List<DossierProblem> problems) {
    super(lines(problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an invalid dossier has at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  /** {@return every problem found, never empty, in the order they were found} */
  public List<DossierProblem> problems() {
    return problems;
  }

  private static String lines(List<DossierProblem> problems) {
    return problems.stream().map(DossierProblem::toString).collect(Collectors.joining("\n"));
  }
}
