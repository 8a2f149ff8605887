package org.convoca.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.convoca.call.FederalVocabulary;
import org.convoca.call.MonitoringParameters;
import org.convoca.dossier.Dossier;
import org.convoca.jury.JurorId;
import org.convoca.jury.Jury;
import org.convoca.monitoring.CompletionLevel;
import org.convoca.monitoring.MilestoneStatus;
import org.convoca.monitoring.MonitoringFinding;
import org.convoca.monitoring.MonitoringOutcome;
import org.convoca.monitoring.ProgressReport;
import org.convoca.monitoring.ProjectMonitoring;
import org.convoca.monitoring.ResultsAssessment;
import org.convoca.monitoring.ResultsLevel;
import org.convoca.outcome.CallOutcome;
import org.convoca.proposal.Commitment;
import org.convoca.proposal.MilestoneId;
import org.convoca.proposal.Proposal;
import org.convoca.proposal.ProposalId;
import org.convoca.value.Money;
import org.convoca.testing.DossierFixtures;
import org.convoca.testing.ProposalFixtures;

/**
 * Test fixtures for monitoring: one selected project, P-001 (co-created, with a multi-stakeholder
 * forum, so that it passes the co-creation threshold), with two commitments (M-1 due
 * 1 March 2022 and M-2 due 30 June 2022; M-3 due 30 September 2022), all verifiable, requesting ARS
 * 1,000,000; its selection date is the implementation window's start, 1 January 2022. Tests add
 * reports and results assessments, and read what one rule concluded.
 */
public final class MonitoringFixtures {

  public static final ProposalId PROJECT = ProposalId.of("P-001");
  private static final Map<Dossier, CallOutcome> SELECTIONS = new ConcurrentHashMap<>();

  private MonitoringFixtures() {}

  /** The monitored proposal: {@link ProposalFixtures#aCompleteProposal()} with a second commitment. */
  public static Proposal aMonitoredProposal() {
    Proposal p = ProposalFixtures.aCompleteProposal();
    Commitment first = p.commitments().get(0);
    Commitment second = Commitment.builder().title("Budget hearings").description("Hold public budget hearings")
        .milestones(List.of(ProposalFixtures.aMilestone("M-3", LocalDate.of(2022, 9, 30), "Hearing minutes"))).build();
    return p.withCommitments(first, second).withCoCreation(p.coCreation().withActivities(
        org.convoca.cocreation.Activity.builder().kind(org.convoca.cocreation.ActivityKind.MULTI_STAKEHOLDER_FORUM)
            .date(LocalDate.of(2021, 7, 1)).participants(40).build()));
  }

  /** A dossier whose only proposal, {@code proposal}, the jury scores highly, so that it is selected. */
  public static Dossier aMonitoredDossier(Proposal proposal) {
    return DossierFixtures.aDossier(proposal).withJury(Jury.builder()
        .addScores(DossierFixtures.aScore("J-1", proposal, FederalVocabulary.JURY, "5"),
            DossierFixtures.aScore("J-2", proposal, FederalVocabulary.JURY, "4.5"))
        .build());
  }

  /** {@link #aMonitoredDossier(Proposal)} of {@link #aMonitoredProposal()}. */
  public static Dossier aMonitoredDossier() {
    return aMonitoredDossier(aMonitoredProposal());
  }

  /** {@code dossier} with the monitoring parameters {@code nameAndValue} (pairs). */
  public static Dossier withMonitoring(Dossier dossier, Object... nameAndValue) {
    Map<String, Object> values = new java.util.HashMap<>();
    for (int i = 0; i < nameAndValue.length; i += 2) {
      values.put((String) nameAndValue[i], nameAndValue[i + 1]);
    }
    return dossier.withCall(dossier.call().withMonitoring(MonitoringParameters.of(values)));
  }

  /** The selection of {@code dossier} by the bundled book, decided once per dossier. */
  public static CallOutcome selectionOf(Dossier dossier) {
    return SELECTIONS.computeIfAbsent(dossier, d -> Convoca.withBundledRules().decide(d));
  }

  /** The bundled book's monitoring of {@code dossier} as of {@code asOf}. */
  public static MonitoringOutcome monitor(Dossier dossier, LocalDate asOf) {
    return RuleBook.bundled().monitor(dossier, selectionOf(dossier), asOf);
  }

  /** The bundled book's monitoring of {@link #PROJECT} in {@code dossier} as of {@code asOf}. */
  public static ProjectMonitoring project(Dossier dossier, LocalDate asOf) {
    return monitor(dossier, asOf).project(PROJECT).orElseThrow(() -> new AssertionError(PROJECT + " was not selected"));
  }

  /** The bundled book's monitoring of {@link #PROJECT} with {@code reports}, as of {@code asOf}. */
  public static ProjectMonitoring project(String asOf, ProgressReport... reports) {
    return project(aMonitoredDossier().withProgressReports(reports), LocalDate.parse(asOf));
  }

  /** A report on {@link #PROJECT} dated {@code date}, spending {@code spent} ARS so far. */
  public static ProgressReport report(String date, long spent, MilestoneStatus... milestones) {
    return ProgressReport.builder().proposal(PROJECT).date(LocalDate.parse(date)).participants(10)
        .fundsSpent(Money.of(spent, "ARS")).milestones(Arrays.asList(milestones)).build();
  }

  /** Milestone {@code id} at {@code level}, with {@code evidence} links. */
  public static MilestoneStatus status(String id, CompletionLevel level, String... evidence) {
    return MilestoneStatus.builder().milestone(MilestoneId.of(id)).completion(level).evidence(Arrays.asList(evidence)).build();
  }

  /** Milestone {@code id} complete, with one evidence link. */
  public static MilestoneStatus complete(String id) {
    return status(id, CompletionLevel.COMPLETE, "https://example.org/" + id);
  }

  /** The jury's results assessment of {@link #PROJECT} on {@code date}. */
  public static ResultsAssessment assessment(String date, ResultsLevel results) {
    return ResultsAssessment.builder().proposal(PROJECT).date(LocalDate.parse(date)).results(results)
        .evidence(List.of("https://example.org/evaluation")).jurors(List.of(JurorId.of("J-2"), JurorId.of("J-1")))
        .reasoning(Optional.empty()).build();
  }

  /** Every finding the project holds on the monitoring date. */
  public static List<MonitoringFinding> findings(ProjectMonitoring project) {
    List<MonitoringFinding> all = new ArrayList<>(project.reasons());
    all.addAll(project.milestones());
    all.addAll(project.commitments());
    if (project.completionReason() != null) {
      all.add(project.completionReason());
    }
    project.results().ifPresent(all::add);
    all.addAll(project.conditions());
    all.addAll(project.gaps());
    return all;
  }

  /** The findings of {@code rule} on the monitoring date. */
  public static List<MonitoringFinding> by(ProjectMonitoring project, String rule) {
    return findings(project).stream().filter(f -> f.rule().equals(rule)).toList();
  }
}
