package org.convoca.validation;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.convoca.selection.SelectionFixture.Bid.bid;
import static org.convoca.validation.SelectionAssert.assertThatSelection;

import org.convoca.call.SelectionPolicy;
import org.convoca.selection.SelectionFixture;
import org.junit.jupiter.api.Test;

class SelectionAssertTest {

  private final SelectionFixture call = SelectionFixture.aCall()
      .policy(SelectionPolicy.builder().slots(2).perJurisdictionCap(1).build())
      .bid(bid("P-1").from("G1", "AR-X").total("90"))
      .bid(bid("P-2").from("G2", "AR-S").total("80"))
      .bid(bid("P-3").from("G3", "AR-X").total("70"));

  @Test
  void passesForTheComputedSelectionInAnyOrder() {
    assertThatSelection("P-2", "P-1").isValidFor(call.dossier(), call.assessments());
  }

  @Test
  void failsListingEveryViolation() {
    assertThatThrownBy(() -> assertThatSelection("P-1", "P-3", "P-2").isValidFor(call.dossier(), call.assessments()))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("to be valid for call PFGA-TEST, but found 3 violations:")
        .hasMessageContaining("SLOTS_EXCEEDED: 3 proposals are selected but the call has 2 slots")
        .hasMessageContaining("JURISDICTION_CAP_EXCEEDED: 2 proposals from jurisdiction AR-X")
        .hasMessageContaining("NOT_IN_COMPUTED_SELECTION: P-3 is selected");
  }

  @Test
  void acceptsAnotherSelectionWithinThePolicy() {
    SelectionFixture open = SelectionFixture.aCall().policy(SelectionPolicy.builder().slots(2).build())
        .bid(bid("P-1").total("90"))
        .bid(bid("P-2").total("90"));

    assertThatSelection("P-1").obeysThePolicyOf(open.dossier(), open.assessments());
    assertThatThrownBy(() -> assertThatSelection("P-1").isValidFor(open.dossier(), open.assessments()))
        .hasMessageContaining("MISSING_FROM_SELECTION: P-2 is missing");
  }

  @Test
  void assertsTheViolationsAHarnessExpects() {
    assertThatSelection("P-1", "P-3").hasViolations(call.dossier(), call.assessments(),
        ViolationKind.JURISDICTION_CAP_EXCEEDED, ViolationKind.MISSING_FROM_SELECTION);
    assertThatThrownBy(() -> assertThatSelection("P-1", "P-2").hasViolations(call.dossier(), call.assessments(),
        ViolationKind.BUDGET_EXCEEDED))
        .hasMessageContaining("but it has none of [BUDGET_EXCEEDED]");
  }
}
