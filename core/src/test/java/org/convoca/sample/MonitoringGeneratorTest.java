package org.convoca.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.convoca.call.MonitoringParameters;
import org.convoca.dossier.Dossier;
import org.convoca.dossier.DossierReader;
import org.convoca.dossier.DossierWriter;
import org.convoca.monitoring.CompletionLevel;
import org.convoca.monitoring.ImplementationStatus;
import org.convoca.monitoring.MilestoneStatus;
import org.convoca.monitoring.ProgressReport;
import org.convoca.monitoring.ResultsAssessment;
import org.convoca.monitoring.ResultsLevel;
import org.convoca.proposal.Milestone;
import org.convoca.proposal.MilestoneId;
import org.convoca.proposal.Proposal;
import org.convoca.proposal.ProposalId;
import org.convoca.validation.MonitoringDataCheck;
import org.junit.jupiter.api.Test;

/**
 * The generated monitoring data: deterministic, valid, and with the dynamics it promises on each
 * report date and at the end of 2022. The statuses are judged here by a plain reading of the monitoring rules with the
 * default parameters (the rules themselves live in the rules module): the latest report of each
 * project, a milestone complete only with evidence, overdue days from its due date, the funds spent
 * against the completion share, and the first status of {@link ImplementationStatus#PRECEDENCE}.
 */
class MonitoringGeneratorTest {

  private static final Dossier DOSSIER = DossierGenerator.withSeed(2021).proposals(150).jurors(7).generate();
  /** Fifty proposals that ask for funds, standing for a selection (core cannot decide one). */
  private static final List<ProposalId> SELECTED = DOSSIER.proposals().stream()
      .filter(p -> p.funding().requested().amount().signum() > 0).limit(50).map(Proposal::id).toList();
  private static final Dossier MONITORED = MonitoringGenerator.generate(DOSSIER, SELECTED, 2021);

  @Test
  void givesTheSameDataForTheSameSeedAndOtherDataForAnother() {
    assertThat(MonitoringGenerator.generate(DOSSIER, SELECTED, 2021)).isEqualTo(MONITORED);
    assertThat(MonitoringGenerator.generate(DOSSIER, SELECTED, 7).progressReports()).isNotEqualTo(MONITORED.progressReports());
  }

  @Test
  void writesWhatTheReaderAndTheMonitoringChecksAccept() {
    assertThat(DossierReader.standard().read(DossierWriter.toJson(MONITORED))).isEqualTo(MONITORED);
    assertThat(MonitoringDataCheck.problems(MONITORED, SELECTED, MonitoringGenerator.AS_OF)).isEmpty();
    assertThat(MONITORED.call().monitoring().selectionDate()).contains(LocalDate.of(2021, 12, 10));
    assertThat(MONITORED.call().monitoring().given()).containsAllEntriesOf(MonitoringParameters.DEFAULTS);
    assertThat(MONITORED.withProgressReports(List.of()).withResultsAssessments(List.of())
        .withCall(MONITORED.call().withMonitoring(MonitoringParameters.empty()))).isEqualTo(DOSSIER);
  }

  @Test
  void reportsThreeRoundsOnMostProjectsAndStopsForTwo() {
    Map<ProposalId, Long> rounds = new HashMap<>();
    MONITORED.progressReports().forEach(r -> rounds.merge(r.proposal(), 1L, Long::sum));

    assertThat(rounds).containsOnlyKeys(SELECTED);
    assertThat(rounds.values().stream().filter(n -> n == 3)).hasSize(48);
    assertThat(rounds.values().stream().filter(n -> n < 3)).containsExactlyInAnyOrder(1L, 2L);
    assertThat(MONITORED.progressReports()).extracting(ProgressReport::date)
        .allMatch(MonitoringGenerator.REPORT_DATES::contains);
  }

  @Test
  void hasTheDynamicsOfARealProgramAcrossItsReports() {
    Map<ImplementationStatus, Integer> april = statuses(LocalDate.of(2022, 4, 15));
    Map<ImplementationStatus, Integer> august = statuses(LocalDate.of(2022, 8, 15));

    assertThat(april.get(ImplementationStatus.ON_TRACK)).as("on track in April, of 50: %s", april).isGreaterThanOrEqualTo(30);
    assertThat(april.get(ImplementationStatus.DELAYED)).as("delayed in April: %s", april).isGreaterThanOrEqualTo(1);
    assertThat(april.get(ImplementationStatus.AT_RISK)).as("at risk by spending in April: %s", april).isGreaterThanOrEqualTo(1);
    assertThat(august.get(ImplementationStatus.DELAYED)).as("delayed in August: %s", august).isBetween(5, 12);
    assertThat(august.get(ImplementationStatus.AT_RISK)).as("at risk in August: %s", august).isBetween(2, 6);
    assertThat(august.get(ImplementationStatus.COMPLETED)).as("complete in August: %s", august).isGreaterThanOrEqualTo(10);
  }

  @Test
  void endsTheYearMostlyCompleteWithAFewAtRiskSomeStillUnderWayAndOneSilent() {
    Map<ImplementationStatus, Integer> end = statuses(MonitoringGenerator.AS_OF);

    assertThat(end.get(ImplementationStatus.COMPLETED)).as("%s", end).isBetween(30, 45);
    assertThat(end.get(ImplementationStatus.AT_RISK)).as("%s", end).isBetween(3, 8);
    assertThat(end.get(ImplementationStatus.ON_TRACK)).as("%s", end).isGreaterThanOrEqualTo(1);
    assertThat(end.get(ImplementationStatus.NO_RECENT_REPORT)).as("%s", end).isEqualTo(1);
    assertThat(end.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(50);
  }

  private static Map<ImplementationStatus, Integer> statuses(LocalDate day) {
    Map<ImplementationStatus, Integer> statuses = new EnumMap<>(ImplementationStatus.class);
    for (ImplementationStatus status : ImplementationStatus.values()) {
      statuses.put(status, 0);
    }
    SELECTED.forEach(p -> statuses.merge(status(p, day), 1, Integer::sum));
    return statuses;
  }

  @Test
  void hasAFewDocumentationGapsAndOneMilestoneBackFromCompleteWithItsReason() {
    long gaps = SELECTED.stream().filter(p -> latest(p, MonitoringGenerator.AS_OF).orElseThrow().milestones().stream()
        .anyMatch(m -> m.completion() == CompletionLevel.COMPLETE && m.evidence().isEmpty())).count();
    List<MilestoneStatus> reasons = MONITORED.progressReports().stream().flatMap(r -> r.milestones().stream())
        .filter(m -> m.reason().isPresent()).toList();

    assertThat(gaps).isEqualTo(3);
    assertThat(reasons).singleElement().satisfies(m -> {
      assertThat(m.completion()).isEqualTo(CompletionLevel.SUBSTANTIAL);
      assertThat(m.reason().orElseThrow()).isNotBlank();
    });
  }

  @Test
  void spendsAndReachesCumulativelyWithinTheRequest() {
    for (ProposalId id : SELECTED) {
      Proposal project = proposal(id);
      List<ProgressReport> reports = reports(id);
      for (int i = 0; i < reports.size(); i++) {
        ProgressReport report = reports.get(i);
        assertThat(report.fundsSpent().currency()).isEqualTo("ARS");
        assertThat(report.fundsSpent().amount()).isLessThanOrEqualTo(project.funding().requested().amount());
        assertThat(report.narrative()).hasValueSatisfying(n -> assertThat(n).isNotBlank().hasSizeLessThan(300));
        assertThat(report.milestones()).extracting(MilestoneStatus::milestone)
            .containsExactlyElementsOf(project.milestones().stream().map(Milestone::id).toList());
        report.milestones().forEach(m -> assertThat(m.evidence()).allMatch(e -> e.matches("https://www\\.[a-z0-9]+\\.gob\\.ar/.*")));
        if (i > 0) {
          assertThat(report.fundsSpent().amount()).isGreaterThanOrEqualTo(reports.get(i - 1).fundsSpent().amount());
          assertThat(report.participants()).isGreaterThan(reports.get(i - 1).participants());
        }
      }
    }
  }

  @Test
  void assessesEveryProjectsResultsOnTheScaleWithTwoJurors() {
    Map<ResultsLevel, Long> levels = new EnumMap<>(ResultsLevel.class);
    MONITORED.resultsAssessments().forEach(a -> levels.merge(a.results(), 1L, Long::sum));

    assertThat(MONITORED.resultsAssessments()).extracting(ResultsAssessment::proposal).containsExactlyElementsOf(SELECTED);
    assertThat(MONITORED.resultsAssessments()).allSatisfy(a -> {
      assertThat(a.date()).isEqualTo(MonitoringGenerator.RESULTS_DATE);
      assertThat(a.jurors()).hasSize(2).doesNotHaveDuplicates();
      assertThat(a.evidence()).isNotEmpty();
    });
    assertThat(levels.get(ResultsLevel.WORSENED)).isEqualTo(1);
    assertThat(levels.get(ResultsLevel.MARGINAL) + levels.get(ResultsLevel.MAJOR)).as("%s", levels).isGreaterThanOrEqualTo(30);
    assertThat(levels.get(ResultsLevel.OUTSTANDING)).as("%s", levels).isBetween(1L, 8L);
    assertThat(levels.get(ResultsLevel.DID_NOT_CHANGE)).as("%s", levels).isBetween(2L, 12L);
  }

  @Test
  void whateverTheDossierSelectionAndSeedTheDataPassesTheReaderAndTheMonitoringChecks() {
    Theories.qt(12).forAll(longs().all(), integers().between(0, 40), integers().between(0, 40), longs().all())
        .checkAssert((seed, size, chosen, monitoringSeed) -> {
          Dossier dossier = DossierGenerator.withSeed(seed).proposals(size).generate();
          List<ProposalId> selected = dossier.proposals().stream().limit(chosen).map(Proposal::id).toList();
          Dossier monitored = MonitoringGenerator.generate(dossier, selected, monitoringSeed);

          assertThat(DossierReader.standard().read(DossierWriter.toJson(monitored))).isEqualTo(monitored);
          assertThat(MonitoringDataCheck.problems(monitored, selected, MonitoringGenerator.AS_OF)).isEmpty();
          assertThat(monitored.resultsAssessments()).allSatisfy(a -> assertThat(a.jurors()).isNotEmpty());
        });
  }

  @Test
  void refusesASelectedProposalTheDossierDoesNotHold() {
    assertThatThrownBy(() -> MonitoringGenerator.generate(DOSSIER, List.of(ProposalId.of("P-999")), 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("selected proposal 'P-999' is not in the dossier");
  }

  /** The status of {@code id} as of {@code day}, by a plain reading of the monitoring rules with their defaults. */
  private static ImplementationStatus status(ProposalId id, LocalDate day) {
    Proposal project = proposal(id);
    Optional<ProgressReport> latest = latest(id, day);
    if (latest.isEmpty()) {
      return ImplementationStatus.NOT_STARTED;
    }
    Map<MilestoneId, MilestoneStatus> reported = new HashMap<>();
    latest.get().milestones().forEach(m -> reported.put(m.milestone(), m));
    long overdue = 0;
    int points = 0;
    boolean allComplete = true;
    for (Milestone milestone : project.milestones()) {
      MilestoneStatus status = reported.get(milestone.id());
      boolean complete = status != null && status.completion() == CompletionLevel.COMPLETE && !status.evidence().isEmpty();
      allComplete &= complete;
      points += status == null ? 0 : switch (status.completion()) {
        case NO_EVIDENCE, NOT_STARTED -> 0;
        case LIMITED -> 1;
        case SUBSTANTIAL -> 2;
        case COMPLETE -> complete ? 3 : 0;
      };
      if (!complete && milestone.due().isBefore(day)) {
        overdue = Math.max(overdue, ChronoUnit.DAYS.between(milestone.due(), day));
      }
    }
    BigDecimal completionShare = BigDecimal.valueOf(points * 100L).divide(BigDecimal.valueOf(3L * project.milestones().size()), 2, RoundingMode.HALF_UP);
    BigDecimal spentShare = latest.get().fundsSpent().amount().multiply(BigDecimal.valueOf(100))
        .divide(project.funding().requested().amount(), 2, RoundingMode.HALF_UP);
    if (allComplete) {
      return ImplementationStatus.COMPLETED;
    }
    if (overdue > 90 || spentShare.subtract(completionShare).compareTo(BigDecimal.valueOf(25)) >= 0) {
      return ImplementationStatus.AT_RISK;
    }
    if (ChronoUnit.DAYS.between(latest.get().date(), day) > 120 + 30) {
      return ImplementationStatus.NO_RECENT_REPORT;
    }
    return overdue > 0 ? ImplementationStatus.DELAYED : ImplementationStatus.ON_TRACK;
  }

  private static Optional<ProgressReport> latest(ProposalId id, LocalDate day) {
    return reports(id).stream().filter(r -> !r.date().isAfter(day)).max(Comparator.comparing(ProgressReport::date));
  }

  private static List<ProgressReport> reports(ProposalId id) {
    return MONITORED.progressReports().stream().filter(r -> r.proposal().equals(id))
        .sorted(Comparator.comparing(ProgressReport::date)).toList();
  }

  private static Proposal proposal(ProposalId id) {
    return DOSSIER.proposals().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
  }
}
