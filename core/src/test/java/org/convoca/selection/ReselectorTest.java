package org.convoca.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.convoca.sample.Theories.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.convoca.assessment.Assessment;
import org.convoca.jury.JuryVerdict;
import org.convoca.proposal.ProposalId;
import org.convoca.review.JuryReview;
import org.junit.jupiter.api.Test;

/** The reruns of the selection on other totals select what {@link Selector#select} selects on them. */
class ReselectorTest {

  @Test
  void selectsTheWorkedExampleWithItsOverridesAsTheSelectorDoes() {
    SelectionFixture f = overridden(SelectionFixture.workedExample());
    Reselector rerun = Reselector.of(f.dossier(), f.assessments(), JuryReview.of(f.dossier()));

    assertThat(ids(rerun, rerun.selected(totals(f))))
        .isEqualTo(Set.copyOf(Selector.select(f.dossier(), f.assessments()).selected()))
        .contains(ProposalId.of("P-02"))
        .doesNotContain(ProposalId.of("P-06"));
    assertThat(rerun.plain()).isEqualTo(Selector.select(f.dossier(), f.assessments()));
  }

  @Test
  void selectsAsTheSelectorDoesWhateverTheNewTotalsOfTheWorkedExample() {
    SelectionFixture base = overridden(SelectionFixture.workedExample());
    Reselector rerun = Reselector.of(base.dossier(), base.assessments(), JuryReview.of(base.dossier()));
    qt(200).forAll(lists().of(integers().between(60, 200)).ofSize(base.bids().size())).checkAssert(halves -> {
      SelectionFixture moved = SelectionFixture.aCall().policy(base.dossier().call().policy());
      for (int i = 0; i < halves.size(); i++) {
        moved.bid(base.bids().get(i).withTotal(BigDecimal.valueOf(halves.get(i) * 5L, 1)));
      }
      overridden(moved);

      assertThat(ids(rerun, rerun.selected(totals(moved))))
          .isEqualTo(Set.copyOf(Selector.select(moved.dossier(), moved.assessments()).selected()));
    });
  }

  @Test
  void refusesTotalsThatAreNotOnePerProposal() {
    SelectionFixture f = SelectionFixture.workedExample();
    Reselector rerun = Reselector.of(f.dossier(), f.assessments(), JuryReview.of(f.dossier()));

    assertThatThrownBy(() -> rerun.selected(new BigDecimal[2]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expected 11 totals, one per proposal, got 2");
  }

  private static SelectionFixture overridden(SelectionFixture f) {
    return f.override("P-06", JuryVerdict.EXCLUDE, "Its budget was found inflated.")
        .override("P-02", JuryVerdict.INCLUDE, "Its pilot is already under way.");
  }

  /** The fixture's totals, in the order of the proposals' ids. */
  private static BigDecimal[] totals(SelectionFixture f) {
    List<Assessment> byId = new ArrayList<>(f.assessments());
    byId.sort((a, b) -> a.proposalId().compareTo(b.proposalId()));
    return byId.stream().map(Assessment::total).toArray(BigDecimal[]::new);
  }

  private static Set<ProposalId> ids(Reselector rerun, BitSet selected) {
    Set<ProposalId> ids = new HashSet<>();
    selected.stream().forEach(i -> ids.add(rerun.proposals().get(i)));
    return ids;
  }
}
