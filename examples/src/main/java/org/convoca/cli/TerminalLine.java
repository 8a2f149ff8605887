package org.convoca.cli;

import java.util.regex.Pattern;
import org.convoca.value.VisibleText;

/**
 * Dossier text as one line on a terminal. The dossier reader refuses control characters except the
 * tabs and line breaks of prose (reasons, comments); a reason printed as is could still start a
 * line that looks like the command's own. So tabs and line breaks become spaces, and anything else
 * that would act on the terminal is written visibly ({@link VisibleText}).
 */
final class TerminalLine {

  private static final Pattern BREAKS = Pattern.compile("\r\n|[\r\n\t]");

  private TerminalLine() {}

  /** {@code text} on one line, with nothing in it that acts on the terminal; never null. */
  static String of(String text) {
    return VisibleText.of(BREAKS.matcher(text).replaceAll(" "));
  }
}
