package org.convoca.outcome.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.convoca.call.AggregationMethod;
import org.convoca.call.ConflictKind;
import org.convoca.call.Normalisation;
import org.convoca.call.TieBreakKind;
import org.convoca.government.GovernmentLevel;
import org.convoca.jury.agreement.Reading;
import org.convoca.language.Language;
import org.convoca.selection.DecisionKind;
import org.convoca.value.Money;
import org.junit.jupiter.api.Test;

/**
 * The page's words: the report bundles have the same keys and placeholders in every language, and
 * figures are written as the call's language writes them, whatever the machine's locale.
 */
class TextsTest {

  private final Texts english = Texts.in(Language.ENGLISH);
  private final Texts spanish = Texts.in(Language.SPANISH);

  @Test
  void everyBundleHasTheRootsKeysAndPlaceholders() {
    assertThat(Texts.messages().mismatches("")).isEmpty();
    assertThat(Texts.messages().mismatches("es")).isEmpty();
  }

  @Test
  void writesMoneySharesAndDaysInTheLanguagesConventions() {
    Money money = new Money(new BigDecimal("1250000.5"), "ARS");
    assertThat(english.money(money)).isEqualTo("ARS 1,250,000.5");
    assertThat(spanish.money(money)).isEqualTo("ARS 1.250.000,5");
    assertThat(english.percent(BigDecimal.ONE, new BigDecimal("3"))).isEqualTo("33.3%");
    assertThat(spanish.percent(BigDecimal.ONE, new BigDecimal("3"))).isEqualTo("33,3 %");
    assertThat(english.percent(BigDecimal.ONE, BigDecimal.ZERO)).isEmpty();
    assertThat(spanish.date(LocalDate.of(2021, 9, 30))).isEqualTo("30 de septiembre de 2021");
    assertThat(spanish.signed(new BigDecimal("2.50"))).isEqualTo("+2,5");
  }

  @Test
  void shortensTheAxissLargeTicksInEachLanguage() {
    assertThat(spanish.tick(20_000_000)).isEqualTo("20 M");
    assertThat(spanish.tick(2_500_000_000.0)).isEqualTo("2,5 mil M");
    assertThat(spanish.tick(40_000)).isEqualTo("40 mil");
    assertThat(spanish.tick(0.667)).isEqualTo("0,67");
    assertThat(spanish.tick(-0.001)).isEqualTo("0");
  }

  @Test
  void namesConstantsByTheirNameInEnglishAndInWordsInSpanish() {
    assertThat(english.constant(DecisionKind.SELECTED_BY_MERIT)).isEqualTo("SELECTED_BY_MERIT");
    assertThat(spanish.constant(DecisionKind.SELECTED_BY_MERIT)).isEqualTo("seleccionada por mérito");
    for (DecisionKind kind : DecisionKind.values()) {
      assertThat(spanish.constant(kind)).as(kind.name()).isNotEqualTo(kind.name());
    }
    for (Class<? extends Enum<?>> type : List.of(DecisionKind.class, GovernmentLevel.class, TieBreakKind.class,
        ConflictKind.class, AggregationMethod.class, Normalisation.class, Reading.class)) {
      for (Enum<?> constant : type.getEnumConstants()) {
        assertThat(english.constant(constant)).isEqualTo(constant.name());
        assertThat(spanish.constant(constant)).isNotBlank();
      }
    }
  }
}
