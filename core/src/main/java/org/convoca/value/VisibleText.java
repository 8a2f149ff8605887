package org.convoca.value;

/**
 * Text made safe to show: the characters that act on the terminal, spreadsheet or page showing a
 * text instead of being shown (C0 and C1 control characters such as ESC and the ANSI escapes it
 * starts, DEL, the bidirectional embeddings, overrides and isolates U+202A-U+202E and
 * U+2066-U+2069, the line and paragraph separators U+2028 and U+2029, and unpaired surrogates) are
 * written out as {@code \}{@code uXXXX}, so that a reader sees that they were there and nothing
 * else happens. The dossier reader refuses them in dossier text; this is for text that rules write
 * (sentences, labels, rule names), which no reader checks.
 */
public final class VisibleText {

  /**
   * Texts found to have nothing hidden lately, by their identity: a finding's rule name and most of
   * its sentences are the same {@code String} for thousands of findings, and reading each again
   * cost more than the sentence (issue 11). Shared between threads without a lock: a slot holds a
   * text that was read whole and found visible, or another, or nothing.
   */
  private static final String[] VISIBLE = new String[256];
  /** Texts shorter than this are read again: reading them costs about as much as the lookup. */
  private static final int REMEMBERED_LENGTH = 24;

  private VisibleText() {}

  /**
   * {@code text} with each character that acts instead of being shown written as
   * {@code \}{@code uXXXX}; the same string when there is none.
   *
   * @param text any text; not null
   * @return {@code text} with each character that acts instead of being shown written as {@code
   *     \}{@code uXXXX}; the same string when there is none
   */
  public static String of(String text) {
    boolean remembered = text.length() >= REMEMBERED_LENGTH;
    int slot = remembered ? System.identityHashCode(text) & (VISIBLE.length - 1) : 0;
    if (remembered && VISIBLE[slot] == text) {
      return text;
    }
    int first = firstHidden(text);
    if (first < 0) {
      if (remembered) {
        VISIBLE[slot] = text;
      }
      return text;
    }
    StringBuilder visible = new StringBuilder(text.length() + 12).append(text, 0, first);
    for (int i = first, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (acts(text, i)) {
        visible.append(String.format("\\u%04X", (int) c));
      } else {
        visible.append(c);
      }
    }
    return visible.toString();
  }

  /**
   * Whether the character at {@code i} of {@code text} acts on what shows it instead of being
   * shown: a control character (tabs and line breaks included), a bidirectional control, a line or
   * paragraph separator, or half a surrogate pair.
   *
   * @param text the text
   * @param i the index of the character in {@code text}
   * @return whether the character at {@code i} of {@code text} acts on what shows it instead of
   *     being shown: a control character (tabs and line breaks included), a bidirectional control,
   *     a line or paragraph separator, or half a surrogate pair
   */
  public static boolean acts(String text, int i) {
    char c = text.charAt(i);
    if (c >= 0x20 && c < 0x7F) {
      return false;
    }
    if (c <= 0x9F) {
      return true;
    }
    if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x2028 || c == 0x2029) {
      return true;
    }
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
    }
    return false;
  }

  private static int firstHidden(String text) {
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      // Printable ASCII is most of any text: decided here, without a call.
      if ((c < 0x20 || c >= 0x7F) && acts(text, i)) {
        return i;
      }
    }
    return -1;
  }
}
