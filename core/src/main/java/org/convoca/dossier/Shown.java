package org.convoca.dossier;

import org.convoca.dossier.internal.Sentence;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A user's value as a message shows it: short, and unable to act on the terminal or page that
 * displays it. Long values are cut, control characters are written as {@code \\u001B}.
 */
final class Shown {

  /** Most characters of a user's string that a message shows. */
  static final int MAX_TEXT = 60;
  /** Most characters of a user's number that a message shows. */
  static final int MAX_NUMBER = 24;

  private Shown() {}

  /**
   * {@code text} quoted, cut after {@value #MAX_TEXT} characters, with control characters escaped;
   * a text cut short says how long it was, in the language of the message.
   */
  static Sentence text(String text) {
    return text.length() <= MAX_TEXT ? ProblemText.literal("'" + safe(text) + "'")
        : ProblemText.of("shown.cutText", safe(head(text, MAX_TEXT)), text.length());
  }

  /** A value of a dossier tree: a string as {@link #text}, a number or anything else cut short. */
  static Sentence value(JsonNode value) {
    if (value.isTextual()) {
      return text(value.asText());
    }
    String written = value.toString();
    return written.length() <= MAX_NUMBER ? ProblemText.literal(safe(written))
        : ProblemText.of("shown.cut", safe(head(written, MAX_NUMBER)), written.length());
  }

  /** {@code text} with every character {@link ControlCharacters} refuses written as an escape. */
  static String safe(String text) {
    if (ControlCharacters.firstRefused(text, false) < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (ControlCharacters.isRefused(text, i, false)) {
        out.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** The first {@code max} characters of {@code text}, one fewer when the last would be half a pair. */
  private static String head(String text, int max) {
    int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
    return text.substring(0, end);
  }
}
