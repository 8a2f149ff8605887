package org.convoca.dossier;

import org.convoca.dossier.internal.Sentence;
import java.util.Locale;
import java.util.Set;
import org.convoca.value.VisibleText;

/**
 * The characters dossier text must not hold, because they act on the terminal, spreadsheet or page
 * that shows the text instead of being shown: C0 and C1 control characters (NUL, BEL, ESC and the
 * ANSI escapes it starts, DEL...), the Unicode bidirectional embeddings, overrides and isolates
 * (U+202A-U+202E, U+2066-U+2069) that reorder what a reader sees, the line and paragraph separators
 * (U+2028, U+2029), and unpaired surrogates, which are not characters at all.
 *
 * <p>Prose fields ({@link #PROSE_FIELDS}) may also hold tabs and line breaks ({@code \n}, or
 * {@code \r\n}); no other field may, so a name, a title or an id is always one line.
 */
final class ControlCharacters {

  /**
   * The fields whose text is prose: descriptions, a proposal's summary, a juror's comment, an
   * override's or a milestone's reason, a report's narrative and a results assessment's reasoning.
   */
  static final Set<String> PROSE_FIELDS = Set.of("description", "summary", "comment", "reason", "narrative", "reasoning");

  private ControlCharacters() {}

  /** The index of the first character of {@code text} that is refused, or -1 when there is none. */
  static int firstRefused(String text, boolean prose) {
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      // Printable ASCII is most of any dossier: decided here, without a call.
      if ((c < 0x20 || c >= 0x7F) && isRefused(text, i, prose)) {
        return i;
      }
    }
    return -1;
  }

  /** Whether the character at {@code i} of {@code text} is refused. */
  static boolean isRefused(String text, int i, boolean prose) {
    char c = text.charAt(i);
    boolean proseBreak = c == '\t' || c == '\n' || (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n');
    return !(prose && proseBreak) && VisibleText.acts(text, i);
  }

  /**
   * The problem with the refused character at {@code i} of {@code text}, as a message. The character
   * is named by its Unicode name, which the JDK gives in English whatever the message's language.
   */
  static Sentence problem(String text, int i, boolean prose) {
    char c = text.charAt(i);
    String at = String.valueOf(i + 1);
    if (Character.isSurrogate(c)) {
      return ProblemText.of("control.surrogate", hex(c), at);
    }
    String name = Character.getName(c);
    // "LINE FEED (LF)" is shown as "line feed": the abbreviation adds nothing for a reader.
    String described = "U+" + hex(c) + (name == null ? "" : " (" + name.replaceAll(" \\(.*\\)", "").toLowerCase(Locale.ROOT) + ")");
    boolean breaks = !prose && (c == '\t' || c == '\n' || c == '\r');
    return ProblemText.of(breaks ? "control.lineBreak" : "control.character", described, at);
  }

  private static String hex(char c) {
    return String.format(Locale.ROOT, "%04X", (int) c);
  }
}
