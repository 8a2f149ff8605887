package org.convoca.jury.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.convoca.sample.Theories.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.convoca.jury.JurorId;
import org.convoca.proposal.ProposalId;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class AgreementProperties {

  private static final Gen<Metric> METRICS = Generate.enumValues(Metric.class);

  /** When every juror gives each proposal the same score, and the proposals' scores vary, alpha is 1 under every metric. */
  @Test
  void alphaIsOneWhenAllJurorsAgreeOnVariedScores() {
    qt(300).forAll(lists().of(integers().between(0, 10)).ofSizeBetween(2, 12), integers().between(2, 5), METRICS)
        .assuming((scores, jurors, metric) -> scores.stream().distinct().count() >= 2)
        .checkAssert((scores, jurors, metric) -> {
          List<Rating> ratings = new ArrayList<>();
          for (int p = 0; p < scores.size(); p++) {
            for (int j = 0; j < jurors; j++) {
              ratings.add(Panels.rating("J-" + j, "P-" + p, scores.get(p).toString()));
            }
          }

          assertThat(Agreement.of(ratings, metric).alpha()).isEqualTo(new Alpha.Estimate(1.0));
        });
  }

  /** The agreement, alpha and ICCs alike, does not depend on the order of the scores nor on the names of jurors and proposals. */
  @Test
  void agreementDoesNotDependOnTheOrderOfScoresOrTheNames() {
    qt(300).forAll(Panels.sparse(), longs().all(), METRICS).checkAssert((ratings, seed, metric) -> {
      List<Rating> renamed = new ArrayList<>(ratings.stream()
          .map(r -> new Rating(JurorId.of("X" + new StringBuilder(r.juror().value()).reverse()),
              ProposalId.of("Y" + r.proposal().value().hashCode()), r.value()))
          .toList());
      Collections.shuffle(renamed, new Random(seed));

      assertThat(Agreement.of(renamed, metric)).isEqualTo(Agreement.of(ratings, metric));
    });
  }

  /** A proposal scored by a single juror changes nothing: it has no value to pair (Krippendorff's missing data). */
  @Test
  void aProposalWithOneScoreChangesNothingInAlpha() {
    qt(300).forAll(Panels.sparse(), integers().between(0, 10), METRICS).checkAssert((ratings, score, metric) -> {
      List<Rating> withLoneScore = new ArrayList<>(ratings);
      withLoneScore.add(Panels.rating("J-lone", "P-lone", score.toString()));

      Agreement before = Agreement.of(ratings, metric);
      Agreement after = Agreement.of(withLoneScore, metric);
      assertThat(after.alpha()).isEqualTo(before.alpha());
      assertThat(after.scores()).isEqualTo(before.scores());
    });
  }

  /** Alpha is at most 1 and defined exactly when two proposals or more have two scores or more and the pairable scores vary. */
  @Test
  void alphaIsAtMostOneAndDefinedWhenTheDataCanShowAgreement() {
    qt(300).forAll(Panels.sparse(), METRICS).checkAssert((ratings, metric) -> {
      Agreement agreement = Agreement.of(ratings, metric);
      CoincidenceMatrix matrix = CoincidenceMatrix.of(Units.asDoubles(Units.canonical(Agreement.byProposal(ratings).values())));

      assertThat(agreement.alpha().value().isPresent())
          .isEqualTo(matrix.pairableUnits() >= 2 && matrix.values().length >= 2);
      agreement.alpha().value().ifPresent(alpha -> assertThat(alpha).isLessThanOrEqualTo(1.0));
    });
  }

  /** Each metric's closed-form expected sum is Krippendorff's double sum Σ_c Σ_k n_c n_k δ²_ck. */
  @Test
  void theExpectedSumIsTheDoubleSumOverAllPairsOfValues() {
    qt(300).forAll(Panels.sparse(), METRICS).checkAssert((ratings, metric) -> {
      CoincidenceMatrix matrix = CoincidenceMatrix.of(Units.asDoubles(Units.canonical(Agreement.byProposal(ratings).values())));
      long[] counts = matrix.counts();
      Metric.Differences delta = metric.over(matrix.values(), counts);
      double doubleSum = 0;
      for (int c = 0; c < counts.length; c++) {
        for (int k = 0; k < counts.length; k++) {
          doubleSum += (double) counts[c] * counts[k] * delta.between(c, k);
        }
      }

      assertThat(delta.amongAll()).isCloseTo(doubleSum, within(1e-9 * Math.max(1, doubleSum)));
    });
  }

  /** The mean of k jurors is at least as reliable as one of them, by exactly the Spearman–Brown step-up. */
  @Test
  void iccOfTheMeanIsAtLeastIccOfOneJurorWhenPositive() {
    qt(300).forAll(Panels.balanced()).checkAssert(ratings ->
        Agreement.of(ratings, Metric.INTERVAL).icc().ifPresent(icc -> {
          double one = icc.icc1();
          int k = icc.raters();
          if (one > 0) {
            assertThat(icc.icc1k()).isGreaterThanOrEqualTo(one);
          }
          assertThat(icc.icc1k()).isCloseTo(k * one / (1 + (k - 1) * one), within(1e-9));
        }));
  }

  /** ICCs are defined on every balanced panel whose proposal totals are not all equal. */
  @Test
  void iccIsDefinedOnBalancedPanelsWithVariedTotals() {
    qt(300).forAll(Panels.balanced()).checkAssert(ratings -> {
      long distinctTotals = Agreement.byProposal(ratings).values().stream()
          .map(values -> values.stream().reduce(BigDecimal.ZERO, BigDecimal::add).stripTrailingZeros())
          .distinct().count();

      assertThat(Agreement.of(ratings, Metric.INTERVAL).icc().isPresent()).isEqualTo(distinctTotals >= 2);
    });
  }

  /** Interval alpha does not change when a constant is added to every score, nor when every score is multiplied by a positive factor. */
  @Test
  void intervalAlphaIsInvariantUnderShiftAndPositiveScaling() {
    qt(300).forAll(Panels.sparse(), integers().between(-20, 20), Generate.pick(List.of("0.1", "0.5", "2", "3", "7.25")))
        .checkAssert((ratings, shift, factor) -> {
          List<Rating> moved = ratings.stream()
              .map(r -> new Rating(r.juror(), r.proposal(), r.value().multiply(new BigDecimal(factor)).add(BigDecimal.valueOf(shift))))
              .toList();

          Alpha before = Agreement.of(ratings, Metric.INTERVAL).alpha();
          Alpha after = Agreement.of(moved, Metric.INTERVAL).alpha();
          assertThat(after.value().isPresent()).isEqualTo(before.value().isPresent());
          before.value().ifPresent(alpha -> assertThat(after.value().getAsDouble()).isCloseTo(alpha, within(1e-9)));
        });
  }

  /** Ordinal alpha sees only the order of scores: an increasing recoding of the scale (v ↦ v³ + v) leaves it exactly as it was. */
  @Test
  void ordinalAlphaIsInvariantUnderIncreasingRecoding() {
    qt(300).forAll(Panels.sparse()).checkAssert(ratings -> {
      List<Rating> recoded = ratings.stream()
          .map(r -> new Rating(r.juror(), r.proposal(), r.value().pow(3).add(r.value())))
          .toList();

      assertThat(Agreement.of(recoded, Metric.ORDINAL).alpha()).isEqualTo(Agreement.of(ratings, Metric.ORDINAL).alpha());
    });
  }
}
