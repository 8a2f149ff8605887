package org.convoca.jury.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.convoca.jury.JurorId;
import org.convoca.proposal.ProposalId;
import org.junit.jupiter.api.Test;

/** One test per case of {@link Agreement#of}: the degenerate data, the ICC conditions, the errors. */
class AgreementTest {

  @Test
  void noScoresGiveNoPairableValues() {
    Agreement agreement = Agreement.of(List.of(), Metric.INTERVAL);

    assertThat(agreement.alpha()).isEqualTo(new Alpha.Undefined(AlphaUndefined.NO_PAIRABLE_VALUES));
    assertThat(agreement.scores()).isZero();
    assertThat(agreement.units()).isZero();
    assertThat(agreement.icc()).isEmpty();
  }

  @Test
  void proposalsWithOneScoreEachGiveNoPairableValues() {
    Agreement agreement = Agreement.of(Panels.rows(
        "1 . .",
        ". 3 .",
        ". . 5"), Metric.INTERVAL);

    assertThat(agreement.alpha()).isEqualTo(new Alpha.Undefined(AlphaUndefined.NO_PAIRABLE_VALUES));
    assertThat(agreement.scores()).isZero();
  }

  @Test
  void aSingleScoredProposalGivesNoAlpha() {
    Agreement agreement = Agreement.of(Panels.rows("1", "3", "4"), Metric.INTERVAL);

    assertThat(agreement.alpha()).isEqualTo(new Alpha.Undefined(AlphaUndefined.ONE_UNIT));
    assertThat(agreement.alpha().reading()).isEmpty();
    assertThat(agreement.scores()).isEqualTo(3);
    assertThat(agreement.units()).isEqualTo(1);
  }

  /** Why {@link AlphaUndefined#ONE_UNIT}: on one unit Krippendorff's formula is 0 whatever the scores. */
  @Test
  void theFormulaOnASingleUnitIsZeroWhateverTheScores() {
    for (double[] unit : List.of(new double[] {1, 3, 4}, new double[] {0, 5}, new double[] {2, 2, 2.5, 5})) {
      CoincidenceMatrix matrix = CoincidenceMatrix.of(List.of(unit));
      for (Metric metric : Metric.values()) {
        Metric.Differences delta = metric.over(matrix.values(), matrix.counts());
        double alpha = 1 - (matrix.pairableValues() - 1) * matrix.observed(delta) / delta.amongAll();

        assertThat(alpha).isCloseTo(0, within(1e-12));
      }
    }
  }

  @Test
  void identicalScoresGiveNoAlphaAndNoIcc() {
    Agreement agreement = Agreement.of(Panels.rows(
        "3 3 3",
        "3 3 3"), Metric.INTERVAL);

    assertThat(agreement.alpha()).isEqualTo(new Alpha.Undefined(AlphaUndefined.NO_VARIATION));
    assertThat(agreement.icc()).isEmpty();
  }

  @Test
  void aProposalWithOneScoreDropsOutOfAlpha() {
    List<Rating> pairable = Panels.rows(
        "1 2 4",
        "1 3 4");
    List<Rating> withOneMore = Panels.rows(
        "1 2 4 5",
        "1 3 4 .");

    assertThat(Agreement.of(withOneMore, Metric.INTERVAL).alpha()).isEqualTo(Agreement.of(pairable, Metric.INTERVAL).alpha());
    assertThat(Agreement.of(withOneMore, Metric.INTERVAL).scores()).isEqualTo(6);
  }

  /** Two proposals each scored 0 and 5: o_05 = o_50 = 2, n_0 = n_5 = 2, α = 1 − 3 · 100 / 200. */
  @Test
  void jurorsWhoDisagreeMoreThanChanceGiveANegativeAlpha() {
    Agreement agreement = Agreement.of(Panels.rows(
        "0 5",
        "5 0"), Metric.INTERVAL);

    assertThat(agreement.alpha().value().getAsDouble()).isEqualTo(-0.5);
    assertThat(agreement.alpha().reading()).contains(Reading.UNRELIABLE);
  }

  @Test
  void iccIsAbsentWhenProposalsHaveDifferentNumbersOfScores() {
    Agreement agreement = Agreement.of(Panels.rows(
        "1 2 4",
        "1 3 4",
        "2 . 5"), Metric.INTERVAL);

    assertThat(agreement.alpha().value()).isPresent();
    assertThat(agreement.icc()).isEmpty();
  }

  /** Equal proposal totals make BMS exactly 0, and ICC(1,k) would divide by it. */
  @Test
  void iccIsAbsentWhenEveryProposalHasTheSameTotal() {
    Agreement agreement = Agreement.of(Panels.targets(
        "1 3",
        "2 2",
        "3 1"), Metric.INTERVAL);

    assertThat(agreement.alpha().value()).isPresent();
    assertThat(agreement.icc()).isEmpty();
  }

  @Test
  void iccIsAbsentForASingleProposal() {
    assertThat(Agreement.of(Panels.targets("1 3 4"), Metric.INTERVAL).icc()).isEmpty();
  }

  @Test
  void iccIsOneWhenJurorsAgreeOnEveryProposal() {
    Icc icc = Agreement.of(Panels.targets(
        "1 1 1",
        "4 4 4"), Metric.INTERVAL).icc().orElseThrow();

    assertThat(icc.icc1()).isEqualTo(1.0);
    assertThat(icc.icc1k()).isEqualTo(1.0);
  }

  @Test
  void theOrdinalMetricCountsTheScoresBetweenTwoValues() {
    // Margins n_1 = 2, n_2 = 1, n_4 = 1: δ²(1, 4) = (2 + 1 + 1 − (2 + 1) / 2)² = 6.25.
    double[] values = {1, 2, 4};
    long[] counts = {2, 1, 1};

    assertThat(Metric.ORDINAL.over(values, counts).between(0, 2)).isEqualTo(6.25);
    assertThat(Metric.ORDINAL.over(values, counts).between(2, 0)).isEqualTo(6.25);
    assertThat(Metric.INTERVAL.over(values, counts).between(0, 2)).isEqualTo(9.0);
    assertThat(Metric.NOMINAL.over(values, counts).between(0, 2)).isEqualTo(1.0);
  }

  @Test
  void rejectsASecondScoreByTheSameJurorOnTheSameProposal() {
    List<Rating> twice = List.of(Panels.rating("J-1", "P-1", "3"), Panels.rating("J-1", "P-1", "4"));

    assertThatThrownBy(() -> Agreement.of(twice, Metric.INTERVAL))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("juror J-1 scored proposal P-1 more than once (3 and 4)");
  }

  @Test
  void rejectsARatingWithoutAValue() {
    assertThatThrownBy(() -> new Rating(JurorId.of("J-1"), ProposalId.of("P-1"), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("'value' must not be null");
  }

  @Test
  void readsAlphaByKrippendorffsThresholds() {
    assertThat(Reading.of(1.0)).isEqualTo(Reading.RELIABLE);
    assertThat(Reading.of(0.8)).isEqualTo(Reading.RELIABLE);
    assertThat(Reading.of(0.7999)).isEqualTo(Reading.TENTATIVE);
    assertThat(Reading.of(0.667)).isEqualTo(Reading.TENTATIVE);
    assertThat(Reading.of(0.6669)).isEqualTo(Reading.UNRELIABLE);
    assertThat(Reading.of(-0.5)).isEqualTo(Reading.UNRELIABLE);
  }

  @Test
  void rejectsReadingANumberThatIsNotAnAlpha() {
    assertThatThrownBy(() -> Reading.of(Double.NaN)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'alpha' must be a finite number, was NaN");
    assertThatThrownBy(() -> new Alpha.Estimate(1.5)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'alpha' must be a finite number of at most 1, was 1.5");
  }

  @Test
  void rejectsAnIccThatDividesByZero() {
    assertThatThrownBy(() -> new Icc(3, 4, 0, 1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'betweenMeanSquare' must be a finite number above 0, was 0.0");
    assertThatThrownBy(() -> new Icc(1, 4, 1, 1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'raters' must be at least 2, was 1");
  }

  @Test
  void iccOfOneJurorCanBeNegative() {
    Icc icc = new Icc(2, 3, 1, 3);

    assertThat(icc.icc1()).isCloseTo(-0.5, within(1e-15));
    assertThat(icc.icc1k()).isCloseTo(-2.0, within(1e-15));
  }
}
