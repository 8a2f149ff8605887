package org.convoca.outcome;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.convoca.language.Language;
import org.convoca.language.Messages;
import org.convoca.language.Wording;
import org.convoca.value.Money;
import org.jspecify.annotations.Nullable;

/**
 * The words of one report in one language: its own family of bundles for headings, labels and
 * fixed phrases, the shared {@code labels} family for the enum constants and rule titles reports
 * show, and the language's {@link Wording} for numbers, money and dates. The values put into a
 * phrase are the caller's to escape, before they go in: the phrases themselves are ours.
 */
final class ReportText {

  /** Enum constants as reports show them, and how a rule with a title is shown; shared by every report. */
  static final Messages LABELS = load("labels");

  private final Messages family;
  private final Language language;
  private final Wording wording;

  private ReportText(Messages family, Language language) {
    this.family = family;
    this.language = language;
    this.wording = Wording.in(language);
  }

  /** {@return the family {@code /org/convoca/outcome/<name>}, read from this module} */
  static Messages load(String name) {
    return Messages.load("/org/convoca/outcome/" + name, ReportText.class::getResourceAsStream);
  }

  /** {@return the words of the report whose phrases are {@code family}, in {@code language}} */
  static ReportText of(Messages family, Language language) {
    return new ReportText(family, language);
  }

  /** {@return the language written in} */
  Language language() {
    return language;
  }

  /** {@return the phrase {@code key} of the report's family with {@code args} in it} */
  String say(String key, @Nullable Object... args) {
    return family.format(language, key, args);
  }

  /** {@return {@code constant} as reports show it: its name in English, words in other languages} */
  String label(Enum<?> constant) {
    return LABELS.format(language, constant.getDeclaringClass().getSimpleName() + "." + constant.name());
  }

  /**
   * {@return a rule where it stands as a label: its name, or its title with its name beside it as
   * the rule's identifier} Both pass through {@code escape} first.
   */
  String rule(String name, Optional<String> title, UnaryOperator<String> escape) {
    return title.map(t -> LABELS.format(language, "rule.titled", escape.apply(t), escape.apply(name)))
        .orElseGet(() -> escape.apply(name));
  }

  /**
   * {@return a rule cited in parentheses after a sentence: its name, or its title and its name}
   * Both pass through {@code escape} first.
   */
  String cited(String name, Optional<String> title, UnaryOperator<String> escape) {
    return title.map(t -> LABELS.format(language, "rule.cited.titled", escape.apply(t), escape.apply(name)))
        .orElseGet(() -> escape.apply(name));
  }

  /** {@return a number with every digit of its scale, in the language's separators} */
  String number(BigDecimal value) {
    return wording.number(value);
  }

  /** {@return a whole number in the language's separators} */
  String number(long value) {
    return wording.number(value);
  }

  /** {@return points without trailing zeros, in the language's separators} */
  String points(BigDecimal value) {
    return wording.points(value);
  }

  /** {@return money as the language writes it} */
  String money(Money money) {
    return wording.money(money);
  }

  /** {@return a day in words} */
  String date(LocalDate date) {
    return wording.date(date);
  }
}
