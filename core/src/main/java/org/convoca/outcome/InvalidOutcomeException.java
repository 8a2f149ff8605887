package org.convoca.outcome;

import static java.util.Objects.requireNonNull;

import org.convoca.dossier.internal.Sentence;
import org.convoca.language.Language;
import org.convoca.language.Messages;

/**
 * A file given as a published outcome that is not one: it cannot be read, is not JSON, is not an
 * object, lacks a field every outcome has, or is in an outcome format this version does not read.
 * The message is one line, {@code source: where: what}, with nothing from the file that could act
 * on a terminal: {@link #getMessage()} in English, {@link #message(Language)} in another language
 * Convoca writes. The source and the JSON path are the same in every language.
 */
public final class InvalidOutcomeException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The sentences of the problems of a claimed outcome, English at the root. */
  static final Messages PROBLEMS = Messages.load("/org/convoca/outcome/claimed", InvalidOutcomeException.class::getResourceAsStream);

  /** The file or text the problem is in, as given. */
  private final String source;
  /** What is wrong; null only after the exception was deserialised, which keeps the English message. */
  private final transient Sentence what;

  InvalidOutcomeException(String source, Sentence what) {
    super(source + ": " + what.in(Language.ENGLISH));
    this.source = requireNonNull(source, "'source' must not be null");
    this.what = what;
  }

  /** {@return the sentence {@code key} of the claimed outcome's problems bundles with {@code arguments} in it} */
  static Sentence sentence(String key, Object... arguments) {
    return Sentence.of(PROBLEMS, key, arguments);
  }

  /**
   * The message in {@code language}: {@code source: where: what}, as {@link #getMessage()} says it
   * in English. Jackson's description of a syntax error and the system's reason a file cannot be
   * read are English in every language.
   *
   * @param language the language to write in; English when Convoca does not write it
   * @return the message, one line
   */
  public String message(Language language) {
    requireNonNull(language, "'language' must not be null");
    return what == null || language.isEnglish() ? String.valueOf(getMessage()) : source + ": " + what.in(language);
  }
}
