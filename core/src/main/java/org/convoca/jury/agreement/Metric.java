package org.convoca.jury.agreement;

/**
 * How different two score values are taken to be: the squared difference function
 * δ²(c, k) of Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", sections C, E
 * and F. Values are indexed in ascending order; {@code counts[g]} is n_g, how many pairable
 * scores have the g-th value (the margins of the coincidence matrix).
 */
public enum Metric {

  /** δ² = 0 when the values are equal and 1 otherwise: scores as unordered categories. */
  NOMINAL {
    @Override
    SquaredDifference over(double[] values, long[] counts) {
      return (c, k) -> c == k ? 0 : 1;
    }
  },

  /**
   * δ²(c, k) = (n_c + … + n_k − (n_c + n_k) / 2)² for c ≤ k: only the order of values
   * counts, and two values are further apart the more scores lie between them. Invariant under
   * any increasing recoding of the scale.
   */
  ORDINAL {
    @Override
    SquaredDifference over(double[] values, long[] counts) {
      long[] upTo = new long[counts.length + 1];
      for (int g = 0; g < counts.length; g++) {
        upTo[g + 1] = upTo[g] + counts[g];
      }
      return (c, k) -> {
        int low = Math.min(c, k);
        int high = Math.max(c, k);
        double between = upTo[high + 1] - upTo[low] - (counts[low] + counts[high]) / 2.0;
        return between * between;
      };
    }
  },

  /**
   * δ²(c, k) = (c − k)²: differences between scores are meaningful, as on a jury's 0–5 scale.
   * Alpha is then invariant under adding a constant to every score and under multiplying every
   * score by a positive factor.
   */
  INTERVAL {
    @Override
    SquaredDifference over(double[] values, long[] counts) {
      return (c, k) -> (values[c] - values[k]) * (values[c] - values[k]);
    }
  };

  /** The squared difference function of this metric on the given values and their counts. */
  abstract SquaredDifference over(double[] values, long[] counts);

  /** δ² between the c-th and the k-th value. */
  @FunctionalInterface
  interface SquaredDifference {
    double between(int c, int k);
  }
}
