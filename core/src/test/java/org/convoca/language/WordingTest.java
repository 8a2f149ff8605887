package org.convoca.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.convoca.government.GovernmentLevel;
import org.convoca.value.Money;
import org.junit.jupiter.api.Test;

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
}
