package org.convoca.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convoca.rules.MonitoringFixtures.PROJECT;
import static org.convoca.rules.MonitoringFixtures.aMonitoredDossier;
import static org.convoca.rules.MonitoringFixtures.aMonitoredProposal;
import static org.convoca.rules.MonitoringFixtures.assessment;
import static org.convoca.rules.MonitoringFixtures.complete;
import static org.convoca.rules.MonitoringFixtures.report;
import static org.convoca.rules.MonitoringFixtures.selectionOf;
import static org.convoca.rules.MonitoringFixtures.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.convoca.call.TrackId;
import org.convoca.dossier.Dossier;
import org.convoca.government.GovernmentLevel;
import org.convoca.government.JurisdictionCode;
import org.convoca.monitoring.CompletionLevel;
import org.convoca.monitoring.Funds;
import org.convoca.monitoring.ImplementationStatus;
import org.convoca.monitoring.MonitoringOutcome;
import org.convoca.monitoring.ProjectMonitoring;
import org.convoca.monitoring.ProjectSnapshot;
import org.convoca.monitoring.ResultsLevel;
import org.convoca.monitoring.SelectionContext;
import org.convoca.outcome.CallOutcome;
import org.convoca.outcome.MonitoringFingerprint;
import org.convoca.proposal.ProposalId;
import org.convoca.proposal.Theme;
import org.convoca.value.Money;
import org.junit.jupiter.api.Test;
import org.convoca.testing.DossierFixtures;

/**
 * How {@link RuleBook#monitor} and {@link Convoca#monitor} assemble the rules' findings: the
 * selection's view of each project, its funds, its history over its report dates, the order of
 * projects and the fingerprint. A small dossier: P-001 and P-002 alike but for their applicants (the
 * municipality, its province) and jury scores, P-001 with three reports and a results assessment.
 */
class MonitorAssemblyTest {

  private static final LocalDate AS_OF = LocalDate.of(2022, 10, 15);

  private final Dossier dossier = twoProjects().withProgressReports(
      report("2022-03-01", 250_000, complete("M-1"), status("M-2", CompletionLevel.LIMITED, "https://example.org/m2")),
      report("2022-06-28", 600_000, complete("M-1"), complete("M-2")),
      report("2022-09-29", 950_000, complete("M-1"), complete("M-2"), status("M-3", CompletionLevel.SUBSTANTIAL, "https://x")))
      .withResultsAssessments(assessment("2022-10-01", ResultsLevel.MAJOR));

  private static Dossier twoProjects() {
    Dossier one = aMonitoredDossier();
    var second = aMonitoredProposal().withId(ProposalId.of("P-002")).withTitle("Open contracts").withApplicant(DossierFixtures.PROVINCE);
    List<org.convoca.jury.JurorScore> scores = new java.util.ArrayList<>(one.jury().scores());
    scores.add(DossierFixtures.aScore("J-1", second, org.convoca.call.FederalVocabulary.JURY, "4"));
    return one.withProposals(one.proposals().get(0), second).withJury(one.jury().withScores(scores));
  }

  @Test
  void monitorsTheSelectedProjectsInTheSelectionsOrder() {
    CallOutcome selection = selectionOf(dossier);
    MonitoringOutcome outcome = RuleBook.bundled().monitor(dossier, selection, AS_OF);

    assertThat(selection.selected()).containsExactly(PROJECT, ProposalId.of("P-002"));
    assertThat(outcome.projects()).extracting(ProjectMonitoring::proposal).containsExactlyElementsOf(selection.selected());
    assertThat(outcome.projects()).extracting(p -> p.selection().rank()).containsExactly(1, 2);
    assertThat(outcome.asOf()).isEqualTo(AS_OF);
    assertThat(outcome.notes()).isEmpty();
  }

  @Test
  void givesWhatTheSelectionSaidAboutEachProject() {
    ProjectMonitoring project = RuleBook.bundled().monitor(dossier, selectionOf(dossier), AS_OF).project(PROJECT).orElseThrow();

    assertThat(project.selection()).isEqualTo(new SelectionContext("Open budget", DossierFixtures.MUNICIPALITY, GovernmentLevel.MUNICIPAL,
        JurisdictionCode.of("AR-X"), Theme.OPEN_DATA, true, List.of(TrackId.of("ogp-local")), new BigDecimal("71.57"), 1));
  }

  @Test
  void spendingIsTheLatestReportsAgainstTheRequestAndCompletionIsTheMilestonesPoints() {
    ProjectMonitoring project = RuleBook.bundled().monitor(dossier, selectionOf(dossier), AS_OF).project(PROJECT).orElseThrow();

    assertThat(project.funds()).isEqualTo(new Funds(Money.of(1_000_000, "ARS"), Money.of(950_000, "ARS"),
        new BigDecimal("95.00"), new BigDecimal("88.89")));
    assertThat(project.lastReport()).isEqualTo(LocalDate.of(2022, 9, 29));
    assertThat(project.participants()).isEqualTo(10);
    assertThat(project.completion()).isEqualTo(CompletionLevel.SUBSTANTIAL);
    assertThat(project.resultsLevel()).contains(ResultsLevel.MAJOR);
    assertThat(project.status()).as("M-3 is 15 days late").isEqualTo(ImplementationStatus.DELAYED);

    ProjectMonitoring unreported = RuleBook.bundled().monitor(dossier, selectionOf(dossier), AS_OF)
        .project(ProposalId.of("P-002")).orElseThrow();
    assertThat(unreported.funds()).isEqualTo(new Funds(Money.of(1_000_000, "ARS"), Money.zero("ARS"),
        new BigDecimal("0.00"), new BigDecimal("0.00")));
    assertThat(unreported.lastReport()).isNull();
    assertThat(unreported.participants()).isZero();
  }

  @Test
  void judgesEachReportDateWithWhatWasKnownThenAndEndsOnTheMonitoringDate() {
    ProjectMonitoring project = RuleBook.bundled().monitor(dossier, selectionOf(dossier), AS_OF).project(PROJECT).orElseThrow();

    assertThat(project.history()).extracting(ProjectSnapshot::date).containsExactly(LocalDate.of(2022, 3, 1),
        LocalDate.of(2022, 6, 28), LocalDate.of(2022, 9, 29), AS_OF);
    assertThat(project.history()).extracting(ProjectSnapshot::status).containsExactly(ImplementationStatus.ON_TRACK,
        ImplementationStatus.ON_TRACK, ImplementationStatus.ON_TRACK, ImplementationStatus.DELAYED);
    assertThat(project.history()).extracting(ProjectSnapshot::completion).containsExactly(CompletionLevel.LIMITED,
        CompletionLevel.SUBSTANTIAL, CompletionLevel.SUBSTANTIAL, CompletionLevel.SUBSTANTIAL);
    assertThat(project.history()).extracting(s -> s.funds().spentShare()).containsExactly(new BigDecimal("25.00"),
        new BigDecimal("60.00"), new BigDecimal("95.00"), new BigDecimal("95.00"));
    assertThat(project.history()).extracting(ProjectSnapshot::results).containsExactly(null, null, null, ResultsLevel.MAJOR);
    assertThat(project.history().get(3).status()).isEqualTo(project.status());
    assertThat(project.history().get(3).reasons()).isEqualTo(project.reasons());

    ProjectMonitoring unreported = RuleBook.bundled().monitor(dossier, selectionOf(dossier), AS_OF)
        .project(ProposalId.of("P-002")).orElseThrow();
    assertThat(unreported.history()).extracting(ProjectSnapshot::date).containsExactly(AS_OF);
  }

  @Test
  void fingerprintsTheMonitoringOnTheSelectionsFingerprint() {
    CallOutcome selection = selectionOf(dossier);
    MonitoringOutcome outcome = RuleBook.bundled().monitor(dossier, selection, AS_OF);

    assertThat(outcome.selectionFingerprint()).isEqualTo(selection.fingerprint());
    assertThat(outcome.fingerprint()).isEqualTo(MonitoringFingerprint.of(selection.fingerprint(), dossier, AS_OF,
        RuleBook.bundled().monitoringContents()));
    assertThat(RuleBook.bundled().monitor(dossier, selection, AS_OF.plusDays(1)).fingerprint()).isNotEqualTo(outcome.fingerprint());
  }

  @Test
  void convocaDecidesTheSelectionAndMonitorsItEndToEnd() {
    MonitoringOutcome outcome = Convoca.withBundledRules().monitor(dossier, AS_OF);

    assertThat(outcome).isEqualTo(RuleBook.bundled().monitor(dossier, selectionOf(dossier), AS_OF));
    assertThat(outcome.project(PROJECT).orElseThrow().gaps()).isEmpty();
    assertThat(outcome.project(ProposalId.of("P-002")).orElseThrow().gaps()).extracting(g -> g.milestone().value())
        .containsExactly("M-1", "M-2", "M-3");
  }
}
