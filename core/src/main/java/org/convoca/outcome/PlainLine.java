package org.convoca.outcome;

import java.util.regex.Pattern;
import org.convoca.value.VisibleText;

/**
 * Text from a dossier or a rule book as one line of plain text, safe to print on a terminal. The
 * dossier reader refuses control characters except the tabs and line breaks of prose (reasons,
 * comments), but a dossier built in code and the sentences rules write are checked by no reader; a
 * line break could still start a line that looks like the explanation's own. So tabs and line
 * breaks become spaces, and anything else that would act on a terminal is written visibly
 * ({@link VisibleText}).
 */
final class PlainLine {

  private static final Pattern BREAKS = Pattern.compile("\r\n|[\r\n\t]");

  private PlainLine() {}

  /** {@return {@code text} on one line, with nothing in it that acts on a terminal} */
  static String of(Object text) {
    return VisibleText.of(BREAKS.matcher(String.valueOf(text)).replaceAll(" "));
  }
}
