package org.convoca.cli;

import java.util.regex.Pattern;

/**
 * Dossier text on one terminal line. The reader already refuses the characters that act on a
 * terminal; prose fields (reasons, comments) may still hold line breaks and tabs, which would split
 * a line meant to be read, or parsed, as one.
 */
final class Terminal {

  private static final Pattern BREAKS = Pattern.compile("\\s*(\r\n|[\r\n\t])\\s*");

  private Terminal() {}

  /** {@code text} with every line break and tab, and the spaces around it, made one space. */
  static String line(String text) {
    return BREAKS.matcher(text).replaceAll(" ");
  }
}
