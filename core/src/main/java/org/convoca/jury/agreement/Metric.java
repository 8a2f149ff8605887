package org.convoca.jury.agreement;

import java.util.Arrays;

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
    Differences over(double[] values, long[] counts) {
      long n = Arrays.stream(counts).sum();
      long sameValue = Arrays.stream(counts).map(count -> count * count).sum();
      return new Differences() {
        @Override
        public double between(int c, int k) {
          return c == k ? 0 : 1;
        }

        @Override
        public double amongAll() {
          return (double) (n * n - sameValue);
        }
      };
    }
  },

  /**
   * δ²(c, k) = (n_c + … + n_k − (n_c + n_k) / 2)² for c ≤ k: only the order of values
   * counts, and two values are further apart the more scores lie between them. This is the
   * squared difference of the values' mid-ranks (n_1 + … + n_(c−1) + n_c / 2), so it is computed
   * as the interval metric on mid-ranks. Invariant under any increasing recoding of the scale.
   */
  ORDINAL {
    @Override
    Differences over(double[] values, long[] counts) {
      double[] midRanks = new double[counts.length];
      long below = 0;
      for (int g = 0; g < counts.length; g++) {
        midRanks[g] = below + counts[g] / 2.0;
        below += counts[g];
      }
      return new Positions(midRanks, counts);
    }
  },

  /**
   * δ²(c, k) = (c − k)²: differences between scores are meaningful, as on a jury's 0–5 scale.
   * Alpha is then invariant under adding a constant to every score and under multiplying every
   * score by a positive factor.
   */
  INTERVAL {
    @Override
    Differences over(double[] values, long[] counts) {
      return new Positions(values, counts);
    }
  };

  /** The squared differences of this metric on the given values and their counts. */
  abstract Differences over(double[] values, long[] counts);

  /** δ² between values, and its sum over all pairs of pairable scores. */
  interface Differences {

    /** δ²(c, k) between the c-th and the k-th value. */
    double between(int c, int k);

    /** Σ_c Σ_k n_c · n_k · δ²(c, k), in time linear in the number of values. */
    double amongAll();
  }

  /**
   * δ² as the squared distance of positions on a line (the values, or their mid-ranks). Then
   * Σ_c Σ_k n_c n_k (p_c − p_k)² = 2 n.. Σ_c n_c (p_c − p̄)², with p̄ the mean position of the
   * n.. scores: linear rather than quadratic in the number of distinct values, and summed around
   * the mean so that no large terms cancel.
   */
  private static final class Positions implements Differences {
    private final double[] positions;
    private final long[] counts;

    Positions(double[] positions, long[] counts) {
      this.positions = positions;
      this.counts = counts;
    }

    @Override
    public double between(int c, int k) {
      return (positions[c] - positions[k]) * (positions[c] - positions[k]);
    }

    @Override
    public double amongAll() {
      double n = 0;
      double sum = 0;
      for (int g = 0; g < counts.length; g++) {
        n += counts[g];
        sum += counts[g] * positions[g];
      }
      double mean = sum / n;
      double squares = 0;
      for (int g = 0; g < counts.length; g++) {
        squares += counts[g] * (positions[g] - mean) * (positions[g] - mean);
      }
      return 2 * n * squares;
    }
  }
}
