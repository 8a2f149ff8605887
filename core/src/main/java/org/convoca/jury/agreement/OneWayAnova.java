package org.convoca.jury.agreement;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The one-way analysis of variance behind {@link Icc}: defined only when there are at least two
 * units, every unit has the same number k ≥ 2 of values, and the unit totals are not all equal
 * (otherwise BMS = 0 and ICC(1,k) divides by 0). The last test is made exactly on the
 * {@code BigDecimal} totals, so a rounding residue can never pass for variation.
 */
final class OneWayAnova {

  private OneWayAnova() {}

  /** The ICCs of {@code units}, in canonical order, or empty when they are not defined. */
  static Optional<Icc> icc(List<List<BigDecimal>> units) {
    int n = units.size();
    if (n < 2) {
      return Optional.empty();
    }
    int k = units.get(0).size();
    if (k < 2 || units.stream().anyMatch(unit -> unit.size() != k)) {
      return Optional.empty();
    }
    List<BigDecimal> totals = units.stream().map(unit -> unit.stream().reduce(BigDecimal.ZERO, BigDecimal::add)).toList();
    if (totals.stream().allMatch(total -> total.compareTo(totals.get(0)) == 0)) {
      return Optional.empty();
    }
    double[] means = totals.stream().mapToDouble(total -> total.doubleValue() / k).toArray();
    double grand = totals.stream().reduce(BigDecimal.ZERO, BigDecimal::add).doubleValue() / (n * k);
    double between = 0;
    double within = 0;
    for (int i = 0; i < n; i++) {
      between += k * (means[i] - grand) * (means[i] - grand);
      for (BigDecimal value : units.get(i)) {
        within += (value.doubleValue() - means[i]) * (value.doubleValue() - means[i]);
      }
    }
    if (!(between > 0)) {
      return Optional.empty();
    }
    return Optional.of(new Icc(k, n, between / (n - 1), within / (n * (k - 1))));
  }
}
