package org.convoca.dossier;

import org.convoca.dossier.internal.Sentence;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Collects the problems of one reading, in the order they were found, without duplicates. */
final class Problems {

  private final List<DossierProblem> found = new ArrayList<>();
  private final Set<DossierProblem> seen = new HashSet<>();
  /** Every path that has a problem at it or below it, so that {@link #anyUnder} is a lookup. */
  private final Set<String> troubled = new HashSet<>();

  /** Adds the problem at {@code path} that the sentence {@code key} of the bundles says, with {@code arguments}. */
  void add(String path, String key, Object... arguments) {
    add(DossierProblem.at(path, ProblemText.of(key, arguments)));
  }

  void add(String path, Sentence text) {
    add(DossierProblem.at(path, text));
  }

  void add(DossierProblem problem) {
    if (seen.add(problem)) {
      found.add(problem);
      String path = problem.path();
      for (int i = 1; i < path.length(); i++) {
        if (path.charAt(i) == '.' || path.charAt(i) == '[') {
          troubled.add(path.substring(0, i));
        }
      }
      troubled.add(path);
    }
  }

  boolean isEmpty() {
    return found.isEmpty();
  }

  /** Whether a problem was found at {@code path} or inside it. */
  boolean anyUnder(String path) {
    return troubled.contains(path);
  }

  void throwIfAny() {
    if (!found.isEmpty()) {
      throw new InvalidDossierException(found);
    }
  }
}
