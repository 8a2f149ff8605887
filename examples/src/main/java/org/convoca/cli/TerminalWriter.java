package org.convoca.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.convoca.value.VisibleText;

/**
 * A writer in front of the command's standard output or error that lets nothing act on the
 * terminal: every character that {@link VisibleText} says acts instead of being shown (ESC and the
 * escape sequences it starts, other control characters, bidirectional overrides) is written as
 * {@code \}{@code uXXXX}, except the line feed, a carriage return before it, and the tab. The
 * command prints text it does not control — rule names and DRL excerpts from an untrusted rule
 * folder, file names, the words of a published selection — and each message need not escape it
 * alone.
 *
 * <p>Line ends that {@link #println()} writes go straight to the writer behind, and
 * {@link #checkError()} asks it, so that a failed write is still seen.
 */
final class TerminalWriter extends PrintWriter {

  private TerminalWriter(PrintWriter target) {
    super(target, true);
  }

  /** {@code target} behind a writer that shows what would act on the terminal. */
  static PrintWriter over(PrintWriter target) {
    return target instanceof TerminalWriter ? target : new TerminalWriter(target);
  }

  @Override
  public void write(int c) {
    if (c == '\n' || c == '\t' || c == '\r' || !VisibleText.acts(String.valueOf((char) c), 0)) {
      // A lone character cannot tell a carriage return before a line feed from one that is not,
      // nor half a surrogate pair from a broken one: PrintWriter and picocli write strings.
      super.write(c);
    } else {
      super.write(String.format(Locale.ROOT, "\\u%04X", c));
    }
  }

  @Override
  public void write(char[] buf, int off, int len) {
    write(new String(buf, off, len), 0, len);
  }

  @Override
  public void write(String s, int off, int len) {
    String part = s.substring(off, off + len);
    String shown = shown(part);
    super.write(shown, 0, shown.length());
  }

  /** {@code text} with every character that would act on a terminal written out, line ends and tabs kept. */
  static String shown(String text) {
    StringBuilder out = null;
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      boolean kept = c == '\n' || c == '\t' || (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n')
          || !VisibleText.acts(text, i);
      if (!kept && out == null) {
        out = new StringBuilder(n + 12).append(text, 0, i);
      }
      if (out != null) {
        if (kept) {
          out.append(c);
        } else {
          out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
        }
      }
    }
    return out == null ? text : out.toString();
  }
}
