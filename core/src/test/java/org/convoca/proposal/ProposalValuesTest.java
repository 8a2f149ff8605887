package org.convoca.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.convoca.value.Money;
import org.junit.jupiter.api.Test;

/** The structural checks of proposal values, each with a passing and a failing case. */
class ProposalValuesTest {

  @Test
  void fundingAcceptsACounterpartInTheRequestedCurrency() {
    Funding funding = Funding.builder().requested(Money.of(10, "ARS")).counterpart(Money.zero("ARS")).build();

    assertThat(funding.counterpart()).isEqualTo(Money.zero("ARS"));
  }

  @Test
  void fundingRejectsACounterpartInAnotherCurrency() {
    assertThatThrownBy(() -> Funding.builder().requested(Money.of(10, "ARS")).counterpart(Money.zero("USD")).build())
        .hasMessage("'counterpart' must be in the currency of 'requested' (ARS), was USD");
  }

  @Test
  void themeAcceptsAnUpperCaseCode() {
    assertThat(Theme.of("OPEN_CONTRACTING_2")).hasToString("OPEN_CONTRACTING_2");
  }

  @Test
  void themeRejectsALowerCaseCode() {
    assertThatThrownBy(() -> Theme.of("open data"))
        .hasMessage("'theme' must be an upper-case code of at most 64 characters such as OPEN_DATA, was 'open data'");
  }

  @Test
  void proposalIdKeepsItsValueAndRejectsABlankOne() {
    assertThat(ProposalId.of("P-017")).hasToString("P-017");
    assertThatThrownBy(() -> ProposalId.of(" ")).hasMessage("'proposalId' must not be blank");
  }

  @Test
  void milestoneIdKeepsItsValueAndRejectsABlankOne() {
    assertThat(MilestoneId.of("M1")).hasToString("M1");
    assertThatThrownBy(() -> MilestoneId.of("")).hasMessage("'milestoneId' must not be blank");
  }
}
