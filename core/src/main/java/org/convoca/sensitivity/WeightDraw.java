package org.convoca.sensitivity;

import java.math.BigDecimal;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The weights of each draw, in hundredths of a percentage point, as {@link Perturbation} describes:
 * perturbed, renormalised to 100 and rounded by the largest remainder.
 */
final class WeightDraw {

  /** 100 percent, in hundredths. */
  static final long HUNDRED = 10_000;

  private final double[] base;
  private final double spread;
  private final long seed;

  WeightDraw(List<BigDecimal> weights, Perturbation perturbation) {
    this.base = weights.stream().mapToDouble(BigDecimal::doubleValue).toArray();
    this.spread = perturbation.spread().doubleValue() / 100;
    this.seed = perturbation.seed();
    double sum = 0;
    for (double w : base) {
      sum += w;
    }
    if (!(sum > 0)) {
      throw new IllegalArgumentException("the call's criteria weights sum to 0: there is no weight to perturb");
    }
  }

  /** The weights of draw {@code draw}, in hundredths, in the call's order; they sum to {@link #HUNDRED}. */
  long[] weights(int draw) {
    SplittableRandom random = new SplittableRandom(new SplittableRandom(seed + draw).nextLong());
    double[] raw = new double[base.length];
    double sum = 0;
    for (int c = 0; c < base.length; c++) {
      raw[c] = base[c] * (1 + spread * random.nextDouble(-1, 1));
      sum += raw[c];
    }
    return largestRemainder(raw, sum);
  }

  /** {@code raw} scaled to sum {@link #HUNDRED}, in whole hundredths, by the largest remainder. */
  static long[] largestRemainder(double[] raw, double sum) {
    long[] weights = new long[raw.length];
    double[] remainders = new double[raw.length];
    long given = 0;
    for (int c = 0; c < raw.length; c++) {
      double scaled = raw[c] / sum * HUNDRED;
      weights[c] = (long) Math.floor(scaled);
      remainders[c] = scaled - weights[c];
      given += weights[c];
    }
    for (long missing = HUNDRED - given; missing > 0; missing--) {
      int largest = 0;
      for (int c = 1; c < raw.length; c++) {
        if (remainders[c] > remainders[largest]) {
          largest = c;
        }
      }
      weights[largest]++;
      remainders[largest] = -1;
    }
    return weights;
  }
}
