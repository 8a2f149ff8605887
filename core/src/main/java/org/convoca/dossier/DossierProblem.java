package org.convoca.dossier;

import org.convoca.dossier.internal.Sentence;
import static java.util.Objects.requireNonNull;

import java.util.Objects;
import org.convoca.dossier.internal.Json;
import org.convoca.language.Language;

/**
 * One thing wrong with a dossier, found while reading it: where it is, as a JSON path, and what is
 * wrong, in a sentence meant for the person who wrote the dossier. {@link #message()} says it in
 * English, as Convoca always has; {@link #message(Language)} in another language Convoca writes
 * (Spanish). The path, line and column are the same in every language. Instances are immutable and
 * compared by path, what they say, line and column.
 */
public final class DossierProblem {

  private final String path;
  private final Sentence text;
  private final String message;
  private final int line;
  private final int column;

  /**
   * A problem whose message is the same in every language.
   *
   * @param path where the problem is, as a JSON path from the document root such as
   *     {@code $.proposals[12].funding.requested.amount}; {@code $} is the whole document
   * @param message what is wrong, in a sentence meant for the person who wrote the dossier
   * @param line the line of the problem in the text, counted from 1, or 0 when unknown; only
   *     problems found while reading the text know their line: syntax errors, limits of {@link Json}
   *     and a byte that is not UTF-8
   * @param column the column of the problem in the line, counted from 1, or 0 when unknown
   * @throws NullPointerException when {@code path} or {@code message} is null
   */
  public DossierProblem(String path, String message, int line, int column) {
    this(path, ProblemText.literal(requireNonNull(message, "'message' must not be null")), line, column);
  }

  DossierProblem(String path, Sentence text, int line, int column) {
    this.path = requireNonNull(path, "'path' must not be null");
    this.text = requireNonNull(text, "'text' must not be null");
    this.message = text.in(Language.ENGLISH);
    this.line = line;
    this.column = column;
  }

  /**
   * {@return a problem at {@code path} whose place in the text is unknown, and whose message is the
   * same in every language}
   *
   * @param path where the problem is, as a JSON path such as {@code $.proposals[2].title}
   * @param message what is wrong, in a sentence
   */
  public static DossierProblem at(String path, String message) {
    return new DossierProblem(path, message, 0, 0);
  }

  /** {@return a problem at {@code path}, whose place in the text is unknown, that says {@code text}} */
  static DossierProblem at(String path, Sentence text) {
    return new DossierProblem(path, text, 0, 0);
  }

  /**
   * {@return where the problem is, as a JSON path from the document root such as
   * {@code $.proposals[12].funding.requested.amount}; {@code $} is the whole document}
   */
  public String path() {
    return path;
  }

  /** {@return what is wrong, in an English sentence meant for the person who wrote the dossier} */
  public String message() {
    return message;
  }

  /**
   * What is wrong, in {@code language}. Values quoted from the dossier are shown as they are written
   * there, in every language; the few words that come from a library (Jackson's description of a
   * syntax error, the name of a Unicode character) are English in every language.
   *
   * @param language the language to write in; one Convoca writes ({@link Language#isWritten()}),
   *     else the message is English
   * @return what is wrong, in a sentence in {@code language}
   */
  public String message(Language language) {
    requireNonNull(language, "'language' must not be null");
    return language.isEnglish() ? message : text.in(language);
  }

  /**
   * {@return the line of the problem in the text, counted from 1, or 0 when unknown; only problems
   * found while reading the text know their line: syntax errors, limits of {@link Json} and a byte
   * that is not UTF-8}
   */
  public int line() {
    return line;
  }

  /** {@return the column of the problem in the line, counted from 1, or 0 when unknown} */
  public int column() {
    return column;
  }

  /** {@return whether the problem knows its line and column in the text} */
  public boolean hasLocation() {
    return line > 0;
  }

  /**
   * {@return the problem as one line in {@code language}: {@code path: message}}
   *
   * @param language the language of the message
   */
  public String toString(Language language) {
    return path + ": " + message(language);
  }

  /** The problem as one line, in English: {@code path: message}. */
  @Override
  public String toString() {
    return path + ": " + message;
  }

  /** Whether {@code other} is a problem at the same path and place that says the same, with the same values. */
  @Override
  public boolean equals(Object other) {
    return other instanceof DossierProblem that && path.equals(that.path) && text.equals(that.text)
        && line == that.line && column == that.column;
  }

  /** A hash of the path, what the problem says, its line and its column. */
  @Override
  public int hashCode() {
    return Objects.hash(path, text, line, column);
  }
}
