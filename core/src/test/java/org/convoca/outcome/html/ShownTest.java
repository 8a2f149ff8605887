package org.convoca.outcome.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.convoca.proposal.ProposalId;
import org.junit.jupiter.api.Test;

/** Anchors that are safe and unique whatever the id, and text kept on one line. */
class ShownTest {

  @Test
  void usesAnIdTheSchemaAllowsAsItsOwnAnchor() {
    assertThat(Shown.anchor(ProposalId.of("P-042"))).isEqualTo("P-042");
    assertThat(Shown.anchor(ProposalId.of("a.b_c-9"))).isEqualTo("a.b_c-9");
  }

  @Test
  void givesAnyOtherIdAnAnchorOfHexThatCannotClashWithTheSchemasOrThePagesOwn() {
    String hostile = Shown.anchor(ProposalId.of("\"><script>"));
    assertThat(hostile).isEqualTo("_p-223e3c7363726970743e").matches("[A-Za-z0-9_-]+");
    assertThat(Shown.anchor(ProposalId.of("P 1"))).isNotEqualTo(Shown.anchor(ProposalId.of("P_1")));
  }

  @Test
  void keepsTextOnOneLineWithTerminalEscapesWrittenOut() {
    assertThat(Shown.text("a\nb\tc\u001B[2J")).isEqualTo("a b c\\u001B[2J");
  }
}
