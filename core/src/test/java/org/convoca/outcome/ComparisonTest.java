package org.convoca.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.convoca.call.CriterionId;
import org.convoca.outcome.Comparison.CriterionDelta;
import org.convoca.outcome.Comparison.DecisionChange;
import org.convoca.outcome.Comparison.ProposalDelta;
import org.convoca.outcome.Comparison.RankMove;
import org.convoca.outcome.Comparison.RuleDelta;
import org.convoca.outcome.Comparison.RuleImpact;
import org.convoca.proposal.ProposalId;
import org.convoca.selection.DecisionKind;
import org.junit.jupiter.api.Test;

/** {@link Comparison#of}: each part of a comparison, on the small outcomes of {@link ComparisonFixtures}. */
class ComparisonTest {

  private static final Comparison BASE_TO_VARIANT = Comparison.of(ComparisonFixtures.base(), ComparisonFixtures.variant());

  private static ProposalId p(String id) {
    return ProposalId.of(id);
  }

  private static BigDecimal n(String number) {
    return new BigDecimal(number);
  }

  @Test
  void aProposalThatOvertakesTheLastSelectedEntersAndTheOtherLeaves() {
    assertThat(BASE_TO_VARIANT.entering()).containsExactly(p("P-4"));
    assertThat(BASE_TO_VARIANT.leaving()).containsExactly(p("P-3"));
    assertThat(BASE_TO_VARIANT.base().selected()).isEqualTo(3);
    assertThat(BASE_TO_VARIANT.variant().selected()).isEqualTo(3);
  }

  @Test
  void listsEachChangedDecisionWithBothSidesAndNoOther() {
    assertThat(BASE_TO_VARIANT.decisionChanges()).containsExactly(
        new DecisionChange(p("P-3"), DecisionKind.SELECTED_BY_MERIT, DecisionKind.NOT_SELECTED),
        new DecisionChange(p("P-4"), DecisionKind.NOT_SELECTED, DecisionKind.SELECTED_BY_MERIT),
        new DecisionChange(p("P-5"), DecisionKind.BELOW_THRESHOLD, DecisionKind.NOT_SELECTED));
  }

  @Test
  void listsRankMovesIncludingAProposalRankedOnOneSideOnly() {
    assertThat(BASE_TO_VARIANT.rankMoves()).containsExactly(
        new RankMove(p("P-2"), Optional.of(2), Optional.of(3)),
        new RankMove(p("P-3"), Optional.of(3), Optional.of(4)),
        new RankMove(p("P-4"), Optional.of(4), Optional.of(2)),
        new RankMove(p("P-5"), Optional.empty(), Optional.of(5)));
    assertThat(BASE_TO_VARIANT.rankMoves().get(2).places()).contains(2);
    assertThat(BASE_TO_VARIANT.rankMoves().get(0).places()).contains(-1);
    assertThat(BASE_TO_VARIANT.rankMoves().get(3).places()).isEmpty();
  }

  @Test
  void givesTheTotalAndCriterionDeltasOfEachChangedProposalOnly() {
    assertThat(BASE_TO_VARIANT.deltas()).extracting(ProposalDelta::proposal).containsExactly(p("P-4"), p("P-5"));
    ProposalDelta p4 = BASE_TO_VARIANT.deltas().get(0);
    assertThat(p4.totalDelta()).isEqualByComparingTo("25");
    // 5 and 9 points of 10 on co-creation, weight 60: 30 and 54 towards the total.
    assertThat(p4.criteria()).containsExactly(new CriterionDelta(CriterionId.of("cocreation"), n("5"), n("9"),
        n("60"), n("60"), n("30.00"), n("54.00")));
    assertThat(p4.criteria().get(0).weightedDelta()).isEqualByComparingTo("24");
    ProposalDelta p5 = BASE_TO_VARIANT.deltas().get(1);
    assertThat(p5.totalDelta()).isEqualByComparingTo("15");
    assertThat(p5.criteria()).isEmpty();
    assertThat(p5.rules()).isEmpty();
  }

  @Test
  void namesTheRuleWhoseAwardedPointsChangedPerProposalAndOverall() {
    assertThat(BASE_TO_VARIANT.deltas().get(0).rules()).containsExactly(
        new RuleDelta("Points set by the test", CriterionId.of("cocreation"), n("5"), n("9")));
    assertThat(BASE_TO_VARIANT.rules()).containsExactly(
        new RuleImpact("Points set by the test", CriterionId.of("cocreation"), 1, n("4"), n("4")));
  }

  @Test
  void ordersTheLargestDeltasFirst() {
    assertThat(BASE_TO_VARIANT.largestDeltas(1)).extracting(ProposalDelta::proposal).containsExactly(p("P-4"));
  }

  @Test
  void anOutcomeComparedWithItselfChangesNothing() {
    Comparison same = Comparison.of(ComparisonFixtures.base(), ComparisonFixtures.base());

    assertThat(same.unchanged()).isTrue();
    assertThat(same.titles()).isEmpty();
    assertThat(same.base().fingerprint()).isEqualTo(same.variant().fingerprint());
  }

  @Test
  void reportsProposalsOfOneSideOnlyAndCountsAVariantOnesSelectionAsEntering() {
    Comparison c = Comparison.of(ComparisonFixtures.base(), ComparisonFixtures.another());

    assertThat(c.base().only()).containsExactly(p("P-5"));
    assertThat(c.variant().only()).containsExactly(p("P-6"));
    assertThat(c.entering()).containsExactly(p("P-6"));
    assertThat(c.leaving()).containsExactly(p("P-3"));
    assertThat(c.decisionChanges()).extracting(DecisionChange::proposal).containsExactly(p("P-3"));
    assertThat(c.deltas()).isEmpty();
    assertThat(c.title(p("P-6"))).isEqualTo("Proposal P-6");
    assertThat(c.title(p("P-5"))).isEqualTo("Proposal P-5");
    assertThat(c.unchanged()).isFalse();
  }

  @Test
  void keepsTheVariantsTitlesAndTheCallersChangesAndNotes() {
    Comparison c = Comparison.of(ComparisonFixtures.base(), ComparisonFixtures.variant(t -> t + " (new)"))
        .describedBy(List.of("set cocreation.weight=70"), List.of("Weights scaled."));

    assertThat(c.title(p("P-4"))).isEqualTo("Proposal P-4 (new)");
    assertThat(c.titles()).containsOnlyKeys(p("P-2"), p("P-3"), p("P-4"), p("P-5"));
    assertThat(c.changes()).containsExactly("set cocreation.weight=70");
    assertThat(c.notes()).containsExactly("Weights scaled.");
    assertThat(c.title(p("P-9"))).isEqualTo("P-9");
  }
}
