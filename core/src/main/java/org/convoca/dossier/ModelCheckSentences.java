package org.convoca.dossier;

import org.convoca.dossier.internal.Sentence;
import java.text.MessageFormat;
import java.text.ParsePosition;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The sentences the model's own checks write when a part of a dossier is inconsistent ("'end'
 * (2021-01-31) must not be before 'start' (2021-06-01)"), so that a problem they find can be
 * written in another language.
 *
 * <p>The model's value types throw a plain exception with an English message (they are built by
 * Jackson, which passes nothing else on), so the message is matched against the English sentences
 * of the {@code check.*} keys of the problems bundles: a sentence matches when its pattern, filled
 * with the values read back from the message, gives the message again exactly. Then the problem
 * has that key and those values, and is written in any language; a message that no sentence
 * matches stays as it is, in English, in every language. A test binds each of the model's checks
 * that a dossier can break and asserts that its message is matched.
 */
final class ModelCheckSentences {

  /** The English pattern of each {@code check.*} key, compiled once. */
  private static final List<Map.Entry<String, MessageFormat>> SENTENCES = ProblemText.PROBLEMS.patterns("")
      .entrySet().stream().filter(e -> e.getKey().startsWith("check."))
      .map(e -> Map.entry(e.getKey(), new MessageFormat(e.getValue(), Locale.ROOT))).toList();

  private ModelCheckSentences() {}

  /** {@return the text of the model check's {@code message}: a sentence of the bundles when one matches, else the message itself} */
  static Sentence of(String message) {
    for (Map.Entry<String, MessageFormat> sentence : SENTENCES) {
      MessageFormat format = (MessageFormat) sentence.getValue().clone();
      ParsePosition position = new ParsePosition(0);
      Object[] values = format.parse(message, position);
      if (values != null && position.getIndex() == message.length() && format.format(values).equals(message)) {
        return ProblemText.of(sentence.getKey(), values);
      }
    }
    return ProblemText.literal(message);
  }
}
