package org.convoca.dossier;

import java.util.List;

/**
 * Thrown by {@link CallChanges} when settings cannot be applied: each problem is one line that
 * starts with the setting it comes from as given ({@code jury.weight=abc: ...}), and a problem that
 * the dossier's checks found says its JSON path.
 */
public final class InvalidCallChangeException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<String> problems;

  /**
   * An exception carrying {@code problems}.
   *
   * @param problems every problem found, not empty, each starting with its setting
   * @throws IllegalArgumentException when {@code problems} is empty
   */
  public InvalidCallChangeException(List<String> problems) {
    super(String.join("\n", problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an invalid change has at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  /** {@return every problem, never empty, in the order of the settings} */
  public List<String> problems() {
    return problems;
  }
}
