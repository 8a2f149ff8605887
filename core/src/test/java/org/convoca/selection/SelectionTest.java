package org.convoca.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.convoca.proposal.ProposalId;
import org.junit.jupiter.api.Test;

class SelectionTest {

  private static final ProposalId P1 = ProposalId.of("P-1");
  private static final ProposalId P2 = ProposalId.of("P-2");

  private final Decision selected = Decision.computed(P1, DecisionKind.SELECTED_BY_MERIT, "Selected by merit.",
      new DecisionCause.MeritSeat(1));
  private final Decision below = Decision.computed(P2, DecisionKind.BELOW_THRESHOLD, "Below the threshold.",
      new DecisionCause.BelowThreshold(new BigDecimal("40"), new BigDecimal("50"), List.of()));
  private final List<RankedProposal> ranking = List.of(new RankedProposal(1, P1, new BigDecimal("80")));

  @Test
  void isARecordWhoseEqualityIsThatOfItsParts() {
    Selection a = new Selection(ranking, List.of(), List.of(selected, below), List.of(P1), List.of(), List.of(P1), List.of());
    Selection b = new Selection(new ArrayList<>(ranking), List.of(), new ArrayList<>(List.of(selected, below)),
        List.of(P1), List.of(), List.of(P1), List.of());

    assertThat(Selection.class.isRecord()).isTrue();
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a.decisions()).isEqualTo(List.of(selected, below));
  }

  @Test
  void findsDecisionsAndRanksByProposal() {
    Selection s = new Selection(ranking, List.of(), List.of(selected, below), List.of(P1), List.of(), List.of(P1), List.of());

    assertThat(s.decision(P2)).contains(below);
    assertThat(s.decision(ProposalId.of("P-9"))).isEmpty();
    assertThat(s.rank(P1)).contains(1);
    assertThat(s.rank(P2)).isEmpty();
    assertThat(s.decisions(DecisionKind.BELOW_THRESHOLD)).containsExactly(below);
  }

  @Test
  void copiesItsPartsAndHandsOutListsThatCannotChange() {
    List<Decision> decisions = new ArrayList<>(List.of(selected));
    Selection s = new Selection(ranking, List.of(), decisions, List.of(P1), List.of(), List.of(P1), List.of());
    decisions.add(below);

    assertThat(s.decisions()).containsExactly(selected);
    assertThatThrownBy(() -> s.decisions().add(below)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> s.ranking().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void rejectsTwoDecisionsOnOneProposal() {
    assertThatThrownBy(() -> new Selection(ranking, List.of(), List.of(selected, selected), List.of(P1), List.of(),
        List.of(P1), List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("proposal 'P-1' has more than one decision");
  }

  @Test
  void rejectsAMissingPart() {
    assertThatThrownBy(() -> new Selection(ranking, null, List.of(), List.of(), List.of(), List.of(), List.of()))
        .isInstanceOf(NullPointerException.class).hasMessage("'ties' must not be null");
  }

  @Test
  void describesItselfWithoutEveryDecision() {
    Selection s = new Selection(ranking, List.of(), List.of(selected, below), List.of(P1), List.of(), List.of(P1), List.of());

    assertThat(s.toString()).contains("selected=[P-1]").contains("decisions=2").doesNotContain("Below the threshold");
  }
}
