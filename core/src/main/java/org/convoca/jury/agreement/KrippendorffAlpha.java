package org.convoca.jury.agreement;

/**
 * Krippendorff's alpha from a coincidence matrix, as in Krippendorff (2011), "Computing
 * Krippendorff's Alpha-Reliability", sections C to F:
 *
 * <pre>
 *   α = 1 − D_o / D_e,  D_o = (1/n..) Σ_c Σ_k o_ck δ²_ck,  D_e = (1/(n..(n.. − 1))) Σ_c Σ_k n_c n_k δ²_ck
 *     = 1 − (n.. − 1) · Σ o_ck δ²_ck / Σ n_c n_k δ²_ck
 * </pre>
 *
 * <p>The observed sum runs over the pairs that occur in the coincidence matrix; the expected sum
 * over all pairs of values is taken in closed form by the metric ({@link Metric.Differences#amongAll()}).
 *
 * <p>The undefined cases are told from the data before any division: no pairable unit, a single
 * pairable unit (where the formula gives 0 whatever the values), and a single pairable value
 * (where D_e = 0; every metric gives δ² &gt; 0 between distinct values, so D_e = 0 exactly when
 * there is only one).
 */
final class KrippendorffAlpha {

  private KrippendorffAlpha() {}

  /** Alpha of {@code matrix} under {@code metric}, or why there is none. */
  static Alpha of(CoincidenceMatrix matrix, Metric metric) {
    if (matrix.pairableUnits() == 0) {
      return new Alpha.Undefined(AlphaUndefined.NO_PAIRABLE_VALUES);
    }
    if (matrix.pairableUnits() == 1) {
      return new Alpha.Undefined(AlphaUndefined.ONE_UNIT);
    }
    double[] values = matrix.values();
    if (values.length < 2) {
      return new Alpha.Undefined(AlphaUndefined.NO_VARIATION);
    }
    Metric.Differences delta = metric.over(values, matrix.counts());
    double n = matrix.pairableValues();
    return new Alpha.Estimate(1 - (n - 1) * matrix.observed(delta) / delta.amongAll());
  }
}
