package org.convoca.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.convoca.call.MonitoringParameters;
import org.convoca.dossier.Dossier;
import org.convoca.monitoring.CompletionLevel;
import org.convoca.monitoring.ImplementationStatus;
import org.convoca.monitoring.MonitoringOutcome;
import org.convoca.monitoring.ProgressReport;
import org.convoca.monitoring.ProjectMonitoring;
import org.convoca.monitoring.ProjectSnapshot;
import org.convoca.monitoring.Recognition;
import org.convoca.monitoring.ResultsAssessment;
import org.convoca.monitoring.ResultsLevel;
import org.convoca.monitoring.StatusFinding;
import org.convoca.proposal.ProposalId;
import org.convoca.rules.Convoca;
import org.junit.jupiter.api.Test;

/**
 * The README's worked example of monitoring: Rafaela's P-002 in tiny-call.json, through its three
 * progress reports (31 March, 29 July and 5 December 2022) and on the monitoring date, 31 December
 * 2022, with the bundled rule book. Each figure the README quotes is pinned here.
 */
class TinyCallMonitoringTest {

  private static final Path README = Path.of("").toAbsolutePath().getParent().resolve("README.md");
  private static final LocalDate AS_OF = LocalDate.parse("2022-12-31");
  private static final String ON_TRACK_RULE = "A project under way with no unfinished milestone past due is on track";
  private static final String DELAYED_RULE = "A milestone past due and not complete delays the project";
  private static final String SPENDING_RULE = "Spending well ahead of completion puts the project at risk";

  private final Dossier tiny = BundledSamples.tinyCall();
  private final MonitoringOutcome outcome = Convoca.withBundledRules().monitor(tiny, AS_OF);
  private final ProjectMonitoring rafaela = outcome.project(ProposalId.of("P-002")).orElseThrow();

  @Test
  void monitorsOnlyTheSelectedProject() {
    assertThat(outcome.projects()).extracting(ProjectMonitoring::proposal).containsExactly(ProposalId.of("P-002"));
  }

  @Test
  void theMonitoringDataLeavesTheSelectionAndItsFingerprintAsTheyWere() {
    assertThat(tiny.progressReports()).hasSize(3);
    assertThat(tiny.resultsAssessments()).hasSize(1);
    Dossier withoutMonitoring = tiny.withProgressReports(List.<ProgressReport>of()).withResultsAssessments(
        List.<ResultsAssessment>of()).withCall(tiny.call().withMonitoring(MonitoringParameters.empty()));
    Convoca convoca = Convoca.withBundledRules();

    assertThat(convoca.decide(tiny).fingerprint()).isEqualTo(convoca.decide(withoutMonitoring).fingerprint())
        .isEqualTo(outcome.selectionFingerprint());
    assertThat(convoca.decide(tiny).selected()).containsExactly(ProposalId.of("P-002"));
  }

  @Test
  void onTheFirstReportItIsOnTrackWithLimitedCompletion() {
    ProjectSnapshot first = snapshot("2022-03-31");

    assertThat(first.status()).isEqualTo(ImplementationStatus.ON_TRACK);
    assertThat(first.completion()).isEqualTo(CompletionLevel.LIMITED);
    assertThat(first.funds().spentShare()).isEqualByComparingTo("25.00");
    assertThat(first.funds().completionShare()).isEqualByComparingTo("44.44");
    assertThat(first.reasons()).extracting(StatusFinding::rule).containsExactly(ON_TRACK_RULE);
    assertThat(first.results()).isNull();
    assertThat(first.participants()).isEqualTo(210);
  }

  @Test
  void onTheSecondReportTheLatePortalDelaysIt() {
    ProjectSnapshot second = snapshot("2022-07-29");

    assertThat(second.status()).isEqualTo(ImplementationStatus.DELAYED);
    assertThat(second.completion()).isEqualTo(CompletionLevel.SUBSTANTIAL);
    assertThat(second.funds().spentShare()).isEqualByComparingTo("50.00");
    assertThat(second.funds().completionShare()).isEqualByComparingTo("66.67");
    assertThat(second.reasons()).extracting(StatusFinding::rule).containsExactly(DELAYED_RULE);
    assertThat(second.reasons().get(0).sentence()).contains("M2").contains("29 days");
  }

  @Test
  void onTheThirdReportTheMapWithoutEvidenceAndTheSpendingPutItAtRisk() {
    ProjectSnapshot third = snapshot("2022-12-05");

    assertThat(third.status()).isEqualTo(ImplementationStatus.AT_RISK);
    assertThat(third.completion()).isEqualTo(CompletionLevel.SUBSTANTIAL);
    assertThat(third.funds().spentShare()).isEqualByComparingTo("96.43");
    assertThat(third.funds().completionShare()).isEqualByComparingTo("66.67");
    assertThat(third.reasons()).extracting(StatusFinding::rule).containsExactly(SPENDING_RULE, DELAYED_RULE);
    assertThat(third.reasons().get(0).sentence()).contains("96.43").contains("66.67");
    assertThat(third.reasons().get(1).sentence()).contains("M3").contains("35 days");
    assertThat(third.results()).isNull();
  }

  @Test
  void onTheMonitoringDateItIsAtRiskPromisingAndNotStarred() {
    assertThat(rafaela.history()).extracting(ProjectSnapshot::date).extracting(LocalDate::toString)
        .containsExactly("2022-03-31", "2022-07-29", "2022-12-05", "2022-12-31");
    assertThat(rafaela.history()).extracting(ProjectSnapshot::narrative).satisfiesExactly(
        first -> assertThat(first).startsWith("The open data policy was adopted by decree on 10 February."),
        second -> assertThat(second).contains("so the portal is a month late"),
        third -> assertThat(third).endsWith("its address will be sent with the next report."),
        monitoringDate -> assertThat(monitoringDate).as("no report on the monitoring date").isNull());
    assertThat(rafaela.status()).isEqualTo(ImplementationStatus.AT_RISK);
    assertThat(rafaela.reasons()).extracting(StatusFinding::rule).containsExactly(SPENDING_RULE, DELAYED_RULE);
    assertThat(rafaela.reasons().get(1).sentence()).contains("M3").contains("61 days");
    assertThat(rafaela.completion()).isEqualTo(CompletionLevel.SUBSTANTIAL);
    assertThat(rafaela.commitments()).extracting(c -> c.completion())
        .containsExactly(CompletionLevel.COMPLETE, CompletionLevel.NO_EVIDENCE);
    assertThat(rafaela.milestones()).extracting(m -> m.milestone().value() + " " + m.completion())
        .containsExactly("M1 COMPLETE", "M2 COMPLETE", "M3 NO_EVIDENCE");
    assertThat(rafaela.gaps()).singleElement().satisfies(g -> assertThat(g.milestone().value()).isEqualTo("M3"));
    assertThat(rafaela.resultsLevel()).contains(ResultsLevel.MAJOR);
    assertThat(rafaela.recognition()).containsExactly(Recognition.PROMISING);
    assertThat(rafaela.conditions()).filteredOn(c -> !c.met()).extracting(c -> c.recognition() + " " + c.condition())
        .containsExactly("STARRED POTENTIAL");
    assertThat(rafaela.funds().spent().amount()).isEqualByComparingTo("2700000");
    assertThat(rafaela.participants()).isEqualTo(1350);
    assertThat(rafaela.lastReport()).isEqualTo(LocalDate.parse("2022-12-05"));
  }

  @Test
  void theReadmeQuotesTheFiguresTheRuleBookComputes() throws IOException {
    String readme = Files.readString(README);
    String prose = readme.replaceAll("\\s+", " ");

    assertThat(readme.lines()).contains("Fingerprint " + outcome.fingerprint(),
        "Selection fingerprint " + outcome.selectionFingerprint());
    for (String figure : List.of("The milestones earn 4 of 9 points (44.44%)", "ARS 700,000 of the ARS 2,800,000 it requested (25%)",
        "and reached 210 people", "it was due on 30 June, 29 days earlier", "The milestones earn 6 of 9 points (66.67%)",
        "ARS 1,400,000 (50%)", "640 people reached", "is 35 days late", "spent ARS 2,700,000, 96.43% of the funds: 29.76 points ahead",
        "1,350 people reached", "with `MAJOR`", "M3 now 61 days late", "its total at selection, 64.92, is below the starred minimum of 70")) {
      assertThat(prose.contains(figure)).as("the README says: " + figure).isTrue();
    }
  }

  private ProjectSnapshot snapshot(String date) {
    return rafaela.history().stream().filter(s -> s.date().equals(LocalDate.parse(date))).findFirst().orElseThrow();
  }
}
