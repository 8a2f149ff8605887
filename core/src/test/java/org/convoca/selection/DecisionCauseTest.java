package org.convoca.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convoca.selection.SelectionFixture.Bid.bid;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.convoca.call.CriterionId;
import org.convoca.call.SelectionPolicy;
import org.convoca.government.JurisdictionCode;
import org.convoca.jury.JuryVerdict;
import org.convoca.proposal.ProposalId;
import org.junit.jupiter.api.Test;

/**
 * Every decision carries its cause as data beside its sentence; the budget and the caps are checked
 * in {@link SelectorTest}, beside their sentences.
 */
class DecisionCauseTest {

  @Test
  void namesFullSlotsOnTheWaitlistAndUnrankedProposalsWhy() {
    SelectionFixture f = SelectionFixture.aCall()
        .policy(SelectionPolicy.builder().slots(1).waitlistLength(1).build())
        .bid(bid("P-1").total("90"))
        .bid(bid("P-2").total("80"))
        .bid(bid("P-3").total("40"))
        .bid(bid("P-4").total("95").ineligible());

    Selection s = Selector.select(f.dossier(), f.assessments());

    assertThat(s.decision(ProposalId.of("P-2")).orElseThrow().kind()).isEqualTo(DecisionKind.WAITLISTED);
    assertThat(cause(s, "P-2")).isEqualTo(new DecisionCause.SlotsFull(2, 1, 0));
    assertThat(cause(s, "P-3")).isEqualTo(new DecisionCause.BelowThreshold(new BigDecimal("40"), new BigDecimal("50"),
        List.of()));
    assertThat(cause(s, "P-4")).isEqualTo(new DecisionCause.Ineligible(List.of("Proposal is submitted within the window")));
  }

  @Test
  void namesTheReservedSeatAndTheOverrideBesideTheComputedCause() {
    SelectionFixture f = SelectionFixture.workedExample()
        .override("P-02", JuryVerdict.INCLUDE, "It was late because of a flood.");

    Selection s = Selector.select(f.dossier(), f.assessments());

    Decision p02 = s.decision(ProposalId.of("P-02")).orElseThrow();
    assertThat(p02.cause()).isEqualTo(new DecisionCause.Overridden(JuryVerdict.INCLUDE, "Jury plenary, minutes 4",
        LocalDate.of(2021, 6, 10), false));
    assertThat(p02.cause().kind()).isEqualTo(CauseKind.JURY_INCLUDE);
    assertThat(p02.computedCause()).isEqualTo(new DecisionCause.SlotsFull(2, 4, 3));
    assertThat(cause(s, "P-06")).isEqualTo(new DecisionCause.ReservedSeat(7, JurisdictionCode.of("AR-C"), 4));
    assertThat(s.decisions()).allSatisfy(d -> assertThat(d.cause()).isNotNull());
  }

  @Test
  void givesEveryCriterionBelowItsThreshold() {
    SelectionFixture f = SelectionFixture.aCall().bid(bid("P-1").total("70").cocreation("1"));

    Selection s = Selector.select(f.dossier(), f.assessments());

    assertThat(cause(s, "P-1")).isEqualTo(new DecisionCause.BelowThreshold(new BigDecimal("70"), new BigDecimal("50"),
        List.of(CriterionId.of("cocreation"))));
  }

  private static DecisionCause cause(Selection s, String id) {
    return s.decision(ProposalId.of(id)).orElseThrow().cause();
  }
}
