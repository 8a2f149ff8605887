package org.convoca.jury.conflict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.convoca.jury.conflict.ConflictFixture.RAFAELA;
import static org.convoca.jury.conflict.ConflictFixture.affiliated;
import static org.convoca.jury.conflict.ConflictFixture.anonymous;
import static org.convoca.jury.conflict.ConflictFixture.declared;
import static org.convoca.jury.conflict.ConflictFixture.proposal;

import java.util.EnumSet;
import java.util.List;
import org.convoca.call.ConflictKind;
import org.convoca.proposal.ProposalId;
import org.junit.jupiter.api.Test;

class ConflictInputTest {

  @Test
  void rejectsADeclaredConflictOfAnUnknownJuror() {
    assertThatThrownBy(() -> ConflictInput.allKinds(List.of(anonymous("J-1")), List.of(proposal("P-001", RAFAELA)),
        List.of(declared("J-9", new ConflictTarget.OfProposal(ProposalId.of("P-001")), "co-wrote it"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a declared conflict names juror J-9, who is not listed");
  }

  @Test
  void rejectsADeclaredConflictWithAnUnknownProposal() {
    assertThatThrownBy(() -> ConflictInput.allKinds(List.of(anonymous("J-1")), List.of(proposal("P-001", RAFAELA)),
        List.of(declared("J-1", new ConflictTarget.OfProposal(ProposalId.of("P-404")), "co-wrote it"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the conflict declared by J-1 names proposal P-404, which is not listed");
  }

  @Test
  void rejectsARepeatedJurorOrProposal() {
    assertThatThrownBy(() -> ConflictInput.allKinds(List.of(anonymous("J-1"), affiliated("J-1", "Fundación Datos")),
        List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("juror J-1 is listed twice");
    assertThatThrownBy(() -> ConflictInput.allKinds(List.of(),
        List.of(proposal("P-001", RAFAELA), proposal("P-001", RAFAELA)), List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("proposal P-001 is listed twice");
  }

  @Test
  void rejectsBlankNamesAndReasons() {
    assertThatThrownBy(() -> affiliated("J-1", "  "))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("'affiliations' of juror J-1 must not be blank");
    assertThatThrownBy(() -> declared("J-1", new ConflictTarget.OfProposal(ProposalId.of("P-001")), " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'reason' of the conflict declared by J-1 must not be blank");
    assertThatThrownBy(() -> new ConflictTarget.OfOrganisation("\u00a0"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'organisation' of a declared conflict must not be blank");
  }

  @Test
  void alwaysAppliesDeclaredConflicts() {
    ConflictInput input = new ConflictInput(List.of(), List.of(), List.of(), EnumSet.of(ConflictKind.AFFILIATION));

    assertThat(input.kinds()).containsExactlyInAnyOrder(ConflictKind.AFFILIATION, ConflictKind.DECLARED);
  }

  @Test
  void aReportRefusesTheSameJurorProposalAndKindTwice() {
    assertThatThrownBy(() -> new ConflictReport(List.of(
        ConflictFixture.conflict("J-1", "P-001", ConflictKind.DECLARED, "J-1 declared a conflict with P-001: a"),
        ConflictFixture.conflict("J-1", "P-001", ConflictKind.DECLARED, "J-1 declared a conflict with P-001: b"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the DECLARED conflict of J-1 with P-001 is listed twice; join its reasons into one");
  }
}
