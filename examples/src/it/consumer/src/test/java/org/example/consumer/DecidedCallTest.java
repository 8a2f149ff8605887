package org.example.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.convoca.harness.OutcomeSelectionAssert.assertThatSelection;

import java.nio.file.Path;
import java.util.List;
import org.convoca.proposal.ProposalId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bundled sample, decided in a consumer's own build: the selection fills the call's slots and
 * the harness accepts it, and refuses it with its best proposal left out.
 */
class DecidedCallTest {

  private static DecidedCall sample;

  @BeforeAll
  static void decideTheSample() {
    sample = DecidedCall.of(Path.of(System.getProperty("convoca.sample")));
  }

  @Test
  void theSampleSelectionFillsEverySlotAndTheHarnessAcceptsIt() {
    List<ProposalId> selected = sample.outcome().selected();

    assertThat(selected).hasSize(sample.dossier().call().policy().slots()).doesNotHaveDuplicates();
    assertThatSelection(selected, sample.outcome()).isValidFor(sample.dossier()).obeysThePolicyOf(sample.dossier());
  }

  @Test
  void theHarnessRefusesTheSelectionWithoutItsBestRankedProposal() {
    List<ProposalId> selected = sample.outcome().selected();
    List<ProposalId> withoutTheFirst = selected.subList(1, selected.size());

    assertThatThrownBy(() -> assertThatSelection(withoutTheFirst, sample.outcome()).isValidFor(sample.dossier()))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(selected.get(0).value());
  }
}
