package org.convoca.sensitivity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.convoca.selection.SelectionFixture.Bid.bid;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import org.convoca.call.CriterionId;
import org.convoca.call.SelectionPolicy;
import org.convoca.jury.JuryVerdict;
import org.convoca.proposal.ProposalId;
import org.junit.jupiter.api.Test;

/**
 * The weight sensitivity of a call of two criteria, co-creation (weight 60, threshold 2 points) and
 * quality (weight 40), both out of 10, with an overall threshold of 50 and 2 slots.
 *
 * <p>With co-creation weighing {@code w} and quality {@code 100 − w} after a draw:
 * <ul>
 *   <li>P-01 has 10 and 10 points: 100 whatever the weights, always first;
 *   <li>P-02 has 1 co-creation point, below the threshold of 2, which weights do not change: never ranked;
 *   <li>P-03 has 8 and 4 points: {@code 40 + 0.4w}, 64 as called;
 *   <li>P-04 has 4 and 8 points: {@code 80 − 0.4w}, 56 as called; it passes P-03 when {@code w < 50}
 *       (at 50 they tie and P-03's id wins);
 *   <li>P-05 has 10 and 10 points but failed an eligibility check: never ranked;
 *   <li>P-06 has 3 and 3 points: 30 whatever the weights, below the overall threshold of 50.
 * </ul>
 * The second seat goes to P-04 when {@code 60 f1 < 40 f2}, with the factors {@code f1, f2} uniform in
 * [0.7, 1.3] at a spread of 30 percent: when {@code f2 / f1 > 1.5}, whose probability is
 * {@code (∫ from 0.7 to 0.8667 of (1.3 − 1.5 f1) df1) / 0.36 = 0.02083 / 0.36 ≈ 0.0579}. So P-03 is
 * selected in about 94.2 percent of the draws, just short of the stable core, and both are marginal.
 */
class WeightSensitivityTest {

  private static final Perturbation THIRTY_PERCENT = new Perturbation(2000, new BigDecimal("30"), 2026);

  static PointsFixture twoSeats() {
    return PointsFixture.aCall()
        .policy(SelectionPolicy.builder().slots(2).build())
        .proposal(bid("P-01").from("G1", "AR-X"), "10", "10")
        .proposal(bid("P-02").from("G2", "AR-S"), "1", "10")
        .proposal(bid("P-03").from("G3", "AR-C"), "8", "4")
        .proposal(bid("P-04").from("G4", "AR-M"), "4", "8")
        .proposal(bid("P-05").from("G5", "AR-B").ineligible(), "10", "10")
        .proposal(bid("P-06").from("G6", "AR-X"), "3", "3");
  }

  private static SensitivityReport analyse(PointsFixture f, Perturbation p) {
    return WeightSensitivity.analyse(f.dossier(), f.assessments(), p);
  }

  @Test
  void pinsTheSeededResultOfTheTwoSeatCall() {
    SensitivityReport report = analyse(twoSeats(), THIRTY_PERCENT);

    assertThat(report.proposals()).extracting(ProposalSensitivity::selectedIn)
        .containsExactly(2000, 0, 1882, 118, 0, 0);
    assertThat(report.proposals().get(3).probability()).isEqualByComparingTo("0.059");
    assertThat(report.stableCore()).containsExactly(ProposalId.of("P-01"));
    assertThat(report.marginal()).extracting(m -> m.proposal().id().value()).containsExactly("P-03", "P-04");
    assertThat(report.meanSelected()).isEqualByComparingTo("2.00");
  }

  @Test
  void aProposalFarAboveTheOthersIsAlwaysSelectedAndInTheStableCore() {
    ProposalSensitivity first = analyse(twoSeats(), THIRTY_PERCENT).proposals().get(0);

    assertThat(first.probability()).isEqualByComparingTo("1");
    assertThat(first.inStableCore()).isTrue();
  }

  @Test
  void proposalsBelowACriterionThresholdIneligibleOrBelowTheOverallThresholdWhateverTheWeightsAreNeverSelected() {
    List<ProposalSensitivity> proposals = analyse(twoSeats(), THIRTY_PERCENT).proposals();

    assertThat(List.of(proposals.get(1), proposals.get(4), proposals.get(5)))
        .allSatisfy(p -> assertThat(p.selectedIn()).isZero())
        .noneMatch(ProposalSensitivity::marginal);
  }

  @Test
  void theMarginalProposalIsMovedMostByTheCoCreationWeightWhichItLoses() {
    MarginalProposal fourth = analyse(twoSeats(), THIRTY_PERCENT).marginal().get(1);

    // With two criteria the weights move together: quality's correlation is the opposite, and
    // co-creation, earlier in the call, wins the tie of magnitudes.
    assertThat(fourth.criterion()).isEqualTo(CriterionId.of("cocreation"));
    assertThat(fourth.correlation()).isNegative();
    assertThat(fourth.meanWeightWhenSelected()).isLessThan(new BigDecimal("50"));
    assertThat(fourth.meanWeightWhenNot()).isGreaterThan(new BigDecimal("50"));
  }

  @Test
  void theSameSeedGivesTheSameReportOnOneThreadAndOnFour() throws Exception {
    PointsFixture f = twoSeats();
    SensitivityReport onOne = new ForkJoinPool(1).submit(() -> analyse(f, THIRTY_PERCENT)).get();
    SensitivityReport onFour = new ForkJoinPool(4).submit(() -> analyse(f, THIRTY_PERCENT)).get();

    assertThat(onFour).isEqualTo(onOne).isEqualTo(analyse(f, THIRTY_PERCENT));
  }

  @Test
  void anotherSeedDrawsOtherWeights() {
    SensitivityReport other = analyse(twoSeats(), new Perturbation(2000, new BigDecimal("30"), 7));

    assertThat(other.weights()).isNotEqualTo(analyse(twoSeats(), THIRTY_PERCENT).weights());
  }

  @Test
  void aTinySpreadSelectsThePlainSelectionInEveryDraw() {
    SensitivityReport report = analyse(twoSeats(), new Perturbation(50, new BigDecimal("0.001"), 1));

    assertThat(report.proposals()).allSatisfy(p -> assertThat(p.selectedIn()).isEqualTo(p.plainlySelected() ? 50 : 0));
    assertThat(report.stableCore()).containsExactly(ProposalId.of("P-01"), ProposalId.of("P-03"));
    assertThat(report.marginal()).isEmpty();
    assertThat(report.weights()).allSatisfy(w -> assertThat(w.lowest()).isEqualByComparingTo(w.asCalled()));
  }

  @Test
  void theJurysOverridesHoldInEveryDraw() {
    PointsFixture f = twoSeats().override("P-01", JuryVerdict.EXCLUDE).override("P-06", JuryVerdict.INCLUDE);

    List<ProposalSensitivity> proposals = analyse(f, THIRTY_PERCENT).proposals();

    assertThat(proposals.get(0).selectedIn()).isZero();
    assertThat(proposals.get(5).selectedIn()).isEqualTo(2000);
    // P-01's excluded seat stays empty: the second seat is still P-03's or P-04's.
    assertThat(proposals.get(2).selectedIn() + proposals.get(3).selectedIn()).isEqualTo(2000);
  }

  @Test
  void theBudgetAndTheCapsApplyInEveryDraw() {
    PointsFixture f = PointsFixture.aCall()
        .policy(SelectionPolicy.builder().slots(3).perGovernmentCap(1)
            .totalBudget(org.convoca.value.Money.of(500, "ARS")).build())
        .proposal(bid("P-01").from("G1", "AR-X").request(300), "10", "10")
        .proposal(bid("P-02").from("G1", "AR-X").request(100), "9", "9")
        .proposal(bid("P-03").from("G3", "AR-C").request(300), "8", "8")
        .proposal(bid("P-04").from("G4", "AR-M").request(200), "6", "6");

    List<ProposalSensitivity> proposals = analyse(f, THIRTY_PERCENT).proposals();

    // P-02 shares P-01's government (cap 1); P-03 does not fit the 200 left; P-04 does.
    assertThat(proposals).extracting(ProposalSensitivity::selectedIn).containsExactly(2000, 0, 0, 2000);
  }

  @Test
  void refusesAssessmentsWhoseTotalsAreNotTheirWeightedPoints() {
    org.convoca.selection.SelectionFixture stated = org.convoca.selection.SelectionFixture.aCall()
        .bid(bid("P-01").total("77"));

    assertThatThrownBy(() -> WeightSensitivity.analyse(stated.dossier(), stated.assessments(), THIRTY_PERCENT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the total of P-01 (77)");
  }

  @Test
  void refusesDrawsAndSpreadsOutOfRangeNamingEach() {
    assertThatThrownBy(() -> new Perturbation(0, new BigDecimal("100"), 1))
        .hasMessage("draws must be between 1 and 100000, was 0; "
            + "spread must be more than 0 and less than 100 (percent), was 100");
    assertThat(Perturbation.problems(100_001, BigDecimal.ZERO)).hasSize(2);
    assertThat(Perturbation.problems(1, new BigDecimal("99.9"))).isEmpty();
  }

  @Test
  void refusesASpreadFinerThanFourDecimalsAndShowsAHugeExponentShort() {
    assertThatThrownBy(() -> new Perturbation(10, new BigDecimal("1e-999999999"), 1))
        .hasMessage("spread must have at most 4 digits after the decimal point (0.0001 percent), was 1E-999999999");
    assertThat(Perturbation.problems(10, new BigDecimal("0.00001"))).singleElement().asString().endsWith("was 0.00001");
    assertThat(Perturbation.problems(10, new BigDecimal("0.0001"))).isEmpty();
    assertThat(Perturbation.problems(10, new BigDecimal("12.340000000"))).isEmpty();
  }
}
