package org.convoca.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.convoca.proposal.ProposalId;
import org.junit.jupiter.api.Test;

/** The proposals of an outcome, found by id without a scan: the same answers as a scan of the list. */
class ByProposalIdTest {

  private final List<ProposalOutcome> proposals = OutcomeFixtures.workedExampleOutcome().proposals();

  @Test
  void findsEveryProposalAsAScanOfTheListWould() {
    ByProposalId indexed = ByProposalId.of(proposals);

    assertThat(indexed).isEqualTo(proposals).hasSameHashCodeAs(proposals);
    for (ProposalOutcome p : proposals) {
      assertThat(indexed.find(p.proposal().id())).containsSame(p);
    }
    assertThat(indexed.find(ProposalId.of("P-NONE"))).isEmpty();
  }

  @Test
  void findsTheFirstOfTwoOutcomesNamingTheSameProposal() {
    List<ProposalOutcome> twice = new ArrayList<>(proposals);
    twice.add(proposals.get(0));
    twice.add(0, proposals.get(1));

    assertThat(ByProposalId.of(twice).find(proposals.get(1).proposal().id())).containsSame(twice.get(0));
  }

  @Test
  void isACopyThatCannotBeChangedAndIsIndexedOnce() {
    List<ProposalOutcome> source = new ArrayList<>(proposals);
    ByProposalId indexed = ByProposalId.of(source);
    source.clear();

    assertThat(indexed).hasSize(proposals.size());
    assertThatThrownBy(() -> indexed.remove(0)).isInstanceOf(UnsupportedOperationException.class);
    assertThat(ByProposalId.of(indexed)).isSameAs(indexed);
  }

  @Test
  void callOutcomeFindsItsProposalsThroughTheIndex() {
    CallOutcome outcome = OutcomeFixtures.workedExampleOutcome();

    for (ProposalOutcome p : outcome.proposals()) {
      assertThat(outcome.proposal(p.proposal().id())).containsSame(p);
    }
  }
}
