package org.convoca.outcome.html;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
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

  private static final int MOST_PHRASES = 20_000;

  private final Language language;
  private final Wording wording;
  /**
   * Each number, count and constant as already written on this page: a page of ten thousand
   * proposals writes the same few hundred points, weights and scores hundreds of thousands of times,
   * and the language's number format is costly to make. A decimal is its own key, scale included, so
   * 2.5 and 2.50 are kept apart as the format keeps them. One page is written on one thread.
   */
  private final Map<BigDecimal, String> numbers = new HashMap<>();
  private final Map<Long, String> counts = new HashMap<>();
  private final Map<Enum<?>, String> constants = new HashMap<>();
  /**
   * Each phrase as already made, by its key and arguments (the arguments are texts, numbers and days,
   * which never change): most of a page's phrases repeat, such as a weight or a threshold met, and
   * making one looks up its bundle and formats its pattern. At most {@link #MOST_PHRASES} are kept.
   */
  private final Map<Phrase, String> phrases = new HashMap<>();
  /**
   * Each rule as already shown, by its name: the few dozen rules of a book give the checks and the
   * awards of every proposal, and each is shown with its title looked up and its text made visible.
   */
  private final Map<String, ProposalView.Rule> rules = new HashMap<>();

  private Texts(Language language) {
    this.language = language;
    this.wording = Wording.in(language);
  }

  /** {@return the page's words in {@code language}} */
  static Texts in(Language language) {
    return new Texts(language);
  }

  /** {@return the rule named {@code name} as shown on this page: made by {@code view} the first time it is asked for} */
  ProposalView.Rule rule(String name, Function<String, ProposalView.Rule> view) {
    ProposalView.Rule rule = rules.get(name);
    if (rule == null) {
      rule = view.apply(name);
      rules.put(name, rule);
    }
    return rule;
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
    @Nullable Object[] parts = new Object[args.length + 1];
    parts[0] = key;
    System.arraycopy(args, 0, parts, 1, args.length);
    Phrase phrase = new Phrase(parts);
    String made = phrases.get(phrase);
    if (made == null) {
      if (phrases.size() >= MOST_PHRASES) {
        phrases.clear();
      }
      made = MESSAGES.format(language, key, args);
      phrases.put(phrase, made);
    }
    return made;
  }

  /** {@return a count with the language's grouping: "1,530", "1.530"} */
  String count(long count) {
    return counts.computeIfAbsent(count, wording::number);
  }

  /** {@return points, totals or weights without trailing zeros, in the language's separators} */
  String number(BigDecimal value) {
    return numbers.computeIfAbsent(value, wording::points);
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
    return constants.computeIfAbsent(constant, c -> of("enum." + c.getDeclaringClass().getSimpleName() + "." + c.name()));
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

  /**
   * A phrase's key and arguments, as the key of {@link #phrases}. A list's hash code would do, but
   * its sum of products makes phrases of a few small numbers (points of 10, a weight, a count) fall
   * into the same buckets by the hundred, where each lookup then compares list after list: here each
   * part's hash is mixed before it is combined.
   */
  private static final class Phrase {

    private final @Nullable Object[] parts;
    private final int hash;

    Phrase(@Nullable Object[] parts) {
      this.parts = parts;
      int h = 0;
      for (@Nullable Object part : parts) {
        h = h * 31 + mixed(Objects.hashCode(part));
      }
      this.hash = h;
    }

    /** {@code h} with every bit of it spread over all the others: the finishing step of MurmurHash3. */
    private static int mixed(int h) {
      int m = (h ^ (h >>> 16)) * 0x85ebca6b;
      m = (m ^ (m >>> 13)) * 0xc2b2ae35;
      return m ^ (m >>> 16);
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Phrase that && hash == that.hash && Arrays.equals(parts, that.parts);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }
}
