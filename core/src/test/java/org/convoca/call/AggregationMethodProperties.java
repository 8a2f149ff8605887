package org.convoca.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convoca.sample.Theories.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class AggregationMethodProperties {

  /** Panels of 1 to 7 scores on a 0 to 5 scale in steps of 0.5. */
  private static Gen<List<BigDecimal>> scores() {
    return lists().of(integers().between(0, 10).map(half -> BigDecimal.valueOf(half, 1).multiply(BigDecimal.valueOf(5))
        .setScale(1, RoundingMode.UNNECESSARY))).ofSizeBetween(1, 7);
  }

  @Test
  void theAggregateDoesNotDependOnTheOrderOfScores() {
    qt(300).forAll(scores()).checkAssert(scores -> {
      List<BigDecimal> shuffled = new ArrayList<>(scores);
      Collections.shuffle(shuffled, new Random(scores.hashCode()));
      for (AggregationMethod method : AggregationMethod.values()) {
        assertThat(method.aggregate(shuffled)).isEqualTo(method.aggregate(scores));
      }
    });
  }

  @Test
  void theAggregateLiesBetweenTheLowestAndHighestScoreWithTwoDecimals() {
    qt(300).forAll(scores()).checkAssert(scores -> {
      for (AggregationMethod method : AggregationMethod.values()) {
        BigDecimal aggregate = method.aggregate(scores);
        assertThat(aggregate.scale()).isEqualTo(AggregationMethod.SCALE);
        assertThat(aggregate).isBetween(Collections.min(scores), Collections.max(scores));
      }
    });
  }

  @Test
  void oneOutlyingJurorMovesTheTrimmedMeanNoFurtherThanTheNextScore() {
    qt(300).forAll(scores().map(s -> s.size() < 3 ? List.of(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE) : s))
        .checkAssert(scores -> {
          List<BigDecimal> sorted = new ArrayList<>(scores);
          Collections.sort(sorted);
          assertThat(AggregationMethod.TRIMMED_MEAN.aggregate(scores))
              .isBetween(sorted.get(1), sorted.get(sorted.size() - 2));
        });
  }
}
