package org.convoca.sensitivity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convoca.sample.Theories.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.stream.LongStream;
import org.convoca.assessment.Assessment;
import org.convoca.assessment.Finding;
import org.convoca.assessment.internal.AssessmentAssembler;
import org.convoca.call.Call;
import org.convoca.call.Criterion;
import org.convoca.dossier.Dossier;
import org.convoca.proposal.ProposalId;
import org.convoca.review.JuryReview;
import org.convoca.selection.Reselector;
import org.convoca.selection.Scenarios;
import org.convoca.selection.Selector;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class SensitivityProperties {

  /** Random calls of the selection tests, each proposal with co-creation and quality points from 0 to 10 in halves. */
  private static Gen<PointsFixture> assessedCalls() {
    Gen<Integer> halves = integers().between(0, 20);
    Gen<BigDecimal[]> points = in -> new BigDecimal[] {half(halves.generate(in)), half(halves.generate(in))};
    return Scenarios.calls().zip(lists().of(points).ofSize(24), PointsFixture::of);
  }

  private static BigDecimal half(int halves) {
    return BigDecimal.valueOf(halves * 5L, 1);
  }

  @Test
  void drawnWeightsSumToOneHundredStayNonNegativeAndMoveNoMoreThanTheSpreadAllows() {
    Gen<List<Integer>> weights = lists().of(integers().between(0, 100)).ofSizeBetween(1, 6)
        .assuming(w -> w.stream().mapToInt(Integer::intValue).sum() > 0);
    qt(300).forAll(weights, integers().between(1, 99), longs().all(), integers().between(0, 10_000))
        .checkAssert((base, spread, seed, index) -> {
          long[] drawn = new WeightDraw(base.stream().map(BigDecimal::valueOf).toList(),
              new Perturbation(1, BigDecimal.valueOf(spread), seed)).weights(index);

          assertThat(LongStream.of(drawn).sum()).isEqualTo(WeightDraw.HUNDRED);
          double total = base.stream().mapToInt(Integer::intValue).sum();
          double s = spread / 100.0;
          for (int c = 0; c < drawn.length; c++) {
            double share = base.get(c) / total * WeightDraw.HUNDRED;
            assertThat(drawn[c]).isBetween((long) Math.floor(share * (1 - s) / (1 + s)) - 1,
                (long) Math.ceil(share * (1 + s) / (1 - s)) + 1);
            if (base.get(c) == 0) {
              assertThat(drawn[c]).isZero();
            }
          }
        });
  }

  @Test
  void theRerunSelectsWhatTheWholePipelineSelectsWhenTheCallHasTheDrawnWeights() {
    qt(150).forAll(assessedCalls(), longs().all()).checkAssert((f, seed) -> {
      Dossier dossier = f.dossier();
      List<Assessment> assessments = f.assessments();
      Reselector rerun = Reselector.of(dossier, assessments, JuryReview.of(dossier));
      WeightedTotals totals = new WeightedTotals(dossier.call(), assessments);
      WeightDraw draw = new WeightDraw(dossier.call().criteria().stream().map(Criterion::weight).toList(),
          new Perturbation(1, new BigDecimal("40"), seed));
      for (int d = 0; d < 3; d++) {
        long[] weights = draw.weights(d);
        Dossier reweighted = dossier.withCall(withWeights(dossier.call(), weights));
        List<Assessment> reassessed = reassess(reweighted.call(), assessments);

        BigDecimal[] fast = totals.totals(weights);
        assertThat(fast).containsExactly(reassessed.stream().map(Assessment::total).toArray(BigDecimal[]::new));
        assertThat(ids(rerun.proposals(), rerun.selected(fast)))
            .isEqualTo(new HashSet<>(Selector.select(reweighted, reassessed).selected()));
      }
    });
  }

  @Test
  void probabilitiesLieBetweenZeroAndOneAndAddUpToTheMeanSelectionWhichTheSlotsBound() {
    qt(100).forAll(assessedCalls(), integers().between(1, 99), longs().all()).checkAssert((f, spread, seed) -> {
      int draws = 20;
      SensitivityReport report = WeightSensitivity.analyse(f.dossier(), f.assessments(),
          new Perturbation(draws, BigDecimal.valueOf(spread), seed));

      assertThat(report.proposals()).allSatisfy(p -> assertThat(p.probability()).isBetween(BigDecimal.ZERO, BigDecimal.ONE));
      long seats = report.proposals().stream().mapToLong(ProposalSensitivity::selectedIn).sum();
      assertThat(BigDecimal.valueOf(seats).divide(BigDecimal.valueOf(draws), 2, RoundingMode.HALF_UP))
          .isEqualByComparingTo(report.meanSelected());
      assertThat(seats).isLessThanOrEqualTo((long) draws * f.dossier().call().policy().slots());
      // Each mean is rounded to hundredths on its own: two criteria may be half a hundredth off each.
      assertThat(report.weights().stream().map(DrawnWeight::mean).reduce(BigDecimal.ZERO, BigDecimal::add))
          .isBetween(new BigDecimal("99.99"), new BigDecimal("100.01"));
    });
  }

  @Test
  void aTinySpreadSelectsExactlyTheSelectionAsAssessedInEveryDraw() {
    qt(100).forAll(assessedCalls(), longs().all()).checkAssert((f, seed) -> {
      SensitivityReport report = WeightSensitivity.analyse(f.dossier(), f.assessments(),
          new Perturbation(10, new BigDecimal("0.0001"), seed));

      assertThat(report.proposals()).allSatisfy(p -> assertThat(p.selectedIn()).isEqualTo(p.plainlySelected() ? 10 : 0));
      assertThat(report.marginal()).isEmpty();
    });
  }

  private static Call withWeights(Call call, long[] weights) {
    List<Criterion> criteria = new ArrayList<>();
    for (int c = 0; c < weights.length; c++) {
      criteria.add(call.criteria().get(c).withWeight(BigDecimal.valueOf(weights[c], 2)));
    }
    return call.withCriteria(criteria);
  }

  /** The assessments again from the same findings, under {@code call}: what a run with those weights gives. */
  private static List<Assessment> reassess(Call call, List<Assessment> assessments) {
    List<Finding> findings = new ArrayList<>();
    assessments.forEach(a -> findings.addAll(a.trail()));
    return new AssessmentAssembler(call).assemble(assessments.stream().map(Assessment::proposalId).toList(), findings);
  }

  private static HashSet<ProposalId> ids(List<ProposalId> proposals, BitSet selected) {
    HashSet<ProposalId> ids = new HashSet<>();
    selected.stream().forEach(i -> ids.add(proposals.get(i)));
    return ids;
  }
}
