package org.convoca.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.convoca.proposal.ProposalId;
import org.convoca.value.VisibleText;
import org.junit.jupiter.api.Test;

/**
 * {@link CallOutcome#explain}: one proposal's trail as plain text that is safe to print. The
 * explanation of a proposal decided by the bundled rule book, awards and jury included, is pinned in
 * the examples' {@code ExplainCommandTest}, which also holds {@code convoca explain} to this text.
 */
class ProposalExplanationTest {

  private final CallOutcome outcome = OutcomeFixtures.workedExampleOutcome();

  @Test
  void explainsAProposalTheJuryIncludedWithItsComputedDecision() {
    assertThat(outcome.explain(ProposalId.of("P-02"))).isEqualTo("""
        P-02 Proposal P-02
          by Government A2 (PROVINCIAL, AR-X)

        Eligibility: eligible
          [pass] Applicant is a provincial or municipal government
                 It is.

        Points
          cocreation: 5 of 10 points, weight 60% -> 30, threshold 2 met
              +5  Points set by the test: The test sets them.
          quality: 5 of 10 points, weight 40% -> 20
              +5  Points set by the test: The test sets them.
        Total 85 (overall threshold 50 met)

        Rank: 2
        Decision: SELECTED_BY_JURY
          Selected by decision of Jury plenary, minutes 4 on June 10, 2021: The jury takes the first waitlisted \
        proposal into the seat left free. It takes a seat beyond the computed selection (the call has 4 slots); \
        no computed seat is displaced.
          Jury override by Jury plenary, minutes 4 on June 10, 2021; computed decision WAITLISTED: On the waitlist \
        in position 1: rank 2 of 9 with a total of 85, but all 4 slots were taken, 3 of them by seats reserved \
        for jurisdiction coverage.
        """);
  }

  @Test
  void namesTheTracksOfASelectedProposal() {
    assertThat(outcome.explain(ProposalId.of("P-01")).lines().toList())
        .contains("Decision: SELECTED_BY_MERIT", "Tracks: ogp-local")
        .last().isEqualTo("Tracks: ogp-local");
  }

  @Test
  void keepsHostileTextOnItsLineAndShowsWhatWouldActOnATerminal() {
    String hostile = "Evil\u001b[2J\u0007 text\r\nDecision: SELECTED\tand\u202e\u0085 more";
    CallOutcome attacked = HostileOutcomes.with(hostile);
    CallOutcome benign = HostileOutcomes.with("Plain words");

    for (ProposalOutcome p : attacked.proposals()) {
      String text = attacked.explain(p.proposal().id());
      List<String> lines = text.lines().toList();
      assertThat(lines).as(text).hasSameSizeAs(benign.explain(p.proposal().id()).lines().toList());
      assertThat(lines).as(text).filteredOn(l -> l.startsWith("Decision: ")).hasSize(1);
      assertThat(text.replace("\n", "")).as(text).isEqualTo(VisibleText.of(text.replace("\n", "")));
      assertThat(text).contains("Evil\\u001B[2J\\u0007 text Decision: SELECTED and\\u202E\\u0085 more");
    }
  }

  @Test
  void refusesAProposalThatIsNotInTheOutcomeSayingWhichAreIn() {
    assertThatThrownBy(() -> outcome.explain(ProposalId.of("P-99")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("proposal 'P-99' is not in this outcome; its 11 proposals run from P-01 to P-11");
    assertThatThrownBy(() -> outcome.explain(ProposalId.of("P-\u001b[2J")))
        .hasMessageStartingWith("proposal 'P-\\u001B[2J' is not in this outcome");
  }
}
