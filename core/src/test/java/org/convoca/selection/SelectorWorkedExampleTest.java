package org.convoca.selection;

import static org.assertj.core.api.Assertions.assertThat;
import org.convoca.call.TieBreakKind;
import org.convoca.proposal.ProposalId;
import org.junit.jupiter.api.Test;

/**
 * A call worked out by hand: a broken tie on a criterion, another on submission time, a budget
 * skip, both caps, and three seats reserved to reach four jurisdictions.
 *
 * <p>Policy: 4 slots, budget ARS 1000, at most 2 per jurisdiction, 1 per government, at least 4
 * jurisdictions, a waitlist of 2; ties by co-creation points, then earlier submission.
 *
 * <pre>
 * rank id    gov  jur   total cocr request  note
 *  1   P-01  A1   AR-X  90    5    300
 *  2   P-02  A2   AR-X  85    5    200
 *  3   P-04  B1   AR-S  80    8    400      tie with P-03 at 80: more co-creation points (8 > 6)
 *  4   P-03  A3   AR-X  80    6    200
 *  5   P-05  B1   AR-S  75    5    100
 *  6   P-10  B2   AR-S  70    5    200
 *  7   P-06  C1   AR-C  60    5    100      tie with P-11 at 60, same co-creation: submitted earlier
 *  8   P-11  E1   AR-A  60    5    100
 *  9   P-07  D1   AR-M  55    5     50
 *  -   P-08  ineligible;  P-09 total 40, below the overall threshold of 50
 *
 * Merit only: P-01 (300), P-02 (500), P-04 (900); P-03 stopped by the AR-X cap; P-05 by the B1 cap;
 *   P-10 by the budget (900 + 200 > 1000); P-06 (1000) takes the 4th slot. Covers X, S, C: 3 < 4.
 * Reserve 1: uncovered A, M; best-ranked is P-11 (rank 8). Refill: P-11, P-01, P-02, P-04 (1000).
 *   Covers A, X, S: 3.
 * Reserve 2: uncovered C, M; best-ranked is P-06. Refill: P-11, P-06, P-01, P-02. Covers A, C, X: 3.
 * Reserve 3: uncovered S, M; best-ranked is P-04 (cost 100 + 100 + 400 = 600 fits).
 *   Refill: P-11, P-06, P-04 reserved, then P-01 by merit (900). Covers A, C, S, X: 4. Done.
 * Waitlist beside {P-01, P-04, P-06, P-11}: P-02 (1), P-03 (2); P-05 cannot wait (B1 has P-04);
 *   P-10 and P-07 find the waitlist full. Budget used: 300 + 400 + 100 + 100 = 900.
 * </pre>
 */
class SelectorWorkedExampleTest {

  private final SelectionFixture example = SelectionFixture.workedExample();
  private final Selection selection = Selector.select(example.dossier(), example.assessments());

  @Test
  void ranksByTotalThenCoCreationThenSubmission() {
    assertThat(selection.ranking()).extracting(r -> r.proposal().value())
        .containsExactly("P-01", "P-02", "P-04", "P-03", "P-05", "P-10", "P-06", "P-11", "P-07");
  }

  @Test
  void reportsEachBrokenTieWithTheStepThatBrokeIt() {
    assertThat(selection.ties()).hasSize(2);
    assertThat(selection.ties().get(0).step().kind()).isEqualTo(TieBreakKind.CRITERION);
    assertThat(selection.ties().get(0).sentence())
        .isEqualTo("P-04 ranks above P-03 on an equal total of 80 because it has more points on Co-creation (8 against 6).");
    assertThat(selection.ties().get(1).step().kind()).isEqualTo(TieBreakKind.EARLIER_SUBMISSION);
    assertThat(selection.ties().get(1).higher()).isEqualTo(ProposalId.of("P-06"));
  }

  @Test
  void reservesSeatsOneAtATimeUntilFourJurisdictionsAreCovered() {
    assertThat(selection.selected()).extracting(ProposalId::value).containsExactly("P-01", "P-04", "P-06", "P-11");
    assertThat(kind("P-01")).isEqualTo(DecisionKind.SELECTED_BY_MERIT);
    assertThat(kind("P-04")).isEqualTo(DecisionKind.SELECTED_RESERVED_SEAT);
    assertThat(kind("P-06")).isEqualTo(DecisionKind.SELECTED_RESERVED_SEAT);
    assertThat(kind("P-11")).isEqualTo(DecisionKind.SELECTED_RESERVED_SEAT);
    assertThat(reason("P-11")).contains("reserved for jurisdiction AR-A").contains("rank 8 of 9");
  }

  @Test
  void waitlistsInRankOrderThoseTheCapsWouldAdmit() {
    assertThat(selection.waitlist()).extracting(ProposalId::value).containsExactly("P-02", "P-03");
    assertThat(reason("P-02")).startsWith("On the waitlist in position 1: rank 2 of 9");
    assertThat(kind("P-05")).isEqualTo(DecisionKind.NOT_SELECTED);
    assertThat(reason("P-05")).contains("cannot wait for a seat because its government B1");
    assertThat(reason("P-10")).contains("went to higher-ranked proposals");
  }

  @Test
  void explainsProposalsThatWereNotRanked() {
    assertThat(kind("P-08")).isEqualTo(DecisionKind.INELIGIBLE);
    assertThat(reason("P-08")).contains("Proposal is submitted within the window").contains("after the call closed");
    assertThat(kind("P-09")).isEqualTo(DecisionKind.BELOW_THRESHOLD);
    assertThat(reason("P-09")).contains("total of 40 is below the call's overall threshold of 50");
  }

  @Test
  void givesEveryProposalExactlyOneDecision() {
    assertThat(selection.decisions()).extracting(d -> d.proposal().value())
        .containsExactly("P-01", "P-02", "P-03", "P-04", "P-05", "P-06", "P-07", "P-08", "P-09", "P-10", "P-11");
  }

  private DecisionKind kind(String id) {
    return selection.decision(ProposalId.of(id)).orElseThrow().kind();
  }

  private String reason(String id) {
    return selection.decision(ProposalId.of(id)).orElseThrow().reason();
  }
}
