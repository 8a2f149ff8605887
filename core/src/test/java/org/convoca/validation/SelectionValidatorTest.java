package org.convoca.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convoca.selection.SelectionFixture.Bid.bid;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.convoca.call.CriterionId;
import org.convoca.call.JuryPolicy;
import org.convoca.call.SelectionPolicy;
import org.convoca.dossier.Dossier;
import org.convoca.jury.Juror;
import org.convoca.jury.JurorId;
import org.convoca.jury.JurorScore;
import org.convoca.jury.JuryVerdict;
import org.convoca.proposal.ProposalId;
import org.convoca.selection.SelectionFixture;
import org.convoca.value.Money;
import org.junit.jupiter.api.Test;

class SelectionValidatorTest {

  /** Slots 2, budget 500, one per jurisdiction, one per government, 2 jurisdictions at least. */
  private final SelectionFixture call = SelectionFixture.aCall()
      .policy(SelectionPolicy.builder().slots(2).totalBudget(Money.of(500, "ARS"))
          .perJurisdictionCap(1).perGovernmentCap(1).minJurisdictions(2).build())
      .bid(bid("P-1").from("G1", "AR-X").total("90").request(200))
      .bid(bid("P-2").from("G2", "AR-S").total("80").request(200))
      .bid(bid("P-3").from("G3", "AR-C").total("70").request(200))
      .bid(bid("P-4").from("G1", "AR-X").total("60").request(400))
      .bid(bid("P-5").from("G5", "AR-M").total("95").ineligible())
      .bid(bid("P-6").from("G6", "AR-M").total("45"));

  @Test
  void findsNothingWrongWithTheComputedSelection() {
    assertThat(violations("P-2", "P-1")).isEmpty();
  }

  @Test
  void reportsAnUnknownProposal() {
    assertThat(violations("P-1", "P-2", "P-99")).extracting(Violation::kind).contains(ViolationKind.UNKNOWN_PROPOSAL);
    assertThat(first(ViolationKind.UNKNOWN_PROPOSAL, "P-1", "P-2", "P-99").sentence())
        .isEqualTo("P-99 is selected but the dossier has no such proposal.");
  }

  @Test
  void reportsAProposalNamedTwice() {
    assertThat(kinds("P-1", "P-2", "P-2")).containsExactly(ViolationKind.DUPLICATE_PROPOSAL);
  }

  @Test
  void reportsAnIneligibleProposalSelected() {
    Violation v = first(ViolationKind.INELIGIBLE_SELECTED, "P-1", "P-5");
    assertThat(v.proposals()).containsExactly(ProposalId.of("P-5"));
    assertThat(v.sentence()).contains("Proposal is submitted within the window");
  }

  @Test
  void reportsAProposalBelowThresholdSelected() {
    assertThat(first(ViolationKind.BELOW_THRESHOLD_SELECTED, "P-1", "P-6").sentence())
        .contains("P-6 is selected but is below a threshold").contains("below the call's overall threshold of 50");
  }

  @Test
  void reportsAProposalWhoseJuryReviewIsIncompleteSelected() {
    Dossier base = call.dossier();
    Dossier dossier = base.withCall(base.call().withJury(JuryPolicy.builder().minScores(1).build()))
        .withJury(base.jury().withJurors(Juror.builder().id(JurorId.of("J-1")).name("Ana").build())
            .withScores(Stream.of("P-1", "P-3", "P-4", "P-5", "P-6").map(p -> JurorScore.builder().juror(JurorId.of("J-1"))
                .proposal(ProposalId.of(p)).criterion(CriterionId.of("quality")).value(BigDecimal.valueOf(4)).build()).toList()));

    List<Violation> found = SelectionValidator.validate(dossier, call.assessments(), List.of(ProposalId.of("P-1"), ProposalId.of("P-2")));

    assertThat(found).filteredOn(v -> v.kind() == ViolationKind.INCOMPLETE_REVIEW_SELECTED).singleElement()
        .satisfies(v -> assertThat(v.sentence()).startsWith("P-2 is selected but the jury's review of it is incomplete. ")
            .contains("On criterion quality it has no valid score of the 1 the call needs."));
  }

  @Test
  void reportsTooManySelectedForTheSlots() {
    assertThat(first(ViolationKind.SLOTS_EXCEEDED, "P-1", "P-2", "P-3").sentence())
        .startsWith("3 proposals are selected but the call has 2 slots");
  }

  @Test
  void reportsTheJurisdictionAndGovernmentCaps() {
    assertThat(kinds("P-1", "P-4")).contains(ViolationKind.JURISDICTION_CAP_EXCEEDED, ViolationKind.GOVERNMENT_CAP_EXCEEDED);
    assertThat(first(ViolationKind.GOVERNMENT_CAP_EXCEEDED, "P-1", "P-4").proposals())
        .extracting(ProposalId::value).containsExactly("P-1", "P-4");
  }

  @Test
  void reportsTheBudgetExceeded() {
    assertThat(first(ViolationKind.BUDGET_EXCEEDED, "P-2", "P-4").sentence())
        .isEqualTo("The selected proposals request ARS 600, more than the budget of ARS 500.");
  }

  @Test
  void reportsTheMinimumOfJurisdictionsMissed() {
    assertThat(first(ViolationKind.MIN_JURISDICTIONS_MISSED, "P-1").sentence())
        .isEqualTo("The selection covers 1 jurisdictions; the call asks for at least 2, and the computed selection covers 2.");
  }

  @Test
  void reportsAProposalPassedOverForALowerRankedOne() {
    Violation v = first(ViolationKind.PASSED_OVER, "P-1", "P-3");
    assertThat(v.proposals()).extracting(ProposalId::value).containsExactly("P-2", "P-3");
    assertThat(v.sentence()).startsWith("P-2 (rank 2) was passed over while P-3 (rank 3) was selected");
  }

  @Test
  void doesNotReportAPassOverThatACapExplains() {
    SelectionFixture capped = SelectionFixture.aCall()
        .policy(SelectionPolicy.builder().slots(2).perJurisdictionCap(1).build())
        .bid(bid("P-A").from("G1", "AR-X").total("90"))
        .bid(bid("P-B").from("G2", "AR-X").total("80"))
        .bid(bid("P-C").from("G3", "AR-S").total("70"));

    assertThat(SelectionValidator.validate(capped.dossier(), capped.assessments(),
        List.of(ProposalId.of("P-A"), ProposalId.of("P-C")))).isEmpty();
  }

  @Test
  void reportsEveryDifferenceFromTheComputedSelection() {
    List<Violation> vs = violations("P-1", "P-3");
    assertThat(vs).filteredOn(v -> v.kind() == ViolationKind.MISSING_FROM_SELECTION).singleElement()
        .satisfies(v -> assertThat(v.proposals()).containsExactly(ProposalId.of("P-2")));
    assertThat(vs).filteredOn(v -> v.kind() == ViolationKind.NOT_IN_COMPUTED_SELECTION).singleElement()
        .satisfies(v -> assertThat(v.sentence()).startsWith("P-3 is selected but the computed selection leaves it out."));
  }

  @Test
  void honoursAJuryInclusionBeyondTheSlots() {
    SelectionFixture withOverride = SelectionFixture.aCall()
        .policy(SelectionPolicy.builder().slots(1).build())
        .bid(bid("P-1").total("90"))
        .bid(bid("P-2").total("30"))
        .override("P-2", JuryVerdict.INCLUDE, "Reassessed by the jury");

    assertThat(SelectionValidator.validate(withOverride.dossier(), withOverride.assessments(),
        List.of(ProposalId.of("P-2"), ProposalId.of("P-1")))).isEmpty();
  }

  @Test
  void countsAJuryInclusionOfAProposalThePolicySelectedAnywayAgainstTheSlots() {
    SelectionFixture withOverride = SelectionFixture.aCall()
        .policy(SelectionPolicy.builder().slots(2).build())
        .bid(bid("P-1").total("90"))
        .bid(bid("P-2").total("80"))
        .bid(bid("P-3").total("70"))
        .override("P-1", JuryVerdict.INCLUDE, "Confirmed by the jury");

    assertThat(SelectionValidator.validate(withOverride.dossier(), withOverride.assessments(),
        List.of(ProposalId.of("P-1"), ProposalId.of("P-2")))).isEmpty();
    assertThat(SelectionValidator.validate(withOverride.dossier(), withOverride.assessments(),
        List.of(ProposalId.of("P-1"), ProposalId.of("P-2"), ProposalId.of("P-3"))))
        .extracting(Violation::kind).contains(ViolationKind.SLOTS_EXCEEDED);
  }

  @Test
  void doesNotCallAJuryExclusionPassedOver() {
    SelectionFixture withOverride = SelectionFixture.aCall()
        .policy(SelectionPolicy.builder().slots(1).build())
        .bid(bid("P-1").total("90"))
        .bid(bid("P-2").total("80"))
        .override("P-1", JuryVerdict.EXCLUDE, "The applicant withdrew")
        .override("P-2", JuryVerdict.INCLUDE, "Takes the free seat");

    assertThat(SelectionValidator.validate(withOverride.dossier(), withOverride.assessments(),
        List.of(ProposalId.of("P-2")))).isEmpty();
  }

  @Test
  void listsViolationsByKind() {
    assertThat(kinds("P-99", "P-5", "P-1", "P-4")).isSorted();
  }

  private List<Violation> violations(String... ids) {
    return SelectionValidator.validate(call.dossier(), call.assessments(), Arrays.stream(ids).map(ProposalId::of).toList());
  }

  private List<ViolationKind> kinds(String... ids) {
    return violations(ids).stream().map(Violation::kind).toList();
  }

  private Violation first(ViolationKind kind, String... ids) {
    return violations(ids).stream().filter(v -> v.kind() == kind).findFirst().orElseThrow(
        () -> new AssertionError("no " + kind + " in " + violations(ids)));
  }
}
