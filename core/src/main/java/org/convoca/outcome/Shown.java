package org.convoca.outcome;

import com.fasterxml.jackson.databind.JsonNode;
import org.convoca.value.VisibleText;

/** Text from a claimed outcome file, made short and safe to print on one line. */
final class Shown {

  /** The most characters of one value shown; a longer one is cut with an ellipsis. */
  static final int MAX_CHARS = 80;

  private Shown() {}

  /** {@return {@code node} as compact JSON, cut to {@value #MAX_CHARS} characters, with nothing that acts on a terminal} */
  static String value(JsonNode node) {
    return text(node.toString());
  }

  /** {@return {@code text} cut to {@value #MAX_CHARS} characters, with nothing that acts on a terminal} */
  static String text(String text) {
    return text(text, MAX_CHARS);
  }

  /** {@return {@code text} cut to {@code max} characters, with nothing that acts on a terminal} */
  static String text(String text, int max) {
    String cut = text.length() > max ? text.substring(0, max) + "…" : text;
    return VisibleText.of(cut);
  }

  /**
   * Jackson's message without the settings it names between backticks, which the user cannot act
   * on, and with anything but printable ASCII (such as a character it quotes from the file) as {@code ?}.
   */
  static String plain(String message) {
    return String.valueOf(message).replaceAll("\\s*\\(?[^()]*`[^`]*`[^()]*\\)?", "")
        .replaceAll("[^\\x20-\\x7E]", "?").strip();
  }
}
