package org.convoca.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import org.convoca.proposal.ProposalId;
import org.junit.jupiter.api.Test;

/** Findings share one instance of each common label, equal to the one given. */
class SharedLabelsTest {

  @Test
  void equalLabelsBecomeOneInstance() {
    String built = new StringBuilder("PRIMARY_THEME:").append("OPEN_DATA").toString();
    LabelFinding first = new LabelFinding(ProposalId.of("P-1"), built, "r", "Why.");
    LabelFinding second = new LabelFinding(ProposalId.of("P-2"), new String(built), "r", "Why.");

    assertThat(second.label()).isSameAs(first.label()).isEqualTo("PRIMARY_THEME:OPEN_DATA");
  }

  @Test
  void aLongLabelIsKeptAsGiven() {
    String label = "X".repeat(SharedLabels.LENGTH + 1);
    assertThat(SharedLabels.of(label)).isSameAs(label);
  }

  @Test
  void aLabelWithAControlCharacterIsSharedAsItIsShown() {
    assertThat(new LabelFinding(ProposalId.of("P-1"), "A\u0007", "r", "Why.").label()).isEqualTo("A\\u0007");
  }
}
