package org.convoca.dossier;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.List;
import org.convoca.language.Language;
import org.convoca.language.Messages;

/**
 * What a dossier problem says, as data: the key of its sentence in the {@code problems} bundles and
 * the values put into it, so that it can be written in any language Convoca writes. An argument
 * that is itself a {@code ProblemText} (the name of a JSON type, a value cut short) is written in
 * the same language first. A text that comes whole from a library (Jackson's description of a
 * syntax error, a schema message Convoca does not word itself) is a {@link #literal}, the same in
 * every language.
 *
 * <p>Values from the dossier are put in as they are written there, already made safe to show by
 * {@link Shown}: they are never written again in the language's conventions, so that the author
 * finds them in the file as the message quotes them.
 *
 * @param key the sentence's key in {@code /org/convoca/dossier/problems.properties}, or empty for a
 *     literal, whose one argument is the text
 * @param arguments the values of the sentence's placeholders, in order: strings, whole numbers
 *     (counts and limits, written with the language's separators) and texts
 */
record ProblemText(String key, List<Object> arguments) {

  /** The bundles of every dossier problem, English at the root. */
  static final Messages PROBLEMS = Messages.load("/org/convoca/dossier/problems", ProblemText.class::getResourceAsStream);

  ProblemText {
    requireNonNull(key, "'key' must not be null");
    arguments = List.copyOf(arguments);
  }

  /** {@return the sentence {@code key} of the bundles with {@code arguments} in it} */
  static ProblemText of(String key, Object... arguments) {
    return new ProblemText(key, Arrays.asList(arguments));
  }

  /** {@return a text that is the same in every language: {@code text} as it is} */
  static ProblemText literal(String text) {
    return new ProblemText("", List.of(text));
  }

  /** {@return the text written in {@code language}} */
  String in(Language language) {
    if (key.isEmpty()) {
      return (String) arguments.get(0);
    }
    Object[] written = new Object[arguments.size()];
    for (int i = 0; i < written.length; i++) {
      Object argument = arguments.get(i);
      written[i] = argument instanceof ProblemText text ? text.in(language) : argument;
    }
    return PROBLEMS.format(language, key, written);
  }
}
