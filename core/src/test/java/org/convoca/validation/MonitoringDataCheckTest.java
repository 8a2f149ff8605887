package org.convoca.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.convoca.call.ConflictKind;
import org.convoca.call.JuryPolicy;
import org.convoca.call.MonitoringParameters;
import org.convoca.dossier.Dossier;
import org.convoca.dossier.DossierProblem;
import org.convoca.jury.JurorId;
import org.convoca.jury.conflict.Conflict;
import org.convoca.monitoring.ProgressReport;
import org.convoca.monitoring.ResultsAssessment;
import org.convoca.monitoring.ResultsLevel;
import org.convoca.proposal.ProposalId;
import org.convoca.review.PanelConflicts;
import org.convoca.sample.DossierGenerator;
import org.convoca.value.Money;
import org.junit.jupiter.api.Test;

/**
 * The checks of monitoring data that need the selection and the monitoring date, each with its
 * path. The fixture is a generated dossier of 30 proposals whose implementation window starts on
 * 2022-01-01; the "selection" is its first five proposals.
 */
class MonitoringDataCheckTest {

  private static final LocalDate AS_OF = LocalDate.of(2022, 12, 31);

  private final Dossier dossier = DossierGenerator.withSeed(11).proposals(30).generate();
  private final List<ProposalId> selected = dossier.proposals().subList(0, 5).stream().map(p -> p.id()).toList();
  private final ProposalId chosen = selected.get(0);
  private final ProposalId passedOver = dossier.proposals().get(20).id();

  @Test
  void findsNothingInReportsAndAssessmentsOfSelectedProjectsBetweenTheSelectionAndTheMonitoringDate() {
    Dossier monitored = dossier.withProgressReports(List.of(report(chosen, "2022-01-01"), report(chosen, "2022-12-31")))
        .withResultsAssessments(List.of(assessment(chosen, "2022-12-20", freeJuror(chosen))));

    assertThat(MonitoringDataCheck.problems(monitored, selected, AS_OF)).isEmpty();
  }

  @Test
  void refusesAReportOnAProposalThatWasNotSelected() {
    Dossier monitored = dossier.withProgressReports(List.of(report(chosen, "2022-04-15"), report(passedOver, "2022-04-15")));

    assertThat(lines(MonitoringDataCheck.problems(monitored, selected, AS_OF))).containsExactly(
        "$.progressReports[1].proposal: proposal '" + passedOver + "' was not selected; only a selected project reports");
  }

  @Test
  void refusesAResultsAssessmentOfAProposalThatWasNotSelected() {
    Dossier monitored = dossier.withResultsAssessments(List.of(assessment(passedOver, "2022-12-20", freeJuror(passedOver))));

    assertThat(lines(MonitoringDataCheck.problems(monitored, selected, AS_OF))).containsExactly(
        "$.resultsAssessments[0].proposal: proposal '" + passedOver
            + "' was not selected; only a selected project has its results assessed");
  }

  @Test
  void refusesAReportAndAnAssessmentDatedAfterTheMonitoringDate() {
    Dossier monitored = dossier.withProgressReports(List.of(report(chosen, "2023-01-01")))
        .withResultsAssessments(List.of(assessment(chosen, "2023-02-01", freeJuror(chosen))));

    assertThat(lines(MonitoringDataCheck.problems(monitored, selected, AS_OF))).containsExactly(
        "$.progressReports[0].date: is 2023-01-01, after the monitoring date 2022-12-31;"
            + " monitoring as of a date reads only what was known by then",
        "$.resultsAssessments[0].date: is 2023-02-01, after the monitoring date 2022-12-31;"
            + " monitoring as of a date reads only what was known by then");
  }

  @Test
  void refusesAReportDatedBeforeTheImplementationWindowWhenTheCallGivesNoSelectionDate() {
    Dossier monitored = dossier.withProgressReports(List.of(report(chosen, "2021-12-31")));

    assertThat(lines(MonitoringDataCheck.problems(monitored, selected, AS_OF))).containsExactly(
        "$.progressReports[0].date: is 2021-12-31, before 2022-01-01, the start of the implementation window,"
            + " which counts as the selection date when call.monitoring gives none");
  }

  @Test
  void refusesAReportAndAnAssessmentDatedBeforeTheCallsSelectionDate() {
    Dossier monitored = withSelectionDate("2021-12-10")
        .withProgressReports(List.of(report(chosen, "2021-12-09"), report(chosen, "2021-12-10")))
        .withResultsAssessments(List.of(assessment(chosen, "2021-11-30", freeJuror(chosen))));

    assertThat(lines(MonitoringDataCheck.problems(monitored, selected, AS_OF))).containsExactly(
        "$.progressReports[0].date: is 2021-12-09, before 2021-12-10, the selection date (call.monitoring.selectionDate)",
        "$.resultsAssessments[0].date: is 2021-11-30, before 2021-12-10, the selection date (call.monitoring.selectionDate)");
  }

  @Test
  void refusesAMonitoringDateBeforeTheSelection() {
    assertThat(lines(MonitoringDataCheck.problems(withSelectionDate("2021-12-10"), selected, LocalDate.parse("2021-12-09"))))
        .containsExactly("$.call.monitoring.selectionDate: the monitoring date 2021-12-09 is before the selection date"
            + " (call.monitoring.selectionDate), 2021-12-10: nothing selected can be monitored before it");
    assertThat(MonitoringDataCheck.problems(withSelectionDate("2021-12-10"), selected, LocalDate.parse("2021-12-10"))).isEmpty();
    assertThat(lines(MonitoringDataCheck.problems(dossier, selected, LocalDate.parse("2021-12-31"))))
        .singleElement().asString().startsWith("$.call.implementationWindow.start: the monitoring date 2021-12-31 is before the start");
  }

  @Test
  void refusesAResultsAssessmentSignedByAJurorInConflictWithTheProjectNamingTheReason() {
    Conflict conflict = PanelConflicts.of(dossier).conflicts().stream()
        .filter(c -> c.kind() == ConflictKind.SAME_JURISDICTION).findFirst().orElseThrow();
    List<ProposalId> withIt = List.of(conflict.proposal());
    Dossier monitored = dossier.withResultsAssessments(List.of(
        assessment(conflict.proposal(), "2022-12-20", freeJuror(conflict.proposal()), conflict.juror())));

    assertThat(lines(MonitoringDataCheck.problems(monitored, withIt, AS_OF))).containsExactly(
        "$.resultsAssessments[0].jurors[1]: juror '" + conflict.juror() + "' has a conflict of interest with proposal '"
            + conflict.proposal() + "' (SAME_JURISDICTION: " + conflict.reason()
            + "); a conflicted juror does not assess the project's results");
  }

  @Test
  void acceptsAJurorWhoseConflictIsOfAKindTheCallsJuryPolicyDoesNotApply() {
    Conflict conflict = PanelConflicts.of(dossier).conflicts().stream()
        .filter(c -> c.kind() == ConflictKind.SAME_JURISDICTION).findFirst().orElseThrow();
    Dossier declaredOnly = dossier.withCall(dossier.call().withJury(JuryPolicy.builder()
        .conflicts(java.util.EnumSet.of(ConflictKind.DECLARED)).build()));
    boolean otherKind = PanelConflicts.of(declaredOnly).conflicts().stream()
        .anyMatch(c -> c.juror().equals(conflict.juror()) && c.proposal().equals(conflict.proposal()));
    Dossier monitored = declaredOnly.withResultsAssessments(List.of(
        assessment(conflict.proposal(), "2022-12-20", conflict.juror())));

    assertThat(otherKind).as("the pair has no declared conflict").isFalse();
    assertThat(MonitoringDataCheck.problems(monitored, List.of(conflict.proposal()), AS_OF)).isEmpty();
  }

  private Dossier withSelectionDate(String day) {
    return dossier.withCall(dossier.call().withMonitoring(
        MonitoringParameters.of(Map.of(MonitoringParameters.SELECTION_DATE, day))));
  }

  /** A juror with no conflict of any kind with {@code proposal}. */
  private JurorId freeJuror(ProposalId proposal) {
    List<Conflict> conflicts = PanelConflicts.of(dossier).conflicts();
    return dossier.jury().jurors().stream().map(j -> j.id())
        .filter(j -> conflicts.stream().noneMatch(c -> c.juror().equals(j) && c.proposal().equals(proposal)))
        .findFirst().orElseThrow();
  }

  private static ProgressReport report(ProposalId proposal, String day) {
    return ProgressReport.builder().proposal(proposal).date(LocalDate.parse(day)).participants(10)
        .fundsSpent(Money.of(1000, "ARS")).build();
  }

  private static ResultsAssessment assessment(ProposalId proposal, String day, JurorId... jurors) {
    return ResultsAssessment.builder().proposal(proposal).date(LocalDate.parse(day)).results(ResultsLevel.MAJOR)
        .addJurors(jurors).build();
  }

  private static List<String> lines(List<DossierProblem> problems) {
    return problems.stream().map(DossierProblem::toString).toList();
  }
}
