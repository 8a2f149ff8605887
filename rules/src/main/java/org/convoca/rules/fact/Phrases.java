package org.convoca.rules.fact;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.convoca.value.Money;
import org.jspecify.annotations.Nullable;

/**
 * Small helpers for a rule author's own literal sentences, the same on every machine and in every
 * locale. They write English, whatever the call's language, and plain figures ("ARS 1500000", "2.5"):
 * a rule whose sentence should follow the call's language writes it from message bundles with the
 * {@link Sentences} global instead, as the bundled books' rules do, and {@link Sentences} words
 * values ({@link Sentences#money}, {@link Sentences#points}, {@link Sentences#words}) as that
 * language writes them.
 */
public final class Phrases {

  /** Each enum's constants in words, by ordinal, worded once: rules word a constant for almost every finding. */
  private static final ClassValue<String[]> WORDS = new ClassValue<>() {
    @Override
    protected String[] computeValue(Class<?> type) {
      Object[] constants = type.getEnumConstants();
      String[] words = new String[constants.length];
      for (int i = 0; i < constants.length; i++) {
        words[i] = ((Enum<?>) constants[i]).name().toLowerCase(Locale.ROOT).replace('_', ' ');
      }
      return words;
    }
  };

  private Phrases() {}

  /**
   * {@return an enum constant in plain lower-case words: {@code CIVIL_SOCIETY} becomes "civil society"}
   *
   * @param constant the constant to word
   */
  public static String words(Enum<?> constant) {
    return WORDS.get(constant.getDeclaringClass())[constant.ordinal()];
  }

  /**
   * Enum constants in plain words, in the order their enum declares them, whatever the order of
   * {@code constants} (a call's list of levels is a set): "provincial or municipal", "a, b or c".
   *
   * @param constants the constants to word, in any order
   * @return the words joined with commas and a final "or"; empty when there are no constants
   */
  public static String words(Collection<? extends Enum<?>> constants) {
    List<String> words = constants.stream().sorted(Comparator.comparingInt(Enum::ordinal)).map(Phrases::words).toList();
    if (words.size() <= 1) {
      return String.join("", words);
    }
    return String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.get(words.size() - 1);
  }

  /**
   * {@return points without trailing zeros: 2.50 becomes "2.5", 3.00 becomes "3"}
   *
   * @param points the points to write
   */
  public static String points(BigDecimal points) {
    return points.signum() == 0 ? "0" : points.stripTrailingZeros().toPlainString();
  }

  /**
   * {@return an amount of money as currency code and plain amount: "ARS 1500000"}
   *
   * @param money the amount to write
   */
  public static String money(Money money) {
    return money.currency() + " " + money.amount().stripTrailingZeros().toPlainString();
  }

  /**
   * The reason a report gives for a milestone's status, as a sentence to append to another:
   * " Reason given: the decree was annulled." (a full stop added when the reason ends without one);
   * empty when the report gives none or a blank one.
   *
   * @param reason the reason, or null
   * @return the sentence, starting with a space; empty without a reason
   */
  public static String reason(@Nullable String reason) {
    if (reason == null || reason.isBlank()) {
      return "";
    }
    String text = reason.strip();
    return " Reason given: " + text + (text.endsWith(".") || text.endsWith("!") || text.endsWith("?") ? "" : ".");
  }
}
