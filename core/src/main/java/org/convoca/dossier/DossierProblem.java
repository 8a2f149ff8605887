package org.convoca.dossier;

import static java.util.Objects.requireNonNull;

import org.convoca.dossier.internal.Json;

/**
 * One thing wrong with a dossier, found while reading it.
 *
 * @param path where the problem is, as a JSON path from the document root such as
 *     {@code $.proposals[12].funding.requested.amount}; {@code $} is the whole document
 * @param message what is wrong, in a sentence meant for the person who wrote the dossier
 * @param line the line of the problem in the text, counted from 1, or 0 when unknown; only
 *     problems found while reading the text know their line: syntax errors, limits of {@link Json}
 *     and a byte that is not UTF-8
 * @param column the column of the problem in the line, counted from 1, or 0 when unknown
 */
public record DossierProblem(String path, String message, int line, int column) {

  /**
   * Checks that path and message are present.
   *
   * @param path where the problem is, as a JSON path from the document root such as
   *     {@code $.proposals[12].funding.requested.amount}; {@code $} is the whole document
   * @param message what is wrong, in a sentence meant for the person who wrote the dossier
   * @param line the line of the problem in the text, counted from 1, or 0 when unknown; only
   *     problems found while reading the text know their line: syntax errors, limits of {@link Json}
   *     and a byte that is not UTF-8
   * @param column the column of the problem in the line, counted from 1, or 0 when unknown
   */
  public DossierProblem {
    requireNonNull(path, "'path' must not be null");
    requireNonNull(message, "'message' must not be null");
  }

  /**
   * {@return a problem at {@code path} whose place in the text is unknown}
   *
   * @param path where the problem is, as a JSON path such as {@code $.proposals[2].title}
   * @param message what is wrong, in a sentence
   */
  public static DossierProblem at(String path, String message) {
    return new DossierProblem(path, message, 0, 0);
  }

  /** {@return whether the problem knows its line and column in the text} */
  public boolean hasLocation() {
    return line > 0;
  }

  /** The problem as one line: {@code path: message}. */
  @Override
  public String toString() {
    return path + ": " + message;
  }
}
