package org.convoca.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.convoca.government.GovernmentLevel;
import org.convoca.value.Money;
import org.junit.jupiter.api.Test;

import static org.convoca.sample.Theories.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

class WordingTest {

  private final Wording english = Wording.in(Language.ENGLISH);
  private final Wording spanish = Wording.in(Language.SPANISH);

  @Test
  void writesMoneyWithTheLanguagesGroupingSeparator() {
    assertThat(spanish.money(Money.of("1530000.00", "ARS"))).isEqualTo("ARS 1.530.000");
    assertThat(english.money(Money.of("1530000.00", "ARS"))).isEqualTo("ARS 1,530,000");
    assertThat(spanish.money(Money.of("1530000.50", "ARS"))).isEqualTo("ARS 1.530.000,5");
  }

  @Test
  void writesDaysInWords() {
    assertThat(spanish.date(LocalDate.of(2021, 9, 30))).isEqualTo("30 de septiembre de 2021");
    assertThat(english.date(LocalDate.of(2021, 9, 30))).isEqualTo("September 30, 2021");
    assertThat(Wording.in(Language.of("es-AR")).date(LocalDate.of(2021, 9, 30))).isEqualTo("30 de septiembre de 2021");
  }

  @Test
  void writesInstantsAsTheirDayAndTimeInUtc() {
    Instant closing = Instant.parse("2021-09-30T23:59:00Z");
    assertThat(spanish.instant(closing)).isEqualTo("30 de septiembre de 2021, 23:59 UTC");
    assertThat(english.instant(closing)).isEqualTo("September 30, 2021, 23:59 UTC");
    assertThat(spanish.instant(Instant.parse("2021-10-01T02:59:59.500Z"))).isEqualTo("1 de octubre de 2021, 02:59:59 UTC");
  }

  @Test
  void keepsEveryDigitOfANumbersScaleAndDropsTrailingZerosOfPoints() {
    assertThat(spanish.number(new BigDecimal("71.50"))).isEqualTo("71,50");
    assertThat(english.number(new BigDecimal("1234.567"))).isEqualTo("1,234.567");
    assertThat(spanish.points(new BigDecimal("2.50"))).isEqualTo("2,5");
    assertThat(english.points(new BigDecimal("3.00"))).isEqualTo("3");
    assertThat(english.points(new BigDecimal("0.000"))).isEqualTo("0");
    assertThat(english.number(new BigDecimal("1E+3"))).isEqualTo("1,000");
  }

  @Test
  void joinsListsWithTheLanguagesConjunctionAndEnumsInTheirOrder() {
    List<GovernmentLevel> levels = List.of(GovernmentLevel.MUNICIPAL, GovernmentLevel.PROVINCIAL);
    assertThat(english.either(levels)).isEqualTo("provincial or municipal");
    assertThat(spanish.either(levels)).isEqualTo("provincial o municipal");
    assertThat(spanish.all(List.of("a", "b", "c"))).isEqualTo("a, b y c");
    assertThat(english.all(List.of("a"))).isEqualTo("a");
    assertThat(english.all(List.of())).isEmpty();
  }

  @Test
  void namesEnumConstantsInTheLanguage() {
    assertThat(spanish.words(GovernmentLevel.NATIONAL)).isEqualTo("nacional");
    assertThat(english.words(GovernmentLevel.NATIONAL)).isEqualTo("national");
    assertThat(english.words(Locale.Category.DISPLAY)).as("a constant without a word").isEqualTo("display");
  }

  @Test
  void doesNotDependOnTheDefaultLocale() {
    Locale before = Locale.getDefault();
    try {
      for (String tag : List.of("tr-TR", "de-DE", "ar-EG")) {
        Locale.setDefault(Locale.forLanguageTag(tag));
        assertThat(Wording.in(Language.ENGLISH).money(Money.of("1530000.5", "ARS"))).isEqualTo("ARS 1,530,000.5");
        assertThat(Wording.in(Language.ENGLISH).words(GovernmentLevel.PROVINCIAL)).isEqualTo("provincial");
        assertThat(Wording.in(Language.SPANISH).date(LocalDate.of(2021, 9, 30))).isEqualTo("30 de septiembre de 2021");
      }
    } finally {
      Locale.setDefault(before);
    }
  }

  /** Languages whose number formats differ: separators, a narrow space, other digits, Indian grouping. */
  private static final List<Language> NUMBER_LANGUAGES = List.of(Language.ENGLISH, Language.SPANISH, Language.of("es-AR"),
      Language.of("de"), Language.of("fr"), Language.of("de-CH"), Language.of("pt-BR"), Language.of("hi-IN"),
      Language.of("ar-EG"), Language.of("fa"), Language.of("bn"), Language.of("sv"), Language.of("en-IN"));

  @Test
  void writesNumbersAsAFreshDecimalFormatWouldInManyLanguages() {
    qt(600).forAll(longs().all(), integers().between(-3, 12), integers().between(0, NUMBER_LANGUAGES.size() - 1))
        .checkAssert((unscaled, scale, which) -> {
          Language language = NUMBER_LANGUAGES.get(which);
          Wording wording = Wording.in(language);
          BigDecimal number = BigDecimal.valueOf(unscaled, scale);
          DecimalFormat decimal = (DecimalFormat) NumberFormat.getNumberInstance(language.locale());
          decimal.setGroupingUsed(true);
          decimal.setRoundingMode(RoundingMode.UNNECESSARY);
          decimal.setMinimumFractionDigits(Math.max(0, scale));
          decimal.setMaximumFractionDigits(Math.max(0, scale));
          assertThat(wording.number(number)).as("%s in %s", number, language)
              .isEqualTo(decimal.format(scale < 0 ? number.setScale(0) : number));
          DecimalFormat whole = (DecimalFormat) NumberFormat.getNumberInstance(language.locale());
          whole.setGroupingUsed(true);
          whole.setRoundingMode(RoundingMode.UNNECESSARY);
          assertThat(wording.number(unscaled)).as("%d in %s", unscaled, language).isEqualTo(whole.format(unscaled));
          NumberFormat plain = NumberFormat.getInstance(language.locale());
          assertThat(wording.plainNumber(unscaled)).isEqualTo(plain.format(unscaled));
          assertThat(wording.plainNumber((int) (long) unscaled)).isEqualTo(plain.format((int) (long) unscaled));
          assertThat(wording.plainNumber(unscaled / 3.0)).as("a fraction").isEqualTo(plain.format(unscaled / 3.0));
        });
  }

  @Test
  void writesARememberedValueAsItWroteItFirst() {
    // Values that share a slot of what is remembered, and values written again, each keep their own text.
    qt(300).forAll(integers().between(-20_000, 60_000), longs().between(0, 4_000_000_000L), integers().between(0, 3))
        .checkAssert((day, second, which) -> {
          Language language = NUMBER_LANGUAGES.get(which);
          Wording wording = Wording.in(language);
          LocalDate date = LocalDate.ofEpochDay(day);
          String expectedDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale()).format(date);
          assertThat(wording.date(date)).isEqualTo(expectedDate);
          assertThat(wording.date(LocalDate.ofEpochDay(day + 512))).isNotEqualTo(expectedDate);
          assertThat(wording.date(LocalDate.ofEpochDay(day))).isEqualTo(expectedDate);
          Instant instant = Instant.ofEpochSecond(second);
          String first = wording.instant(instant);
          assertThat(first).startsWith(wording.date(LocalDate.ofInstant(instant, ZoneOffset.UTC)));
          wording.instant(instant.plusSeconds(1));
          assertThat(wording.instant(Instant.ofEpochSecond(second))).isEqualTo(first);
          Money money = new Money(BigDecimal.valueOf(second, which), "ARS");
          Money other = new Money(BigDecimal.valueOf(second, which), "USD");
          assertThat(wording.money(money)).isEqualTo("ARS " + wording.points(money.amount()));
          assertThat(wording.money(other)).isEqualTo("USD " + wording.points(money.amount()));
          assertThat(wording.money(new Money(BigDecimal.valueOf(second, which), "ARS"))).isEqualTo("ARS " + wording.points(money.amount()));
        });
  }

  @Test
  void pointsWrittenAgainOrAfterOthersAreWrittenAsTheFirstTime() {
    // The points remembered are found by the decimal's equality, scale included: 2.50 and 2.5
    // write the same words, and a slot shared with another decimal gives that one's own.
    qt(300).forAll(longs().between(-5_000_000, 5_000_000), integers().between(0, 4), integers().between(0, 3))
        .checkAssert((unscaled, scale, which) -> {
          Wording wording = Wording.in(NUMBER_LANGUAGES.get(which));
          BigDecimal points = BigDecimal.valueOf(unscaled, scale);
          String expected = wording.number(points.signum() == 0 ? BigDecimal.ZERO : points.stripTrailingZeros());
          assertThat(wording.points(points)).isEqualTo(expected);
          assertThat(wording.points(points.setScale(scale + 1))).isEqualTo(expected);
          wording.points(BigDecimal.valueOf(unscaled + 1, scale));
          assertThat(wording.points(BigDecimal.valueOf(unscaled, scale))).isEqualTo(expected);
        });
  }
}
