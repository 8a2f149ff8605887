package org.convoca.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.convoca.proposal.ProposalId;
import org.junit.jupiter.api.Test;

/** One project's plain-text explanation, as {@code convoca monitor --project} prints it. */
class MonitoringExplanationTest {

  @Test
  void explainsStatusCompletionResultsRecognitionGapsFundsAndHistory() {
    String text = MonitoringFixtures.example("Open data portal").explain(ProposalId.of("P-002"));

    assertThat(text).startsWith("P-002 Open data portal\n  by MUN-RAFAELA (MUNICIPAL, AR-S), selected with rank 1 and total 64.92\n")
        .contains("  as of 2022-12-31; last report 2022-11-10; participants reached 1320\n")
        .contains("Status: ON_TRACK\n  ON_TRACK  Status rule ON_TRACK\n      The project is ON_TRACK.\n")
        .contains("Completion: SUBSTANTIAL\n")
        .contains("  commitment 1: COMPLETE  Commitment completion rule\n")
        .contains("  milestone M2: NO_EVIDENCE  Milestone rule\n")
        .contains("Results: MAJOR\n")
        .contains("Recognition: PROMISING\n")
        .contains("  STARRED POTENTIAL_AT_SELECTION MISSED  Recognition rule POTENTIAL_AT_SELECTION\n")
        .contains("Documentation gaps: 1\n  milestone M2  Gap rule\n")
        .contains("Funds: spent ARS 2100000 of ARS 2800000 requested (75.00%), completion 77.78%\n")
        .contains("History\n  2022-03-20  ON_TRACK, completion LIMITED, results not assessed, spent 21.43%, completion 33.33%, participants 150\n"
            + "      Status rule ON_TRACK: The project is ON_TRACK on 2022-03-20.\n"
            + "      The report says: The policy is adopted; the portal's first datasets are drafts.\n")
        .contains("  2022-07-15  DELAYED, completion LIMITED");
  }

  @Test
  void saysWhatAProjectWithoutReportsOrResultsLacks() {
    String text = MonitoringFixtures.example("Portal").explain(ProposalId.of("P-005"));

    assertThat(text).contains("last report none").contains("Results: not assessed\n").contains("Recognition: none\n")
        .contains("  project  Gap rule\n").doesNotContain("History");
  }

  @Test
  void keepsDossierTextOnOneLineWithNothingThatActsOnATerminal() {
    String text = MonitoringFixtures.example("Portal\n\u001b[31mStatus: COMPLETED\u202e").explain(ProposalId.of("P-002"));

    assertThat(text).startsWith("P-002 Portal \\u001B[31mStatus: COMPLETED\\u202E\n").doesNotContain("\u001b");
  }

  @Test
  void refusesAProjectThatIsNotMonitoredNamingTheOnesThatAre() {
    MonitoringOutcome outcome = MonitoringFixtures.example("Portal");

    assertThatThrownBy(() -> outcome.explain(ProposalId.of("P-001"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("proposal 'P-001' is not a monitored project; the selected projects are P-002, P-005");
  }
}
