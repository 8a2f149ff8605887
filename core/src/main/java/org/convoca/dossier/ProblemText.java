package org.convoca.dossier;

import org.convoca.dossier.internal.Sentence;
import org.convoca.language.Messages;

/**
 * The sentences of dossier problems: the family of bundles {@code /org/convoca/dossier/problems}
 * (English at the root) and a {@link Sentence} of it by key.
 */
final class ProblemText {

  /** The bundles of every dossier problem, English at the root. */
  static final Messages PROBLEMS = Messages.load("/org/convoca/dossier/problems", ProblemText.class::getResourceAsStream);

  private ProblemText() {}

  /** {@return the sentence {@code key} of the problems bundles with {@code arguments} in it} */
  static Sentence of(String key, Object... arguments) {
    return Sentence.of(PROBLEMS, key, arguments);
  }

  /** {@return a text that is the same in every language: {@code text} as it is} */
  static Sentence literal(String text) {
    return Sentence.literal(text);
  }
}
