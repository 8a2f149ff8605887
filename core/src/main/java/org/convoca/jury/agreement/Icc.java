package org.convoca.jury.agreement;

/**
 * Intraclass correlations of Shrout and Fleiss (1979), "Intraclass correlations: uses in
 * assessing rater reliability", Psychological Bulletin 86(2), case 1: each proposal is scored by
 * its own set of k jurors, drawn from a larger pool, so juror effects cannot be separated from
 * error and a one-way random-effects analysis of variance applies:
 *
 * <pre>
 *   ICC(1,1) = (BMS − WMS) / (BMS + (k − 1) · WMS)   the reliability of one juror's score
 *   ICC(1,k) = (BMS − WMS) / BMS                     the reliability of the mean of k scores
 * </pre>
 *
 * <p>BMS is the between-proposals mean square, Σ_i k (mean_i − mean)² / (n − 1), and WMS the
 * within-proposal mean square, Σ_i Σ_j (x_ij − mean_i)² / (n (k − 1)), over n proposals. Both
 * coefficients may be negative (more variation within proposals than between them); they are
 * reported as computed, unrounded. ICC(1,k) is ICC(1,1) stepped up by Spearman–Brown:
 * k · ICC(1,1) / (1 + (k − 1) · ICC(1,1)).
 *
 * @param raters k, the number of scores of every proposal, at least 2
 * @param units n, the number of proposals, at least 2
 * @param betweenMeanSquare BMS, more than 0
 * @param withinMeanSquare WMS, at least 0
 */
public record Icc(int raters, int units, double betweenMeanSquare, double withinMeanSquare) {

  /**
   * Checks that the analysis of variance is one that defines both coefficients.
   *
   * @param raters k, the number of scores of every proposal, at least 2
   * @param units n, the number of proposals, at least 2
   * @param betweenMeanSquare BMS, more than 0
   * @param withinMeanSquare WMS, at least 0
   * @throws IllegalArgumentException naming the first part out of range
   */
  public Icc {
    if (raters < 2) {
      throw new IllegalArgumentException("'raters' must be at least 2, was " + raters);
    }
    if (units < 2) {
      throw new IllegalArgumentException("'units' must be at least 2, was " + units);
    }
    if (!(betweenMeanSquare > 0) || !Double.isFinite(betweenMeanSquare)) {
      throw new IllegalArgumentException("'betweenMeanSquare' must be a finite number above 0, was " + betweenMeanSquare);
    }
    if (!(withinMeanSquare >= 0) || !Double.isFinite(withinMeanSquare)) {
      throw new IllegalArgumentException("'withinMeanSquare' must be a finite number of at least 0, was " + withinMeanSquare);
    }
  }

  /** {@return ICC(1,1): the reliability of a single juror's score, at most 1} */
  public double icc1() {
    return (betweenMeanSquare - withinMeanSquare) / (betweenMeanSquare + (raters - 1) * withinMeanSquare);
  }

  /** {@return ICC(1,k): the reliability of the mean of the k jurors' scores, at most 1} */
  public double icc1k() {
    return (betweenMeanSquare - withinMeanSquare) / betweenMeanSquare;
  }
}
