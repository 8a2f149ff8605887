package org.convoca.assessment.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.convoca.assessment.Assessment;
import org.convoca.assessment.AwardFinding;
import org.convoca.assessment.CheckFinding;
import org.convoca.assessment.CriterionResult;
import org.convoca.assessment.Finding;
import org.convoca.assessment.FindingRejectedException;
import org.convoca.assessment.LabelFinding;
import org.convoca.call.Call;
import org.convoca.call.CriterionId;
import org.convoca.proposal.ProposalId;
import org.convoca.testing.CallFixtures;
import org.junit.jupiter.api.Test;

class AssessmentAssemblerTest {

  private static final ProposalId P1 = ProposalId.of("P-1");
  private static final ProposalId P2 = ProposalId.of("P-2");

  private final AssessmentAssembler assembler = new AssessmentAssembler(call());

  @Test
  void capsPointsAtTheMaximumAndWeighsThemIntoTheTotal() {
    Assessment a = assembler.assess(P1, List.of(
        AwardFinding.of(P1, "cocreation", "Co-owner partner", 6, "a co-owner"),
        AwardFinding.of(P1, "cocreation", "Workshop held", 6, "a workshop"),
        AwardFinding.of(P1, "jury", "Jury mean", 2.5, "mean 2.5 of 5")));

    CriterionResult cocreation = a.criterion(CriterionId.of("cocreation")).orElseThrow();
    assertThat(cocreation.rawPoints()).isEqualByComparingTo("12");
    assertThat(cocreation.points()).isEqualByComparingTo("10");
    assertThat(cocreation.weighted()).isEqualByComparingTo("60.00");
    assertThat(a.criterion(CriterionId.of("jury")).orElseThrow().weighted()).isEqualByComparingTo("20.00");
    assertThat(a.total()).isEqualByComparingTo("80.00");
    assertThat(a.meetsOverallThreshold()).isTrue();
  }

  @Test
  void failsTheCriterionThresholdBelowItsMinimum() {
    Assessment a = assembler.assess(P1, List.of(
        AwardFinding.of(P1, "cocreation", "Co-owner partner", 3, "a co-owner"),
        AwardFinding.of(P1, "jury", "Jury mean", 5, "mean 5 of 5")));

    assertThat(a.criteriaBelowThreshold()).extracting(CriterionResult::criterion)
        .containsExactly(CriterionId.of("cocreation"));
    assertThat(a.meetsAllThresholds()).isFalse();
  }

  @Test
  void comparesTheThresholdWithThePointsRoundedToTheHundredth() {
    AssessmentAssembler six = new AssessmentAssembler(call().withCriteria(call().criteria().stream()
        .map(c -> c.id().equals(CriterionId.of("cocreation")) ? c.withThreshold(new BigDecimal("6")) : c).toList()));

    CriterionResult passes = six.assess(P1, List.of(new AwardFinding(P1, CriterionId.of("cocreation"), "R",
        new BigDecimal("5.995"), "s"))).criterion(CriterionId.of("cocreation")).orElseThrow();
    CriterionResult misses = six.assess(P1, List.of(new AwardFinding(P1, CriterionId.of("cocreation"), "R",
        new BigDecimal("5.994"), "s"))).criterion(CriterionId.of("cocreation")).orElseThrow();

    assertThat(passes.rawPoints()).isEqualTo(new BigDecimal("5.995"));
    assertThat(passes.points()).isEqualTo(new BigDecimal("6.00"));
    assertThat(passes.meetsThreshold()).isTrue();
    assertThat(misses.points()).isEqualTo(new BigDecimal("5.99"));
    assertThat(misses.meetsThreshold()).isFalse();
  }

  @Test
  void weighsThePublishedRoundedPointsAndTotalsTheRoundedContributions() {
    Assessment a = assembler.assess(P1, List.of(
        new AwardFinding(P1, CriterionId.of("cocreation"), "R", new BigDecimal("0.005"), "s"),
        new AwardFinding(P1, CriterionId.of("jury"), "R", new BigDecimal("0.004"), "s")));

    CriterionResult cocreation = a.criterion(CriterionId.of("cocreation")).orElseThrow();
    assertThat(cocreation.points()).isEqualTo(new BigDecimal("0.01"));
    assertThat(cocreation.weighted()).isEqualTo(new BigDecimal("0.06"));
    assertThat(a.criterion(CriterionId.of("jury")).orElseThrow().points()).isEqualTo(new BigDecimal("0.00"));
    assertThat(a.total()).isEqualTo(new BigDecimal("0.06"));
  }

  @Test
  void isIneligibleWhenAnyCheckFailsAndKeepsEveryCheck() {
    Assessment a = assembler.assess(P1, List.of(
        CheckFinding.passed(P1, "B rule", "fine"),
        CheckFinding.failed(P1, "A rule", "late")));

    assertThat(a.eligible()).isFalse();
    assertThat(a.checks()).extracting(CheckFinding::rule).containsExactly("A rule", "B rule");
    assertThat(a.failedChecks()).extracting(CheckFinding::sentence).containsExactly("late");
  }

  @Test
  void ordersTheTrailTheSameWhateverTheOrderOfFindings() {
    List<Finding> findings = List.of(
        new LabelFinding(P1, "CO_CREATED", "Co-created", "a co-owner"),
        AwardFinding.of(P1, "jury", "Jury mean", 2, "mean"),
        CheckFinding.passed(P1, "Window", "in time"),
        AwardFinding.of(P1, "cocreation", "Workshop held", 1, "workshop"));
    List<Finding> reversed = new java.util.ArrayList<>(findings);
    java.util.Collections.reverse(reversed);

    Assessment a = assembler.assess(P1, findings);
    assertThat(a).isEqualTo(assembler.assess(P1, reversed));
    assertThat(a.trail()).extracting(Finding::rule).containsExactly("Window", "Workshop held", "Jury mean", "Co-created");
    assertThat(a.criterion(CriterionId.of("cocreation")).orElseThrow().awards()).extracting(AwardFinding::rule)
        .containsExactly("Workshop held");
  }

  @Test
  void keepsTheRulesFindingsThemselvesNotCopies() {
    AwardFinding award = AwardFinding.of(P1, "jury", "Jury mean", 2, "mean");
    CheckFinding check = CheckFinding.passed(P1, "Window", "in time");
    LabelFinding label = new LabelFinding(P1, "CO_CREATED", "Co-created", "a co-owner");

    Assessment a = assembler.assess(P1, List.of(award, check, label));

    assertThat(a.checks()).containsExactly(check);
    assertThat(a.criterion(CriterionId.of("jury")).orElseThrow().awards()).containsExactly(award);
    assertThat(a.labels()).containsExactly(label);
    assertThat(a.trail()).containsExactly(check, award, label);
  }

  @Test
  void assemblesOneAssessmentPerProposalSortedById() {
    List<Assessment> all = assembler.assemble(List.of(P2, P1), List.of(AwardFinding.of(P2, "jury", "r", 1, "s")));

    assertThat(all).extracting(Assessment::proposalId).containsExactly(P1, P2);
    assertThat(all.get(0).total()).isEqualByComparingTo("0");
  }

  @Test
  void rejectsAnAwardToACriterionTheCallLacks() {
    assertThatThrownBy(() -> assembler.assess(P1, List.of(AwardFinding.of(P1, "beauty", "Pretty", 1, "nice"))))
        .isInstanceOfSatisfying(FindingRejectedException.class, e -> {
          assertThat(e.rule()).isEqualTo("Pretty");
          assertThat(e.proposal()).contains(P1);
          assertThat(e.reason()).startsWith("awarded points to criterion 'beauty', which the call does not define");
        })
        .hasMessageContaining("rule 'Pretty'");
  }

  @Test
  void rejectsAFindingAboutAProposalNotAssessed() {
    assertThatThrownBy(() -> assembler.assemble(List.of(P1), List.of(CheckFinding.passed(P2, "R", "s"))))
        .isInstanceOfSatisfying(FindingRejectedException.class, e -> {
          assertThat(e.rule()).isEqualTo("R");
          assertThat(e.proposal()).contains(P2);
        })
        .hasMessageContaining("proposal 'P-2'");
  }

  /** The base call of the tests with two criteria: co-creation (weight 60, threshold 4) and jury (weight 40, at most 5 points). */
  private static Call call() {
    return CallFixtures.aFederalCall().withCriteria(
        CallFixtures.criterion(CriterionId.of("cocreation"), 60, 4),
        CallFixtures.criterion(CriterionId.of("jury"), 40, null).withMaxPoints(BigDecimal.valueOf(5)));
  }
}
