package org.convoca.call;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * How the valid scores of one proposal on one criterion are combined into the figure the rules read.
 *
 * <p>Arithmetic is exact ({@link BigDecimal} sums) and rounds once, at the end, to {@link #SCALE}
 * decimals half up: the convention of the mean Convoca publishes today. So a published aggregate is
 * the exact value of the method rounded once, never a rounding of roundings.
 *
 * <p>{@link #TRIMMED_MEAN} drops the single lowest and the single highest score when there are at
 * least 3 scores, then takes the mean of the rest (the "Olympic average" of judged sports); with 1 or
 * 2 scores nothing can be dropped and it is the mean. A fraction rule such as 20% from each end
 * would drop nothing from panels of 3 or 4, the commonest ones (3 reviewers per proposal by
 * default), so it would not protect them from one outlying juror; dropping one score at each end does,
 * for every panel of 3 to 7. With exactly 3 scores it equals the median; with 5 to 7 it keeps 3 to 5
 * scores.
 */
public enum AggregationMethod {
  /** The arithmetic mean of the scores. */
  MEAN,
  /** The middle score; with an even number of scores, the mean of the two middle ones. */
  MEDIAN,
  /** The mean after dropping the single lowest and single highest score, when there are at least 3. */
  TRIMMED_MEAN;

  /** Decimals of every aggregate, rounded half up. */
  public static final int SCALE = 2;

  /** The fewest scores from which {@link #TRIMMED_MEAN} drops the lowest and the highest. */
  public static final int TRIM_FROM = 3;

  /**
   * The aggregate of {@code scores} by this method, rounded half up to {@link #SCALE} decimals.
   *
   * @param scores one proposal's valid scores on one criterion, in any order; not empty, no null element
   * @return the aggregate, with exactly {@link #SCALE} decimals
   * @throws IllegalArgumentException when {@code scores} is empty
   * @throws NullPointerException when {@code scores} or one of its elements is null
   */
  public BigDecimal aggregate(Collection<BigDecimal> scores) {
    if (scores.isEmpty()) {
      throw new IllegalArgumentException("cannot aggregate by " + this + ": there are no scores");
    }
    List<BigDecimal> sorted = new ArrayList<>(List.copyOf(scores));
    sorted.sort(null);
    return switch (this) {
      case MEAN -> mean(sorted);
      case MEDIAN -> median(sorted);
      case TRIMMED_MEAN -> mean(sorted.size() >= TRIM_FROM ? sorted.subList(1, sorted.size() - 1) : sorted);
    };
  }

  /**
   * How many of {@code count} scores this method uses: all of them, except {@link #TRIMMED_MEAN}
   * on {@value #TRIM_FROM} or more scores, which drops 2.
   *
   * @param count how many valid scores there are, at least 1
   * @return how many of {@code count} scores this method uses: all of them, except {@link
   *     #TRIMMED_MEAN} on {@value #TRIM_FROM} or more scores, which drops 2
   * @throws IllegalArgumentException when {@code count} is below 1
   */
  public int used(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("'count' must be at least 1, was " + count);
    }
    return this == TRIMMED_MEAN && count >= TRIM_FROM ? count - 2 : count;
  }

  private static BigDecimal mean(List<BigDecimal> scores) {
    BigDecimal sum = scores.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    return sum.divide(BigDecimal.valueOf(scores.size()), SCALE, RoundingMode.HALF_UP);
  }

  private static BigDecimal median(List<BigDecimal> sorted) {
    int middle = sorted.size() / 2;
    return sorted.size() % 2 == 1
        ? sorted.get(middle).setScale(SCALE, RoundingMode.HALF_UP)
        : mean(sorted.subList(middle - 1, middle + 1));
  }
}
