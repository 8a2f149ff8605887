package org.convoca.sensitivity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.convoca.assessment.Assessment;
import org.convoca.assessment.CriterionResult;
import org.convoca.assessment.internal.AssessmentAssembler;
import org.convoca.call.Call;
import org.convoca.call.Criterion;
import org.jspecify.annotations.Nullable;

/**
 * The totals of the assessed proposals under other weights, with their points as assessed. Each
 * criterion's points take few distinct values, so a draw weighs each distinct value once with the
 * assessments' own arithmetic ({@link AssessmentAssembler#weighted}) and adds up, per proposal, the
 * contributions its points index; the totals are exactly those the assessments would have. When the
 * call ranks by a ranking score (a criterion has a ranking factor), the same contributions give the
 * ranking scores, each contribution times its criterion's factor, summed and rounded once, as
 * {@link AssessmentAssembler} makes them.
 */
final class WeightedTotals {

  private final BigDecimal[] maxPoints;
  /** Per criterion, its ranking factor (1 when it has none); null when the call ranks by the total. */
  private final BigDecimal @Nullable [] factors;
  /** Per criterion, its distinct points. */
  private final BigDecimal[][] values;
  /** Per criterion, per proposal, the index of its points in {@link #values}. */
  private final int[][] points;
  private final int proposals;

  /**
   * The totals of {@code assessments}, in that order, under the criteria of {@code call}.
   *
   * @throws IllegalArgumentException when an assessment lacks a criterion of the call, or when the
   *     call's own weights do not give back an assessment's total: the assessments then weigh their
   *     points otherwise, and other weights could not be applied the same way
   */
  WeightedTotals(Call call, List<Assessment> assessments) {
    List<Criterion> criteria = call.criteria();
    this.proposals = assessments.size();
    this.maxPoints = new BigDecimal[criteria.size()];
    this.values = new BigDecimal[criteria.size()][];
    this.factors = call.ranksByRankingScore()
        ? criteria.stream().map(c -> c.rankingFactor().orElse(BigDecimal.ONE)).toArray(BigDecimal[]::new)
        : null;
    this.points = new int[criteria.size()][proposals];
    for (int c = 0; c < criteria.size(); c++) {
      Criterion criterion = criteria.get(c);
      maxPoints[c] = criterion.maxPoints();
      Map<BigDecimal, Integer> distinct = new HashMap<>();
      List<BigDecimal> list = new ArrayList<>();
      for (int i = 0; i < proposals; i++) {
        Assessment a = assessments.get(i);
        BigDecimal p = a.criterion(criterion.id()).map(CriterionResult::points).orElseThrow(() ->
            new IllegalArgumentException("the assessment of " + a.proposalId() + " has no result on criterion '"
                + criterion.id() + "'"));
        points[c][i] = distinct.computeIfAbsent(p, v -> {
          list.add(v);
          return list.size() - 1;
        });
      }
      values[c] = list.toArray(BigDecimal[]::new);
    }
    BigDecimal[] totals = totals(criteria.stream().map(Criterion::weight).toArray(BigDecimal[]::new));
    for (int i = 0; i < proposals; i++) {
      if (totals[i].compareTo(assessments.get(i).total()) != 0) {
        throw new IllegalArgumentException("the total of " + assessments.get(i).proposalId() + " ("
            + assessments.get(i).total().toPlainString() + ") is not its points weighted by the call's weights ("
            + totals[i].toPlainString() + "), so other weights cannot be applied to it");
      }
    }
  }

  /** The totals of the proposals, in the order of the assessments, under {@code weights} (hundredths, in the call's order). */
  BigDecimal[] totals(long[] weights) {
    return totals(percentages(weights));
  }

  /** The totals of the proposals, in the order of the assessments, under {@code weights} (percentages, in the call's order). */
  BigDecimal[] totals(BigDecimal[] weights) {
    return totals(contributions(weights));
  }

  /**
   * The totals and, when the call ranks by a ranking score, the ranking scores of the proposals, in
   * the order of the assessments, under {@code weights} (hundredths, in the call's order).
   */
  Scores scores(long[] weights) {
    long[][] contributions = contributions(percentages(weights));
    return new Scores(totals(contributions), factors == null ? null : rankingScores(contributions));
  }

  /**
   * Totals and ranking scores, one per proposal in the order of the assessments.
   *
   * @param totals the totals
   * @param rankingScores the ranking scores; null when the call ranks by the total
   */
  record Scores(BigDecimal[] totals, BigDecimal @Nullable [] rankingScores) {}

  private static BigDecimal[] percentages(long[] weights) {
    BigDecimal[] percentages = new BigDecimal[weights.length];
    for (int c = 0; c < weights.length; c++) {
      percentages[c] = BigDecimal.valueOf(weights[c], 2);
    }
    return percentages;
  }

  /** Per criterion, per proposal, its weighted contribution in hundredths under {@code weights}. */
  private long[][] contributions(BigDecimal[] weights) {
    long[][] byProposal = new long[weights.length][];
    for (int c = 0; c < weights.length; c++) {
      long[] contribution = new long[values[c].length];
      for (int v = 0; v < contribution.length; v++) {
        // Scale 2 (AssessmentAssembler.SCALE): the unscaled value is the contribution in hundredths.
        contribution[v] = AssessmentAssembler.weighted(values[c][v], maxPoints[c], weights[c]).unscaledValue().longValueExact();
      }
      int[] own = points[c];
      long[] mine = new long[proposals];
      for (int i = 0; i < proposals; i++) {
        mine[i] = contribution[own[i]];
      }
      byProposal[c] = mine;
    }
    return byProposal;
  }

  private BigDecimal[] totals(long[][] contributions) {
    long[] sums = new long[proposals];
    for (long[] criterion : contributions) {
      for (int i = 0; i < proposals; i++) {
        sums[i] += criterion[i];
      }
    }
    BigDecimal[] totals = new BigDecimal[proposals];
    for (int i = 0; i < proposals; i++) {
      totals[i] = BigDecimal.valueOf(sums[i], AssessmentAssembler.SCALE);
    }
    return totals;
  }

  private BigDecimal[] rankingScores(long[][] contributions) {
    BigDecimal[] scores = new BigDecimal[proposals];
    for (int i = 0; i < proposals; i++) {
      BigDecimal score = BigDecimal.ZERO;
      for (int c = 0; c < contributions.length; c++) {
        score = score.add(BigDecimal.valueOf(contributions[c][i], AssessmentAssembler.SCALE).multiply(factors[c]));
      }
      scores[i] = score.setScale(AssessmentAssembler.SCALE, RoundingMode.HALF_UP);
    }
    return scores;
  }
}
