package org.convoca.outcome.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.convoca.proposal.ProposalId;
import org.convoca.value.Money;
import org.junit.jupiter.api.Test;

/** Anchors that are safe and unique whatever the id, and figures that do not depend on the locale. */
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

  @Test
  void formatsMoneyAndShareTheSameInEveryLocale() {
    assertThat(Shown.money(new Money(new BigDecimal("1250000.5"), "ARS"))).isEqualTo("ARS 1,250,000.5");
    assertThat(Shown.percent(new BigDecimal("1"), new BigDecimal("3"))).isEqualTo("33.3%");
    assertThat(Shown.percent(BigDecimal.ONE, BigDecimal.ZERO)).isEmpty();
  }
}
