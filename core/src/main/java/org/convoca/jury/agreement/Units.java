package org.convoca.jury.agreement;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Puts units in a canonical order: each unit's values ascending, the units compared value by
 * value (a shorter unit first on a tie). Sums taken in this order do not depend on how the scores
 * were listed or on the names of jurors and proposals.
 */
final class Units {

  private static final Comparator<List<BigDecimal>> VALUE_BY_VALUE = (a, b) -> {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int order = a.get(i).compareTo(b.get(i));
      if (order != 0) {
        return order;
      }
    }
    return Integer.compare(a.size(), b.size());
  };

  private Units() {}

  /** {@code units} in canonical order, each sorted. */
  static List<List<BigDecimal>> canonical(Collection<List<BigDecimal>> units) {
    return units.stream()
        .map(unit -> unit.stream().sorted().toList())
        .sorted(VALUE_BY_VALUE)
        .toList();
  }

  /** The values of each unit as doubles, in the same order. */
  static List<double[]> asDoubles(List<List<BigDecimal>> units) {
    return units.stream().map(unit -> unit.stream().mapToDouble(BigDecimal::doubleValue).toArray()).toList();
  }
}
