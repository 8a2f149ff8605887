package org.convoca.jury.severity;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.convoca.call.CriterionId;
import org.convoca.call.ScoreScale;
import org.convoca.jury.JurorId;
import org.convoca.jury.JurorScore;

/**
 * Fits jurors' severity on one criterion with the additive model and adjusts their scores for it.
 *
 * <h2>The model</h2>
 * {@code score(j, p) = quality(p) + offset(j) + noise}, fitted by least squares over every score of
 * the criterion at once. The offsets are determined only up to a constant per connected component of
 * the juror–proposal graph (adding c to every offset of a component and subtracting it from every
 * quality leaves the fit unchanged), so in each component they are made to sum to zero: an offset is a
 * juror's generosity relative to the jurors they are compared with.
 *
 * <h2>The solve</h2>
 * A design matrix would have a column per proposal: 100,000 proposals make it impossible to hold. But
 * for given offsets the best quality of a proposal is the mean of its scores net of its jurors'
 * offsets, and substituting that back leaves normal equations in the offsets alone:
 * {@code L b = c}, where, summing over the proposals {@code p} with {@code n(p)} scorers and mean
 * {@code m(p)}, {@code L(j,j) = Σ (1 - 1/n(p))}, {@code L(j,k) = -Σ 1/n(p)} over the proposals both
 * scored, and {@code c(j) = Σ (score(j,p) - m(p))}. This is exact, not an approximation: the same
 * least-squares solution as the full system (the Schur complement of the quality block). {@code L} is
 * the Laplacian of the weighted juror co-scoring graph, singular once per component; each component's
 * block plus the all-ones matrix is positive definite and, because {@code c} sums to zero there, has
 * the sum-to-zero solution. A Cholesky factorisation ({@link Cholesky}) solves it. Building {@code L} costs
 * the sum of {@code n(p)²}; the solve, the cube of the number of jurors: fast for any real panel.
 *
 * <h2>The figures</h2>
 * The arithmetic is {@code double} inside the fit (a least-squares solve has no exact decimal answer);
 * at the edge each offset is rounded half up to 2 decimals, and the adjusted score is computed in
 * {@link BigDecimal} as {@code raw - offset} from that published offset, rounded half up to 2 decimals
 * and kept within the scale (see {@link AdjustedScore}). Anyone can recompute it from published figures.
 */
public final class AdditiveNormalisation {

  /** Decimals of published offsets and adjusted scores, rounded half up. */
  public static final int SCALE = 2;

  private AdditiveNormalisation() {}

  /**
   * Fits the offsets of the jurors in {@code scores} and adjusts every score.
   *
   * @param criterion the criterion every score is on
   * @param scores the valid scores of the criterion (conflicted ones already excluded), in any order;
   *     the result does not depend on their order
   * @param scale the call's scale: raw scores must lie within it; adjusted ones are kept within it
   * @return the fit; with no scores, a fit with no offset, score or component
   * @throws IllegalArgumentException naming the score when one is on another criterion, outside the
   *     scale, or a second score by the same juror of the same proposal
   * @throws NullPointerException when an argument or an element of {@code scores} is null
   */
  public static SeverityFit fit(CriterionId criterion, List<JurorScore> scores, ScoreScale scale) {
    requireNonNull(criterion, "'criterion' must not be null");
    requireNonNull(scale, "'scale' must not be null");
    Panel panel = Panel.of(criterion, List.copyOf(scores), scale);
    Components components = Components.of(panel);
    double[] estimates = ReducedSystem.offsets(panel, components);
    List<JurorId> jurors = panel.jurors();
    int[] scored = new int[jurors.size()];
    int[] shared = new int[jurors.size()];
    count(panel, scored, shared);

    List<JurorOffset> offsets = new ArrayList<>(jurors.size());
    for (int j = 0; j < jurors.size(); j++) {
      BigDecimal published = BigDecimal.valueOf(estimates[j]).setScale(SCALE, RoundingMode.HALF_UP);
      offsets.add(new JurorOffset(jurors.get(j), estimates[j], published, scored[j], shared[j], components.of(j)));
    }
    List<AdjustedScore> adjusted = new ArrayList<>(panel.size());
    for (int s = 0; s < panel.size(); s++) {
      adjusted.add(adjust(panel.score(s), offsets.get(panel.juror(s)).offset(), scale));
    }
    return new SeverityFit(criterion, offsets, adjusted, components.describe(panel));
  }

  private static void count(Panel panel, int[] scored, int[] shared) {
    int[] scorers = new int[panel.proposalCount()];
    for (int s = 0; s < panel.size(); s++) {
      scorers[panel.proposal(s)]++;
    }
    for (int s = 0; s < panel.size(); s++) {
      scored[panel.juror(s)]++;
      if (scorers[panel.proposal(s)] > 1) {
        shared[panel.juror(s)]++;
      }
    }
  }

  /**
   * {@code score} adjusted by {@code offset} as the fit adjusts the scores it uses: raw minus the
   * published offset, rounded half up to {@link #SCALE} decimals and kept within the scale. For a
   * score the fit did not use (one excluded for a conflict of interest), with its juror's offset.
   *
   * @param score the juror's raw score
   * @param offset the juror's offset, subtracted from the score
   * @param scale the call's scale, which the adjusted score is held to
   * @return {@code score} adjusted by {@code offset} as the fit adjusts the scores it uses: raw
   *     minus the published offset, rounded half up to {@link #SCALE} decimals and kept within the
   *     scale
   * @throws NullPointerException when an argument is null
   */
  public static AdjustedScore adjust(JurorScore score, BigDecimal offset, ScoreScale scale) {
    BigDecimal net = score.value().subtract(offset).setScale(SCALE, RoundingMode.HALF_UP);
    BigDecimal min = scale.min().setScale(SCALE, RoundingMode.HALF_UP);
    BigDecimal max = scale.max().setScale(SCALE, RoundingMode.HALF_UP);
    BigDecimal kept = net.max(min).min(max);
    return new AdjustedScore(score.juror(), score.proposal(), score.value(), kept, kept.compareTo(net) != 0);
  }
}
