package org.convoca.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The checks of the shared values: money, date windows and time windows. */
class ValuesTest {

  @Test
  void moneyAcceptsZero() {
    assertThat(Money.of("0.00", "ARS").isPositive()).isFalse();
  }

  @Test
  void moneyRejectsANegativeAmount() {
    assertThatThrownBy(() -> Money.of(-1, "ARS")).hasMessage("'amount' must not be negative, was -1");
  }

  @Test
  void moneyRejectsACurrencyThatIsNotACode() {
    assertThatThrownBy(() -> Money.of(1, "pesos"))
        .hasMessage("'currency' must be an ISO 4217 code such as ARS, was 'pesos'");
  }

  @Test
  void moneyRejectsAMissingAmount() {
    assertThatThrownBy(() -> new Money(null, "ARS")).hasMessage("'amount' must not be null");
  }

  @Test
  void dateWindowAcceptsOneDay() {
    LocalDate day = LocalDate.of(2021, 6, 1);

    assertThat(new DateWindow(day, day).contains(day)).isTrue();
  }

  @Test
  void dateWindowRejectsAnEndBeforeItsStart() {
    assertThatThrownBy(() -> new DateWindow(LocalDate.of(2021, 6, 1), LocalDate.of(2021, 5, 31)))
        .hasMessage("'end' (2021-05-31) must not be before 'start' (2021-06-01)");
  }

  @Test
  void timeWindowAcceptsOneInstant() {
    Instant now = Instant.parse("2021-03-01T00:00:00Z");

    assertThat(new TimeWindow(now, now).contains(now)).isTrue();
  }

  @Test
  void timeWindowRejectsClosingBeforeOpening() {
    assertThatThrownBy(() -> new TimeWindow(Instant.parse("2021-03-01T00:00:00Z"), Instant.parse("2021-02-01T00:00:00Z")))
        .hasMessage("'closes' (2021-02-01T00:00:00Z) must not be before 'opens' (2021-03-01T00:00:00Z)");
  }

  @Test
  void moneyAddsAmountsOfOneCurrency() {
    assertThat(Money.of(1, "ARS").plus(Money.of("0.5", "ARS")).amount()).isEqualByComparingTo(new BigDecimal("1.5"));
  }
}
