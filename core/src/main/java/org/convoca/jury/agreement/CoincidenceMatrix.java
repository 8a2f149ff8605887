package org.convoca.jury.agreement;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The coincidence matrix of Krippendorff (2011), section C: o_ck sums, over the units with
 * m_u ≥ 2 values, the number of ordered pairs of values (c, k) from different raters in the unit
 * divided by m_u − 1, so that each pairable value contributes 1 in all. Units with fewer than two
 * values cannot be paired and drop out. The margins n_c count the pairable values equal to c.
 *
 * <p>Stored sparsely (only the pairs that occur), so that many distinct values, such as adjusted
 * scores, cost memory in proportion to the pairs in the units rather than to the square of the
 * number of values. Built from units in a canonical order, so it is the same for the same
 * multiset of units, bit for bit.
 */
final class CoincidenceMatrix {

  private final double[] values;
  private final long[] counts;
  private final Map<Long, Double> coincidences;
  private final int units;

  private CoincidenceMatrix(double[] values, long[] counts, Map<Long, Double> coincidences, int units) {
    this.values = values;
    this.counts = counts;
    this.coincidences = coincidences;
    this.units = units;
  }

  /** The matrix of {@code units}, each a unit's values sorted ascending, the units in canonical order. */
  static CoincidenceMatrix of(List<double[]> units) {
    List<double[]> pairable = units.stream().filter(unit -> unit.length >= 2).toList();
    double[] values = pairable.stream().flatMapToDouble(Arrays::stream).sorted().distinct().toArray();
    long[] counts = new long[values.length];
    Map<Long, Double> coincidences = new TreeMap<>();
    for (double[] unit : pairable) {
      // The unit's value indices, each once, in the order they first occur, with how often each occurs.
      int[] present = new int[unit.length];
      long[] inUnit = new long[unit.length];
      int distinct = 0;
      for (double v : unit) {
        int c = Arrays.binarySearch(values, v);
        int at = 0;
        while (at < distinct && present[at] != c) {
          at++;
        }
        if (at == distinct) {
          present[distinct++] = c;
        }
        inUnit[at]++;
        counts[c]++;
      }
      for (int i = 0; i < distinct; i++) {
        int c = present[i];
        for (int j = 0; j < distinct; j++) {
          int k = present[j];
          long pairs = i == j ? inUnit[i] * (inUnit[i] - 1) : inUnit[i] * inUnit[j];
          if (pairs > 0) {
            coincidences.merge(key(c, k, values.length), (double) pairs / (unit.length - 1), Double::sum);
          }
        }
      }
    }
    return new CoincidenceMatrix(values, counts, coincidences, pairable.size());
  }

  /** The distinct pairable values, ascending. */
  double[] values() {
    return values.clone();
  }

  /** n_c: how many pairable values equal the c-th value. */
  long[] counts() {
    return counts.clone();
  }

  /** o_ck between the c-th and the k-th value. */
  double coincidence(int c, int k) {
    return coincidences.getOrDefault(key(c, k, values.length), 0.0);
  }

  /** n.., the number of pairable values. */
  int pairableValues() {
    return Math.toIntExact(Arrays.stream(counts).sum());
  }

  /** The number of units with two or more values. */
  int pairableUnits() {
    return units;
  }

  /** Σ_c Σ_k o_ck · δ²(c, k): n.. times the observed disagreement D_o. */
  double observed(Metric.Differences delta) {
    double sum = 0;
    for (Map.Entry<Long, Double> entry : coincidences.entrySet()) {
      int c = (int) (entry.getKey() / values.length);
      int k = (int) (entry.getKey() % values.length);
      sum += entry.getValue() * delta.between(c, k);
    }
    return sum;
  }

  private static long key(int c, int k, int size) {
    return (long) c * size + k;
  }
}
