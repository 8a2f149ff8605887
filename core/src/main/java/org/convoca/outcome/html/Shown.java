package org.convoca.outcome.html;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.regex.Pattern;
import org.convoca.proposal.ProposalId;
import org.convoca.value.Money;
import org.convoca.value.VisibleText;

/**
 * Text and numbers as the page shows them. Dossier and rule text is escaped by the templates; here
 * it is also kept on one line and anything in it that would act on a terminal (should someone
 * {@code cat} the file) is written out as {@code \}{@code uXXXX} ({@link VisibleText}). Numbers are
 * locale-independent, so the page is the same on every machine.
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

  /** {@return {@code value} without trailing zeros} */
  static String number(BigDecimal value) {
    return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
  }

  /** {@return {@code money} as {@code ARS 1,250,000}, grouped by thousands whatever the locale} */
  static String money(Money money) {
    DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
    format.setRoundingMode(RoundingMode.HALF_EVEN);
    return money.currency() + " " + format.format(money.amount());
  }

  /** {@return {@code part} of {@code whole} as a percentage with one decimal; empty when the whole is zero} */
  static String percent(BigDecimal part, BigDecimal whole) {
    return whole.signum() == 0 ? ""
        : part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_EVEN).toPlainString() + "%";
  }
}
