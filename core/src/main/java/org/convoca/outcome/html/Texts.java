package org.convoca.outcome.html;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.convoca.language.Language;
import org.convoca.language.Messages;
import org.convoca.language.Wording;
import org.convoca.value.Money;
import org.jspecify.annotations.Nullable;

/**
 * The page's words in one language: its headings, labels and fixed phrases from the {@code report}
 * bundles of this package ({@code report.properties}, {@code report_es.properties}), and its numbers,
 * money and dates as the language writes them ({@link Wording}). The views and the templates take
 * every text from here; the templates escape what they write, values put into a phrase included.
 */
final class Texts {

  private static final Messages MESSAGES = Messages.load("/org/convoca/outcome/html/report", Texts.class::getResourceAsStream);

  private final Language language;
  private final Wording wording;

  private Texts(Language language) {
    this.language = language;
    this.wording = Wording.in(language);
  }

  /** {@return the page's words in {@code language}} */
  static Texts in(Language language) {
    return new Texts(language);
  }

  /** {@return the family of bundles the page's words come from} */
  static Messages messages() {
    return MESSAGES;
  }

  /** {@return the page's language as its {@code lang} attribute gives it: a BCP 47 tag} */
  String lang() {
    return language.tag();
  }

  /** {@return the phrase of {@code key} with {@code args} in its placeholders} */
  String of(String key, @Nullable Object... args) {
    return MESSAGES.format(language, key, args);
  }

  /** {@return a count with the language's grouping: "1,530", "1.530"} */
  String count(long count) {
    return wording.number(count);
  }

  /** {@return points, totals or weights without trailing zeros, in the language's separators} */
  String number(BigDecimal value) {
    return wording.points(value);
  }

  /** {@return {@code value} with a "+" when it is positive} */
  String signed(BigDecimal value) {
    return (value.signum() > 0 ? "+" : "") + number(value);
  }

  /** {@return a figure to three decimals, as agreement is given: "0.667", "0,667"} */
  String three(double value) {
    return wording.number(BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_EVEN));
  }

  /** {@return money as the language writes it: "ARS 1,250,000", "ARS 1.250.000"} */
  String money(Money money) {
    return wording.money(money);
  }

  /** {@return a day as the language writes it: "September 30, 2021", "30 de septiembre de 2021"} */
  String date(LocalDate date) {
    return wording.date(date);
  }

  /** {@return {@code part} of {@code whole} as a percentage with one decimal; empty when the whole is zero} */
  String percent(BigDecimal part, BigDecimal whole) {
    return whole.signum() == 0 ? ""
        : of("percent", wording.number(part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_EVEN)));
  }

  /**
   * {@return an enum constant as the page names it, from the key {@code enum.SimpleName.CONSTANT}:
   * English shows the constant's name, as outcome.json does, other languages their word for it}
   */
  String constant(Enum<?> constant) {
    return of("enum." + constant.getDeclaringClass().getSimpleName() + "." + constant.name());
  }

  /** {@return {@code value} with at most two decimals, without trailing zeros, in the language's separators} */
  String decimal(double value) {
    return number(BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP));
  }

  /** {@return an axis tick's label: {@link #decimal}, with thousands, millions and billions shortened} */
  String tick(double value) {
    double size = Math.abs(value);
    return size >= 1e9 ? of("tick.billions", decimal(value / 1e9)) : size >= 1e6 ? of("tick.millions", decimal(value / 1e6))
        : size >= 1e4 ? of("tick.thousands", decimal(value / 1e3)) : decimal(value);
  }
}
