package org.convoca.sensitivity;

import java.math.BigDecimal;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The weights of each draw, in hundredths of a percentage point, as {@link Perturbation} describes:
 * perturbed, renormalised to the call's own sum of weights (100, or its {@code maxTotal}) and rounded
 * by the largest remainder.
 */
final class WeightDraw {

  /** 100 percent, in hundredths. */
  static final long HUNDRED = 10_000;

  private final double[] base;
  private final double spread;
  private final long seed;
  private final long target;

  /** The draws of weights that sum to 100, like those of a call without a {@code maxTotal}. */
  WeightDraw(List<BigDecimal> weights, Perturbation perturbation) {
    this(weights, perturbation, HUNDRED);
  }

  /**
   * The draws of weights that sum to {@code target} hundredths: the call's total scale, 100 or its
   * {@code maxTotal}, which its weights sum to.
   */
  WeightDraw(List<BigDecimal> weights, Perturbation perturbation, long target) {
    this.target = target;
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

  /** The weights of draw {@code draw}, in hundredths, in the call's order; they sum to the sum given when made. */
  long[] weights(int draw) {
    SplittableRandom random = new SplittableRandom(new SplittableRandom(seed + draw).nextLong());
    double[] raw = new double[base.length];
    double sum = 0;
    for (int c = 0; c < base.length; c++) {
      raw[c] = base[c] * (1 + spread * random.nextDouble(-1, 1));
      sum += raw[c];
    }
    return largestRemainder(raw, sum, target);
  }

  /** {@code raw} scaled to sum {@code target}, in whole hundredths, by the largest remainder. */
  static long[] largestRemainder(double[] raw, double sum, long target) {
    long[] weights = new long[raw.length];
    double[] remainders = new double[raw.length];
    long given = 0;
    for (int c = 0; c < raw.length; c++) {
      double scaled = raw[c] / sum * target;
      weights[c] = (long) Math.floor(scaled);
      remainders[c] = scaled - weights[c];
      given += weights[c];
    }
    for (long missing = target - given; missing > 0; missing--) {
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
