package org.convoca.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.convoca.call.AggregationMethod.MEAN;
import static org.convoca.call.AggregationMethod.MEDIAN;
import static org.convoca.call.AggregationMethod.TRIMMED_MEAN;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class AggregationMethodTest {

  @Test
  void meanRoundsOnceHalfUpToTwoDecimals() {
    assertThat(aggregate(MEAN, "1", "2", "2")).isEqualTo("1.67");
    // 1/8 = 0.125 exactly: half up gives 0.13 (half even would give 0.12).
    assertThat(aggregate(MEAN, "1", "0", "0", "0", "0", "0", "0", "0")).isEqualTo("0.13");
  }

  @Test
  void medianOfAnOddNumberIsTheMiddleScore() {
    assertThat(aggregate(MEDIAN, "5", "0", "3.5")).isEqualTo("3.50");
  }

  @Test
  void medianOfAnEvenNumberIsTheMeanOfTheTwoMiddleScoresRoundedHalfUp() {
    assertThat(aggregate(MEDIAN, "3", "0.5", "1", "2")).isEqualTo("1.50");
    assertThat(aggregate(MEDIAN, "1.25", "1.00")).isEqualTo("1.13");
  }

  @Test
  void trimmedMeanDropsTheLowestAndHighestScoreFromThreeOn() {
    assertThat(aggregate(TRIMMED_MEAN, "0", "3", "3.5", "4", "5")).isEqualTo("3.50");
    assertThat(aggregate(TRIMMED_MEAN, "0", "4", "4.5", "5", "5", "5", "5")).isEqualTo("4.70");
  }

  @Test
  void trimmedMeanOfThreeIsTheMedian() {
    // The case: a conflicted juror scores 5 where the others give 2 and 2.5.
    assertThat(aggregate(TRIMMED_MEAN, "2", "5", "2.5")).isEqualTo(aggregate(MEDIAN, "2", "5", "2.5")).isEqualTo("2.50");
    assertThat(aggregate(MEAN, "2", "5", "2.5")).isEqualTo("3.17");
  }

  @Test
  void trimmedMeanOfFewerThanThreeIsTheMean() {
    assertThat(aggregate(TRIMMED_MEAN, "2", "5")).isEqualTo("3.50");
    assertThat(aggregate(TRIMMED_MEAN, "4")).isEqualTo("4.00");
  }

  @Test
  void trimmedMeanDropsOnlyOneOfTiedExtremes() {
    assertThat(aggregate(TRIMMED_MEAN, "5", "5", "5", "0")).isEqualTo("5.00");
    assertThat(aggregate(TRIMMED_MEAN, "0", "0", "5", "5")).isEqualTo("2.50");
  }

  @Test
  void countsTheScoresEachMethodUses() {
    assertThat(TRIMMED_MEAN.used(2)).isEqualTo(2);
    assertThat(TRIMMED_MEAN.used(3)).isEqualTo(1);
    assertThat(TRIMMED_MEAN.used(7)).isEqualTo(5);
    assertThat(MEDIAN.used(4)).isEqualTo(4);
    assertThatThrownBy(() -> MEAN.used(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'count' must be at least 1, was 0");
  }

  @Test
  void rejectsNoScores() {
    assertThatThrownBy(() -> MEDIAN.aggregate(List.of())).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot aggregate by MEDIAN: there are no scores");
  }

  @Test
  void rejectsANullScore() {
    assertThatThrownBy(() -> MEAN.aggregate(Arrays.asList(BigDecimal.ONE, null))).isInstanceOf(NullPointerException.class);
  }

  private static String aggregate(AggregationMethod method, String... scores) {
    return method.aggregate(Arrays.stream(scores).map(BigDecimal::new).toList()).toPlainString();
  }
}
