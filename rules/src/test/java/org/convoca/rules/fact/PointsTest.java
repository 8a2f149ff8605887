package org.convoca.rules.fact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.convoca.sample.Theories.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

/** Shares of a maximum, which are remembered lately, are those worked out afresh. */
class PointsTest {

  @Test
  void aShareAskedAgainOrAfterOthersIsTheShareWorkedOutAfresh() {
    qt(500).forAll(longs().between(0, 100_000), integers().between(0, 3), integers().between(0, 12), integers().between(1, 12))
        .checkAssert((unscaled, scale, numerator, denominator) -> {
          BigDecimal max = BigDecimal.valueOf(unscaled, scale);
          BigDecimal expected = max.multiply(BigDecimal.valueOf(numerator))
              .divide(BigDecimal.valueOf(denominator), Points.SCALE, RoundingMode.HALF_UP);
          assertThat(Points.share(max, numerator, denominator)).isEqualTo(expected);
          Points.share(max.add(BigDecimal.ONE), numerator, denominator);
          Points.share(max, numerator + 1, denominator);
          assertThat(Points.share(new BigDecimal(max.toString()), numerator, denominator)).isEqualTo(expected);
          assertThat(Points.share(max, numerator, denominator + 1)).isEqualTo(max.multiply(BigDecimal.valueOf(numerator))
              .divide(BigDecimal.valueOf(denominator + 1), Points.SCALE, RoundingMode.HALF_UP));
        });
  }

  @Test
  void aShareOfNoPartsIsRefused() {
    assertThatThrownBy(() -> Points.share(BigDecimal.TEN, 1, 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'denominator' must be positive, was 0");
  }
}
