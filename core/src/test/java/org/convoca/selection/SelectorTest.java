package org.convoca.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.convoca.selection.SelectionFixture.Bid.bid;

import java.util.ArrayList;
import java.util.List;
import org.convoca.assessment.Assessment;
import org.convoca.call.CriterionId;
import org.convoca.call.JuryPolicy;
import org.convoca.call.SelectionPolicy;
import org.convoca.call.TieBreak;
import org.convoca.call.TieBreakKind;
import org.convoca.dossier.Dossier;
import org.convoca.government.GovernmentId;
import org.convoca.government.JurisdictionCode;
import org.convoca.jury.Juror;
import org.convoca.jury.JurorId;
import org.convoca.jury.JurorScore;
import org.convoca.jury.JuryVerdict;
import org.convoca.proposal.ProposalId;
import org.convoca.value.Money;
import org.junit.jupiter.api.Test;

class SelectorTest {

  @Test
  void skipsAProposalThatNoLongerFitsTheBudgetAndTriesTheNext() {
    SelectionFixture f = SelectionFixture.aCall()
        .policy(SelectionPolicy.builder().slots(3).totalBudget(Money.of(500, "ARS")).build())
        .bid(bid("P-1").total("90").request(300))
        .bid(bid("P-2").total("80").request(300))
        .bid(bid("P-3").total("70").request(200));

    Selection s = Selector.select(f.dossier(), f.assessments());

    assertThat(ids(s.selected())).containsExactly("P-1", "P-3");
    assertThat(s.decision(ProposalId.of("P-2")).orElseThrow().reason())
        .contains("its request of ARS 300 did not fit in the ARS 200 left of the budget");
    assertThat(s.decision(ProposalId.of("P-2")).orElseThrow().cause()).isEqualTo(
        new DecisionCause.Budget(2, Money.of(300, "ARS"), Money.of(200, "ARS"), Money.of(500, "ARS")));
    assertThat(s.decision(ProposalId.of("P-1")).orElseThrow().cause()).isEqualTo(new DecisionCause.MeritSeat(1));
  }

  @Test
  void stopsAtTheJurisdictionCapAndNamesIt() {
    SelectionFixture f = SelectionFixture.aCall()
        .policy(SelectionPolicy.builder().slots(3).perJurisdictionCap(1).build())
        .bid(bid("P-1").from("G1", "AR-X").total("90"))
        .bid(bid("P-2").from("G2", "AR-X").total("80"))
        .bid(bid("P-3").from("G3", "AR-S").total("70"));

    Selection s = Selector.select(f.dossier(), f.assessments());

    assertThat(ids(s.selected())).containsExactly("P-1", "P-3");
    Decision p2 = s.decision(ProposalId.of("P-2")).orElseThrow();
    assertThat(p2.kind()).isEqualTo(DecisionKind.NOT_SELECTED);
    assertThat(p2.reason()).contains("jurisdiction AR-X already had the most selected proposals the call allows");
    assertThat(p2.cause()).isEqualTo(new DecisionCause.JurisdictionCap(2, JurisdictionCode.of("AR-X"), 1));
  }

  @Test
  void stopsAtTheGovernmentCap() {
    SelectionFixture f = SelectionFixture.aCall()
        .policy(SelectionPolicy.builder().slots(3).perGovernmentCap(1).build())
        .bid(bid("P-1").from("G1", "AR-X").total("90"))
        .bid(bid("P-2").from("G1", "AR-X").total("80"));

    Selection s = Selector.select(f.dossier(), f.assessments());

    assertThat(ids(s.selected())).containsExactly("P-1");
    assertThat(s.decision(ProposalId.of("P-2")).orElseThrow().reason()).contains("its government G1");
    assertThat(s.decision(ProposalId.of("P-2")).orElseThrow().cause())
        .isEqualTo(new DecisionCause.GovernmentCap(2, GovernmentId.of("G1"), 1));
  }

  @Test
  void endsTheTieBreakChainWithTheProposalIdEvenWhenNotListed() {
    SelectionFixture f = SelectionFixture.aCall()
        .bid(bid("P-B").total("70"))
        .bid(bid("P-A").total("70"));

    Selection s = Selector.select(f.dossier(), f.assessments());

    assertThat(s.ranking()).extracting(r -> r.proposal().value()).containsExactly("P-A", "P-B");
    assertThat(s.ties()).singleElement().satisfies(t -> {
      assertThat(t.step().kind()).isEqualTo(TieBreakKind.PROPOSAL_ID);
      assertThat(t.sentence()).contains("its id comes first");
    });
  }

  @Test
  void breaksATieByTheLowerRequest() {
    SelectionFixture f = SelectionFixture.aCall()
        .policy(SelectionPolicy.builder().slots(1)
            .addTieBreak(TieBreak.builder().kind(TieBreakKind.LOWER_REQUEST).build()).build())
        .bid(bid("P-1").total("70").request(500))
        .bid(bid("P-2").total("70").request(100));

    Selection s = Selector.select(f.dossier(), f.assessments());

    assertThat(ids(s.selected())).containsExactly("P-2");
    assertThat(s.ties().get(0).sentence()).contains("it requests less funding (ARS 100 against ARS 500)");
  }

  @Test
  void doesNotRankAProposalBelowACriterionThreshold() {
    SelectionFixture f = SelectionFixture.aCall().bid(bid("P-1").total("90").cocreation("1"));

    Decision d = Selector.select(f.dossier(), f.assessments()).decisions().get(0);

    assertThat(d.kind()).isEqualTo(DecisionKind.BELOW_THRESHOLD);
    assertThat(d.reason()).contains("It has 1 points on Co-creation, below that criterion's threshold of 2.");
  }

  @Test
  void doesNotRankAProposalWhoseJuryReviewIsIncompleteAndSaysWhy() {
    SelectionFixture f = SelectionFixture.aCall().bid(bid("P-1").total("90")).bid(bid("P-2").total("80"));
    Dossier base = f.dossier();
    CriterionId quality = CriterionId.of("quality");
    Dossier dossier = base.withCall(base.call().withJury(JuryPolicy.builder().minScores(2).build()))
        .withJury(base.jury().withJurors(
                Juror.builder().id(JurorId.of("J-1")).name("Ana").build(), Juror.builder().id(JurorId.of("J-2")).name("Bruno").build())
            .withScores(juryScore("J-1", "P-1", quality), juryScore("J-2", "P-1", quality), juryScore("J-1", "P-2", quality)));

    Selection s = Selector.select(dossier, f.assessments());

    Decision d = s.decision(ProposalId.of("P-2")).orElseThrow();
    assertThat(d.kind()).isEqualTo(DecisionKind.INCOMPLETE_REVIEW);
    assertThat(d.reason()).isEqualTo("Eligible, but the jury's review is incomplete, so not ranked. "
        + "On criterion quality it has 1 valid score of the 2 the call needs.");
    assertThat(s.rank(ProposalId.of("P-2"))).isEmpty();
    assertThat(ids(s.selected())).containsExactly("P-1");
  }

  @Test
  void aProposalWithEnoughValidScoresIsRankedAsBefore() {
    SelectionFixture f = SelectionFixture.aCall().bid(bid("P-1").total("90"));
    Dossier base = f.dossier();
    Dossier dossier = base.withCall(base.call().withJury(JuryPolicy.builder().minScores(1).build()))
        .withJury(base.jury().withJurors(Juror.builder().id(JurorId.of("J-1")).name("Ana").build())
            .withScores(juryScore("J-1", "P-1", CriterionId.of("quality"))));

    assertThat(Selector.select(dossier, f.assessments()).decision(ProposalId.of("P-1")).orElseThrow().kind())
        .isEqualTo(DecisionKind.SELECTED_BY_MERIT);
  }

  private static JurorScore juryScore(String juror, String proposal, CriterionId criterion) {
    return JurorScore.builder().juror(JurorId.of(juror)).proposal(ProposalId.of(proposal)).criterion(criterion)
        .value(java.math.BigDecimal.valueOf(4)).build();
  }

  @Test
  void saysWhenTheMinimumOfJurisdictionsCannotBeMet() {
    SelectionFixture f = SelectionFixture.aCall()
        .policy(SelectionPolicy.builder().slots(3).minJurisdictions(3).build())
        .bid(bid("P-1").from("G1", "AR-X").total("90"))
        .bid(bid("P-2").from("G2", "AR-S").total("60"));

    Selection s = Selector.select(f.dossier(), f.assessments());

    assertThat(ids(s.selected())).containsExactly("P-1", "P-2");
    assertThat(s.notes()).anySatisfy(n -> assertThat(n).contains("at least 3 jurisdictions").contains("covers 2"));
  }

  @Test
  void saysHowManyJurisdictionsTheSelectionCoversOnceTheJuryIncludedAProposal() {
    SelectionFixture f = SelectionFixture.aCall()
        .policy(SelectionPolicy.builder().slots(1).minJurisdictions(2).build())
        .bid(bid("P-1").from("G1", "AR-X").total("90"))
        .bid(bid("P-2").from("G2", "AR-S").total("60"))
        .override("P-2", JuryVerdict.INCLUDE, "Reassessed by the jury");

    Selection s = Selector.select(f.dossier(), f.assessments());

    assertThat(s.notes()).anySatisfy(n -> assertThat(n).contains("the selection the policy computes covers 1 (AR-X)"));
    assertThat(s.notes()).last().isEqualTo("After the jury's overrides, the selection covers 2 jurisdictions (AR-S, AR-X).");
  }

  @Test
  void anIncludeTakesASeatBeyondTheSlotsAndKeepsTheComputedDecision() {
    SelectionFixture f = SelectionFixture.aCall()
        .policy(SelectionPolicy.builder().slots(1).waitlistLength(2).build())
        .bid(bid("P-1").total("90"))
        .bid(bid("P-2").total("80"))
        .bid(bid("P-3").total("70"))
        .override("P-2", JuryVerdict.INCLUDE, "It serves the only indigenous community that applied");

    Selection s = Selector.select(f.dossier(), f.assessments());

    assertThat(ids(s.selected())).containsExactly("P-1", "P-2");
    assertThat(ids(s.computedSelected())).containsExactly("P-1");
    Decision p2 = s.decision(ProposalId.of("P-2")).orElseThrow();
    assertThat(p2.kind()).isEqualTo(DecisionKind.SELECTED_BY_JURY);
    assertThat(p2.computedKind()).isEqualTo(DecisionKind.WAITLISTED);
    assertThat(p2.overridden()).isTrue();
    assertThat(p2.reason()).contains("Jury plenary, minutes 4").contains("beyond the computed selection (the call has 1 slot)");
    assertThat(ids(s.waitlist())).containsExactly("P-3");
    assertThat(s.decision(ProposalId.of("P-3")).orElseThrow().reason()).startsWith("On the waitlist in position 1");
  }

  @Test
  void anIncludeOfAProposalThePolicySelectedAnywayKeepsItsSeatAndRank() {
    SelectionFixture f = SelectionFixture.aCall()
        .policy(SelectionPolicy.builder().slots(2).waitlistLength(1).build())
        .bid(bid("P-1").total("90"))
        .bid(bid("P-2").total("80"))
        .bid(bid("P-3").total("70"))
        .override("P-1", JuryVerdict.INCLUDE, "Confirmed by the jury");

    Selection s = Selector.select(f.dossier(), f.assessments());

    assertThat(ids(s.selected())).containsExactly("P-1", "P-2");
    assertThat(ids(s.computedSelected())).containsExactly("P-1", "P-2");
    Decision p1 = s.decision(ProposalId.of("P-1")).orElseThrow();
    assertThat(p1.kind()).isEqualTo(DecisionKind.SELECTED_BY_JURY);
    assertThat(p1.computedKind()).isEqualTo(DecisionKind.SELECTED_BY_MERIT);
    assertThat(p1.reason()).endsWith("The call's policy had selected it too; it keeps its seat.");
    assertThat(s.rank(ProposalId.of("P-1"))).contains(1);
    assertThat(ids(s.waitlist())).containsExactly("P-3");
  }

  @Test
  void anExcludeLeavesTheSeatEmpty() {
    SelectionFixture f = SelectionFixture.aCall()
        .policy(SelectionPolicy.builder().slots(1).waitlistLength(1).build())
        .bid(bid("P-1").total("90"))
        .bid(bid("P-2").total("80"))
        .override("P-1", JuryVerdict.EXCLUDE, "The applicant withdrew its letter of support");

    Selection s = Selector.select(f.dossier(), f.assessments());

    assertThat(s.selected()).isEmpty();
    Decision p1 = s.decision(ProposalId.of("P-1")).orElseThrow();
    assertThat(p1.kind()).isEqualTo(DecisionKind.EXCLUDED_BY_JURY);
    assertThat(p1.computedKind()).isEqualTo(DecisionKind.SELECTED_BY_MERIT);
    assertThat(p1.reason()).contains("Its seat stays empty");
    assertThat(s.decision(ProposalId.of("P-2")).orElseThrow().kind()).isEqualTo(DecisionKind.WAITLISTED);
  }

  @Test
  void anIncludeOfAnUnrankedProposalComesAfterTheRankedOnes() {
    SelectionFixture f = SelectionFixture.aCall()
        .bid(bid("P-1").total("90"))
        .bid(bid("P-0").total("30"))
        .override("P-0", JuryVerdict.INCLUDE, "Reassessed by the jury");

    Selection s = Selector.select(f.dossier(), f.assessments());

    assertThat(ids(s.selected())).containsExactly("P-1", "P-0");
    assertThat(s.decision(ProposalId.of("P-0")).orElseThrow().computedKind()).isEqualTo(DecisionKind.BELOW_THRESHOLD);
  }

  /**
   * Why monotonicity is not promised with a budget and a minimum of jurisdictions. Slots 3, budget
   * ARS 1500, at least 3 jurisdictions. Ranked: P-1 (AR-C, 100, ARS 200), P-2 (AR-X, 100, ARS 1000;
   * below P-1 by id), P-3 (AR-B, 66.5, ARS 500), P-4 (AR-C, 59, ARS 500), P-5 (AR-X, 50, ARS 100).
   * Before: merit seats P-1, P-2, P-5 (P-3 and P-4 do not fit the budget), covering 2. Reserving P-3
   * seats P-3, P-1, P-4 (2); reserving P-2 beside it seats P-3, P-2 (2); nothing else fits, so the
   * widest first fill stays: [P-1, P-2, P-5]. After raising P-2 to 103.5 it is tried first: reserving
   * P-3 seats P-3, P-2 (2); reserving P-1 seats P-3, P-1, P-4 (2); reserving P-5 seats P-3, P-1, P-5,
   * covering 3, and P-2 no longer fits the budget.
   */
  @Test
  void aBudgetWithAMinimumOfJurisdictionsCanUnseatARaisedProposal() {
    SelectionPolicy policy = SelectionPolicy.builder().slots(3).totalBudget(Money.of(1500, "ARS")).minJurisdictions(3).build();

    assertThat(ids(select(policy, "100"))).containsExactly("P-1", "P-2", "P-5");
    assertThat(ids(select(policy, "103.5"))).containsExactly("P-1", "P-3", "P-5");
  }

  private static List<ProposalId> select(SelectionPolicy policy, String totalOfP2) {
    SelectionFixture f = SelectionFixture.aCall().policy(policy)
        .bid(bid("P-1").from("G1", "AR-C").total("100").request(200))
        .bid(bid("P-2").from("G2", "AR-X").total(totalOfP2).request(1000))
        .bid(bid("P-3").from("G3", "AR-B").total("66.5").request(500))
        .bid(bid("P-4").from("G4", "AR-C").total("59").request(500))
        .bid(bid("P-5").from("G5", "AR-X").total("50").request(100));
    return Selector.select(f.dossier(), f.assessments()).selected();
  }

  @Test
  void rejectsARequestInAnotherCurrencyThanTheBudget() {
    SelectionFixture f = SelectionFixture.aCall()
        .policy(SelectionPolicy.builder().slots(1).totalBudget(Money.of(500, "USD")).build())
        .bid(bid("P-1"));

    assertThatThrownBy(() -> Selector.select(f.dossier(), f.assessments()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("proposal 'P-1' requests funding in ARS, but the call's budget is in USD");
  }

  @Test
  void rejectsAMissingAssessment() {
    SelectionFixture f = SelectionFixture.aCall().bid(bid("P-1")).bid(bid("P-2"));
    List<Assessment> one = f.assessments().subList(0, 1);

    assertThatThrownBy(() -> Selector.select(f.dossier(), one))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("proposal 'P-2' has no assessment");
  }

  @Test
  void rejectsAnAssessmentOfAnUnknownProposal() {
    SelectionFixture f = SelectionFixture.aCall().bid(bid("P-1"));
    List<Assessment> extra = new ArrayList<>(f.assessments());
    extra.addAll(SelectionFixture.aCall().bid(bid("P-9")).assessments());

    assertThatThrownBy(() -> Selector.select(f.dossier(), extra))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[P-9]");
  }

  @Test
  void rejectsTwoOverridesOfOneProposal() {
    SelectionFixture f = SelectionFixture.aCall().bid(bid("P-1"))
        .override("P-1", JuryVerdict.INCLUDE, "a")
        .override("P-1", JuryVerdict.EXCLUDE, "b");

    assertThatThrownBy(() -> Selector.select(f.dossier(), f.assessments()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("more than one jury override");
  }

  @Test
  void rejectsATieBreakOnACriterionTheCallLacks() {
    SelectionFixture f = SelectionFixture.aCall()
        .policy(SelectionPolicy.builder().slots(1)
            .addTieBreak(TieBreak.builder().kind(TieBreakKind.CRITERION).criterion(CriterionId.of("beauty")).build()).build())
        .bid(bid("P-1"));

    assertThatThrownBy(() -> Selector.select(f.dossier(), f.assessments()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("criterion 'beauty'");
  }

  private static List<String> ids(List<ProposalId> ids) {
    return ids.stream().map(ProposalId::value).toList();
  }
}
