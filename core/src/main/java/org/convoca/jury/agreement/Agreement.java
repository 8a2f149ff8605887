package org.convoca.jury.agreement;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.convoca.jury.JurorId;
import org.convoca.proposal.ProposalId;

/**
 * How far the jurors agree on one criterion's scores (or, for {@link PanelAgreement#overall()},
 * on all of them).
 *
 * <p>The arithmetic is in {@code double}: these statistics are ratios of sums of squares, no
 * division among them is exact in {@code BigDecimal} either, published figures are given to two
 * or three decimals, and double's sixteen digits are far beyond that. Rounding is left to whoever
 * publishes the figure. What must be exact is exact: the pair counts of the coincidence matrix
 * are integers, and the degenerate cases are told from the data (distinct values, unit totals in
 * {@code BigDecimal}), never from a floating-point zero. Units and their values are put in a
 * canonical order first, so the result depends only on which values were given to which
 * proposals together, bit for bit: not on the order of the scores, nor on the names of jurors
 * and proposals.
 *
 * @param metric the metric of {@link #alpha()}, never null
 * @param scores n.., the number of pairable scores: those of proposals with two or more scores
 * @param units the number of proposals with two or more scores
 * @param alpha Krippendorff's alpha, or why there is none; never null
 * @param icc Shrout–Fleiss case-1 ICCs, present only when every proposal has the same number
 *     k ≥ 2 of scores, there are two proposals or more and their totals are not all equal
 */
public record Agreement(Metric metric, int scores, int units, Alpha alpha, Optional<Icc> icc) {

  /**
   * Checks that every part is present and the counts are possible.
   *
   * @param metric the metric of {@link #alpha()}, never null
   * @param scores n.., the number of pairable scores: those of proposals with two or more scores
   * @param units the number of proposals with two or more scores
   * @param alpha Krippendorff's alpha, or why there is none; never null
   * @param icc Shrout–Fleiss case-1 ICCs, present only when every proposal has the same number
   *     k ≥ 2 of scores, there are two proposals or more and their totals are not all equal
   * @throws NullPointerException when a part is null
   * @throws IllegalArgumentException when a count is negative or there are more units than half the scores
   */
  public Agreement {
    requireNonNull(metric, "'metric' must not be null");
    requireNonNull(alpha, "'alpha' must not be null");
    requireNonNull(icc, "'icc' must not be null");
    if (units < 0 || scores < 2 * units) {
      throw new IllegalArgumentException("'scores' (" + scores + ") must be at least twice 'units' (" + units + ") and 'units' at least 0");
    }
  }

  /**
   * The agreement of the jurors on one criterion: Krippendorff's alpha under {@code metric} and,
   * when defined, ICC(1,1) and ICC(1,k). Proposals with a single score drop out of alpha, as
   * Krippendorff defines it, but make the ICCs undefined (their proposals do not all have k scores).
   *
   * @param ratings the scores of one criterion, in any order; may be empty
   * @param metric how different two scores are taken to be
   * @return the agreement of the jurors on one criterion: Krippendorff's alpha under {@code metric}
   *     and, when defined, ICC(1,1) and ICC(1,k)
   * @throws NullPointerException when an argument or a rating is null
   * @throws IllegalArgumentException when a juror scored the same proposal twice, naming both
   */
  public static Agreement of(Collection<Rating> ratings, Metric metric) {
    requireNonNull(metric, "'metric' must not be null");
    return measure(byProposal(ratings).values(), metric);
  }

  /** The values each proposal received. */
  static Map<ProposalId, List<BigDecimal>> byProposal(Collection<Rating> ratings) {
    Map<ProposalId, Map<JurorId, BigDecimal>> byProposal = new HashMap<>();
    for (Rating rating : ratings) {
      BigDecimal earlier = byProposal.computeIfAbsent(rating.proposal(), p -> new HashMap<>())
          .put(rating.juror(), rating.value());
      if (earlier != null) {
        throw new IllegalArgumentException("juror " + rating.juror() + " scored proposal " + rating.proposal()
            + " more than once (" + earlier.toPlainString() + " and " + rating.value().toPlainString()
            + "); give one score per juror and proposal");
      }
    }
    Map<ProposalId, List<BigDecimal>> values = new HashMap<>();
    byProposal.forEach((proposal, byJuror) -> values.put(proposal, List.copyOf(byJuror.values())));
    return values;
  }

  /** The agreement over {@code units}, each the values one unit received, in any order. */
  static Agreement measure(Collection<List<BigDecimal>> units, Metric metric) {
    List<List<BigDecimal>> canonical = Units.canonical(units);
    CoincidenceMatrix matrix = CoincidenceMatrix.of(Units.asDoubles(canonical));
    return new Agreement(metric, matrix.pairableValues(), matrix.pairableUnits(),
        KrippendorffAlpha.of(matrix, metric), OneWayAnova.icc(canonical));
  }
}
