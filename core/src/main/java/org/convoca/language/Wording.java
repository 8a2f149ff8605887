package org.convoca.language;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.convoca.value.Money;
import org.jspecify.annotations.Nullable;

/**
 * How a language writes the values in its sentences: numbers with its decimal and grouping
 * separators ({@code 1,530,000.5} in English, {@code 1.530.000,5} in Spanish), money as the
 * currency's code and the amount ({@code ARS 1.530.000}), dates in words ({@code September 30, 2021},
 * {@code 30 de septiembre de 2021}), instants as their UTC date and time, enum constants in words
 * (from the {@code wording} bundle of this package, {@code GovernmentLevel.MUNICIPAL=municipal}) and
 * lists joined with "and" or "or". It never reads the JVM's default locale. Instances are
 * immutable and safe to share between threads.
 */
public final class Wording {

  private static final Messages WORDS = Messages.load("/org/convoca/language/wording", Wording.class::getResourceAsStream);
  private static final ConcurrentMap<Language, Wording> BY_LANGUAGE = new ConcurrentHashMap<>();

  private final Language language;
  private final DateTimeFormatter dates;
  private final DateTimeFormatter times;
  private final DateTimeFormatter seconds;
  /** The language's number format, never used itself, only copied: a format is not safe to share between threads. */
  private final DecimalFormat numbers;
  /** The number format {@code MessageFormat} writes a plain number argument with, only copied. */
  private final NumberFormat plainNumbers;
  /**
   * How the language writes a number's digits when its formats are plain (no prefix or suffix but
   * a minus sign, ASCII digits, groups of three): then numbers are written without a format, which
   * costs more to copy than to use; else null, and the formats write them. Both give the same text
   * (a test compares them in many languages).
   */
  private final @Nullable Digits digits;
  /**
   * The days, instants and sums of money written lately, a few hundred of each: a call's sentences
   * write the same window's days and the same ceiling again and again, and a day in words costs
   * more than the rest of its sentence (issue 11).
   */
  private final Recent days = new Recent();
  private final Recent instants = new Recent();
  private final Recent sums = new Recent();
  /**
   * Points written lately: a call's sentences write its parameters, its scale and a few hundred
   * jury figures again and again, each as a {@code BigDecimal} stripped of its trailing zeros,
   * which was an eighth of the allocation of the plain-Java reference's rules (issue 11).
   */
  private final Recent pointsWritten = new Recent();
  /** Each enum's constants in this language's words, by ordinal, worded once. */
  private final ClassValue<String[]> constantWords = new ClassValue<>() {
    @Override
    protected String[] computeValue(Class<?> type) {
      Object[] constants = type.getEnumConstants();
      String[] words = new String[constants.length];
      for (int i = 0; i < constants.length; i++) {
        words[i] = wordsOf((Enum<?>) constants[i]);
      }
      return words;
    }
  };

  private Wording(Language language) {
    this.language = language;
    this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale());
    this.times = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    this.seconds = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);
    this.numbers = (DecimalFormat) NumberFormat.getNumberInstance(language.locale());
    numbers.setGroupingUsed(true);
    numbers.setRoundingMode(RoundingMode.UNNECESSARY);
    this.plainNumbers = NumberFormat.getInstance(language.locale());
    this.digits = Digits.of(numbers, plainNumbers);
  }

  /**
   * {@return how {@code language} writes values}
   *
   * @param language the language
   */
  public static Wording in(Language language) {
    requireNonNull(language, "'language' must not be null");
    return BY_LANGUAGE.computeIfAbsent(language, Wording::new);
  }

  /** Whether the wording bundle has a bundle of {@code language}, so that Convoca writes in it. */
  static boolean speaks(Language language) {
    return WORDS.speaks(language);
  }

  /** {@return the language} */
  public Language language() {
    return language;
  }

  /**
   * {@return {@code number} with every digit of its scale, in the language's separators: 71.50 stays
   * "71.50" in English and becomes "71,50" in Spanish; 1530000 becomes "1,530,000" and "1.530.000"}
   *
   * @param number the number
   */
  public String number(BigDecimal number) {
    if (digits != null) {
      return digits.write(number);
    }
    DecimalFormat format = decimalFormat();
    int scale = Math.max(0, number.scale());
    format.setMinimumFractionDigits(scale);
    format.setMaximumFractionDigits(scale);
    return format.format(number.scale() < 0 ? number.setScale(0) : number);
  }

  /**
   * {@return {@code number} with its grouping separators: "1,530" in English, "1.530" in Spanish}
   *
   * @param number the number
   */
  public String number(long number) {
    if (digits != null) {
      return digits.write(number);
    }
    return decimalFormat().format(number);
  }

  /**
   * {@return points or a total without trailing zeros, in the language's separators: 2.50 becomes
   * "2.5" in English and "2,5" in Spanish, 3.00 becomes "3"}
   *
   * @param points the points
   */
  public String points(BigDecimal points) {
    String known = pointsWritten.get(points);
    return known != null ? known
        : pointsWritten.put(points, number(points.signum() == 0 ? BigDecimal.ZERO : points.stripTrailingZeros()));
  }

  /**
   * {@return money as its currency's code and its amount without trailing zeros: "ARS 1,530,000",
   * "ARS 1.530.000", "ARS 1,530,000.5"}
   *
   * @param money the money
   */
  public String money(Money money) {
    String known = sums.get(money);
    return known != null ? known : sums.put(money, moneyText(money));
  }

  private String moneyText(Money money) {
    return WORDS.format(language, "money", money.currency(), points(money.amount()));
  }

  /**
   * {@return a day in words: "September 30, 2021", "30 de septiembre de 2021"}
   *
   * @param date the day
   */
  public String date(LocalDate date) {
    String known = days.get(date);
    return known != null ? known : days.put(date, dates.format(date));
  }

  /**
   * {@return an instant as its day in words and its time in UTC: "September 30, 2021, 23:59 UTC", with
   * its seconds when they are not zero ("October 1, 2021, 02:59:59 UTC"), so that a window that
   * closes a second before a minute does not read as closing a minute early}
   *
   * @param instant the instant
   */
  public String instant(Instant instant) {
    String known = instants.get(instant);
    return known != null ? known : instants.put(instant, instantText(instant));
  }

  private String instantText(Instant instant) {
    OffsetDateTime utc = instant.atOffset(ZoneOffset.UTC);
    return WORDS.format(language, "instant", date(utc.toLocalDate()), (utc.getSecond() == 0 ? times : seconds).format(utc));
  }

  /**
   * {@return an enum constant in words, from the {@code wording} bundle's key
   * {@code SimpleName.CONSTANT}; a constant it lacks in plain lower-case words, as
   * {@code CIVIL_SOCIETY} becomes "civil society"}
   *
   * @param constant the constant
   */
  public String words(Enum<?> constant) {
    return constantWords.get(constant.getDeclaringClass())[constant.ordinal()];
  }

  private String wordsOf(Enum<?> constant) {
    String key = constant.getDeclaringClass().getSimpleName() + "." + constant.name();
    return WORDS.has(language, key)
        ? WORDS.format(language, key)
        : constant.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /**
   * {@return the values in words joined with commas and a final "or" ("provincial or municipal",
   * "a, b o c"); enum constants in their enum's order, other values in the order given}
   *
   * @param values the values, each written as {@link #text} writes it
   */
  public String either(Collection<?> values) {
    return join(values, "list.or");
  }

  /**
   * {@return the values in words joined with commas and a final "and"; enum constants in their
   * enum's order, other values in the order given}
   *
   * @param values the values, each written as {@link #text} writes it
   */
  public String all(Collection<?> values) {
    return join(values, "list.and");
  }

  /**
   * {@return {@code value} as this language writes it in a sentence} A {@code BigDecimal} keeps its
   * scale ({@link #number(BigDecimal)}); money, days, instants, enum constants and collections
   * ({@link #all}) are written as above; anything else as its {@code toString}, and null as "".
   *
   * @param value the value
   */
  public String text(@Nullable Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof BigDecimal number) {
      return number(number);
    }
    if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
      return number(((Number) value).longValue());
    }
    if (value instanceof Money money) {
      return money(money);
    }
    if (value instanceof LocalDate date) {
      return date(date);
    }
    if (value instanceof Instant instant) {
      return instant(instant);
    }
    if (value instanceof Enum<?> constant) {
      return words(constant);
    }
    if (value instanceof Collection<?> values) {
      return all(values);
    }
    return value.toString();
  }

  /**
   * {@return {@code value} ready for a {@link java.text.MessageFormat} pattern: a whole number stays
   * a number, so that a {@code choice} can count it and the pattern writes it with the language's
   * separators; anything else becomes {@link #text}}
   *
   * @param value the argument
   */
  public Object argument(@Nullable Object value) {
    if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
      return value;
    }
    return text(value);
  }

  private String join(Collection<?> values, String key) {
    List<Object> ordered = new ArrayList<>(values);
    if (!ordered.isEmpty() && ordered.stream().allMatch(v -> v instanceof Enum<?>)) {
      ordered.sort(Comparator.comparingInt(v -> ((Enum<?>) v).ordinal()));
    }
    List<String> words = ordered.stream().map(this::text).toList();
    if (words.size() <= 1) {
      return String.join("", words);
    }
    String head = words.get(0);
    for (String word : words.subList(1, words.size() - 1)) {
      head = WORDS.format(language, "list.more", head, word);
    }
    return WORDS.format(language, key, head, words.get(words.size() - 1));
  }

  /**
   * {@return {@code number} as {@code MessageFormat} writes a number argument that its pattern gives
   * no format, {@code NumberFormat.getInstance(locale)}, from a format made once and copied}
   */
  String plainNumber(Number number) {
    if (digits != null && (number instanceof Long || number instanceof Integer || number instanceof Short
        || number instanceof Byte)) {
      return digits.write(number.longValue());
    }
    return ((NumberFormat) plainNumbers.clone()).format(number);
  }

  /**
   * The texts of the values written lately, by their hash: a value finds its text in one slot, and
   * a value of the same slot written later takes the slot. A value's equality must mean the same
   * text. Shared between threads without a lock: each slot holds an immutable pair or nothing.
   */
  private static final class Recent {
    private static final int SLOTS = 512;
    private final Written[] slots = new Written[SLOTS];

    private record Written(Object value, String text) {}

    @Nullable String get(Object value) {
      Written written = slots[slot(value)];
      return written != null && written.value.equals(value) ? written.text : null;
    }

    String put(Object value, String text) {
      slots[slot(value)] = new Written(value, text);
      return text;
    }

    private static int slot(Object value) {
      int hash = value.hashCode();
      return (hash ^ (hash >>> 16)) & (SLOTS - 1);
    }
  }

  /**
   * A language's digits written by hand, as its plain {@code DecimalFormat}s write them: a minus
   * sign, the whole part in groups of three with the grouping separator, the decimal separator and
   * the fraction's digits. Made only for a language whose formats are that plain, and checked
   * against them on a few numbers when made.
   */
  private record Digits(char minus, char grouping, char decimal) {

    static @Nullable Digits of(DecimalFormat numbers, NumberFormat plain) {
      if (!(plain instanceof DecimalFormat plainDecimal) || !plainLayout(numbers) || !plainLayout(plainDecimal)
          || !numbers.getDecimalFormatSymbols().equals(plainDecimal.getDecimalFormatSymbols())) {
        return null;
      }
      DecimalFormatSymbols symbols = numbers.getDecimalFormatSymbols();
      Digits digits = new Digits(symbols.getMinusSign(), symbols.getGroupingSeparator(), symbols.getDecimalSeparator());
      long[] wholes = {0, 7, -7, 999, 1000, -1000, 12_345, 1_234_567, -987_654_321, Long.MAX_VALUE, Long.MIN_VALUE};
      for (long whole : wholes) {
        DecimalFormat copy = (DecimalFormat) numbers.clone();
        if (!digits.write(whole).equals(copy.format(whole))
            || !digits.write(whole).equals(((NumberFormat) plain.clone()).format(whole))) {
          return null;
        }
      }
      return digits;
    }

    private static boolean plainLayout(DecimalFormat format) {
      DecimalFormatSymbols symbols = format.getDecimalFormatSymbols();
      return format.getPositivePrefix().isEmpty() && format.getPositiveSuffix().isEmpty()
          && format.getNegativePrefix().equals(String.valueOf(symbols.getMinusSign()))
          && format.getNegativeSuffix().isEmpty() && symbols.getZeroDigit() == '0' && format.isGroupingUsed()
          && format.getGroupingSize() == 3 && format.getMultiplier() == 1 && format.getMinimumIntegerDigits() == 1
          && !format.isDecimalSeparatorAlwaysShown();
    }

    String write(long number) {
      String digits = Long.toString(number);
      return group(new StringBuilder(24), number < 0, digits, number < 0 ? 1 : 0, digits.length()).toString();
    }

    String write(BigDecimal number) {
      BigDecimal whole = number.scale() < 0 ? number.setScale(0) : number;
      String plain = whole.toPlainString();
      boolean negative = whole.signum() < 0;
      int start = plain.charAt(0) == '-' ? 1 : 0;
      int point = plain.indexOf('.');
      StringBuilder text = group(new StringBuilder(plain.length() + 8), negative, plain, start,
          point < 0 ? plain.length() : point);
      if (point >= 0) {
        text.append(decimal).append(plain, point + 1, plain.length());
      }
      return text.toString();
    }

    /** Writes the sign and the whole digits {@code plain[from, to)} in groups of three. */
    private StringBuilder group(StringBuilder text, boolean negative, String plain, int from, int to) {
      if (negative) {
        text.append(minus);
      }
      for (int i = from; i < to; i++) {
        text.append(plain.charAt(i));
        int left = to - i - 1;
        if (left > 0 && left % 3 == 0) {
          text.append(grouping);
        }
      }
      return text;
    }
  }

  /** {@return a number format of its own for the caller to set and use: a copy of the language's, which is costly to make} */
  private DecimalFormat decimalFormat() {
    return (DecimalFormat) numbers.clone();
  }
}
