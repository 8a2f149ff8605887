package org.convoca.dossier;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one reading, in the order they were found, without duplicates. */
final class Problems {

  private final List<DossierProblem> found = new ArrayList<>();

  void add(String path, String message) {
    add(DossierProblem.at(path, message));
  }

  void add(DossierProblem problem) {
    if (!found.contains(problem)) {
      found.add(problem);
    }
  }

  boolean isEmpty() {
    return found.isEmpty();
  }

  boolean anyUnder(String path) {
    return found.stream().anyMatch(p -> p.path().equals(path)
        || p.path().startsWith(path + ".") || p.path().startsWith(path + "["));
  }

  void throwIfAny() {
    if (!found.isEmpty()) {
      throw new InvalidDossierException(found);
    }
  }

  List<DossierProblem> asList() {
    return List.copyOf(found);
  }
}
