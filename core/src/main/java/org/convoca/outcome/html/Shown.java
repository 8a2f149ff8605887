package org.convoca.outcome.html;

import java.util.Locale;
import java.util.regex.Pattern;
import org.convoca.proposal.ProposalId;
import org.convoca.value.VisibleText;

/**
 * Dossier and rule text as the page shows it, and each proposal's anchor. The templates escape the
 * text; here it is also kept on one line and anything in it that would act on a terminal (should
 * someone {@code cat} the file) is written out as {@code \}{@code uXXXX} ({@link VisibleText}).
 * Numbers, money and dates are written by {@link Texts}, in the call's language whatever the
 * machine's locale.
 */
final class Shown {

  private static final Pattern BREAKS = Pattern.compile("\r\n|[\r\n\t]");
  /** What the dossier schema allows in an id: such an id is its own anchor. */
  private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  private Shown() {}

  /** {@return {@code text} on one line, with nothing in it that acts instead of being shown} */
  static String text(Object text) {
    String value = String.valueOf(text);
    return VisibleText.of(hasBreak(value) ? BREAKS.matcher(value).replaceAll(" ") : value);
  }

  /** Whether {@code text} holds a line break or a tab: most text holds none, and needs no pattern run over it. */
  private static boolean hasBreak(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r' || c == '\n' || c == '\t') {
        return true;
      }
    }
    return false;
  }

  /**
   * {@return the page anchor of {@code id}: the id itself when it is what the dossier schema allows
   * (letters, digits, '.', '_', '-', starting with a letter or a digit), so that
   * {@code report.html#P-042} works; otherwise {@code _p-} and the hex of its UTF-8 bytes, which is
   * unique and cannot clash with a schema id or with the page's own anchors (which start with '_')}
   */
  static String anchor(ProposalId id) {
    String value = id.value();
    if (SAFE_ID.matcher(value).matches()) {
      return value;
    }
    StringBuilder hex = new StringBuilder("_p-");
    for (byte b : value.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      hex.append(String.format(Locale.ROOT, "%02x", b));
    }
    return hex.toString();
  }
}
