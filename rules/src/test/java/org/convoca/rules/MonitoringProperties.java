package org.convoca.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convoca.sample.Theories.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.convoca.dossier.Dossier;
import org.convoca.jury.JurorId;
import org.convoca.monitoring.CompletionLevel;
import org.convoca.monitoring.ImplementationStatus;
import org.convoca.monitoring.MilestoneStatus;
import org.convoca.monitoring.MonitoringOutcome;
import org.convoca.monitoring.ProgressReport;
import org.convoca.monitoring.ProjectMonitoring;
import org.convoca.monitoring.ProjectSnapshot;
import org.convoca.monitoring.Recognition;
import org.convoca.monitoring.RecognitionFinding;
import org.convoca.monitoring.ResultsAssessment;
import org.convoca.monitoring.ResultsLevel;
import org.convoca.monitoring.StatusFinding;
import org.convoca.outcome.CallOutcome;
import org.convoca.proposal.MilestoneId;
import org.convoca.value.Money;
import org.junit.jupiter.api.Test;

/**
 * Invariants of monitoring over generated monitoring data for the fixture project P-001 (see
 * {@link MonitoringFixtures}): up to five reports on distinct dates with random levels, evidence and
 * cumulative spending, up to two results assessments, and a monitoring date in the second half of
 * 2022. Each example is made from a seed, so a failure names the seed that reproduces it.
 */
class MonitoringProperties {

  private static final Dossier BASE = MonitoringFixtures.aMonitoredDossier();
  private static final CallOutcome SELECTION = MonitoringFixtures.selectionOf(BASE);
  private static final List<String> MILESTONES = List.of("M-1", "M-2", "M-3");

  /** A dossier with monitoring data drawn from {@code seed}, and its monitoring date. */
  record Scenario(Dossier dossier, LocalDate asOf) {

    static Scenario of(long seed) {
      Random random = new Random(seed);
      LocalDate asOf = LocalDate.of(2022, 7, 1).plusDays(random.nextInt(184));
      TreeSet<LocalDate> dates = new TreeSet<>();
      int reports = random.nextInt(6);
      while (dates.size() < reports) {
        dates.add(LocalDate.of(2022, 1, 2).plusDays(random.nextInt((int) (asOf.toEpochDay() - LocalDate.of(2022, 1, 2).toEpochDay()) + 1)));
      }
      List<ProgressReport> list = new ArrayList<>();
      long spent = 0;
      for (LocalDate date : dates) {
        spent += 50_000L * random.nextInt(8);
        List<MilestoneStatus> statuses = new ArrayList<>();
        for (String m : MILESTONES) {
          if (random.nextInt(4) > 0) {
            List<String> evidence = new ArrayList<>();
            for (int e = random.nextInt(3); e > 0; e--) {
              evidence.add("https://example.org/" + m + "/" + e);
            }
            statuses.add(MilestoneStatus.builder().milestone(MilestoneId.of(m))
                .completion(CompletionLevel.values()[random.nextInt(CompletionLevel.values().length)])
                .evidence(evidence).reason("As the team reports.").build());
          }
        }
        list.add(ProgressReport.builder().proposal(MonitoringFixtures.PROJECT).date(date).participants(random.nextInt(500))
            .fundsSpent(Money.of(spent, "ARS")).milestones(statuses).build());
      }
      List<ResultsAssessment> assessments = new ArrayList<>();
      for (int i = random.nextInt(3); i > 0; i--) {
        assessments.add(ResultsAssessment.builder().proposal(MonitoringFixtures.PROJECT)
            .date(LocalDate.of(2022, 3, 1).plusDays(random.nextInt((int) (asOf.toEpochDay() - LocalDate.of(2022, 3, 1).toEpochDay()) + 1)))
            .results(ResultsLevel.values()[random.nextInt(ResultsLevel.values().length)])
            .evidence(List.of("https://example.org/evaluation")).jurors(List.of(JurorId.of("J-" + i))).build());
      }
      return new Scenario(BASE.withProgressReports(list).withResultsAssessments(assessments), asOf);
    }

    MonitoringOutcome monitor() {
      return RuleBook.bundled().monitor(dossier, SELECTION, asOf);
    }
  }

  private static ProjectMonitoring project(MonitoringOutcome outcome) {
    return outcome.project(MonitoringFixtures.PROJECT).orElseThrow();
  }

  private static void decidedByPrecedence(ImplementationStatus status, List<StatusFinding> reasons) {
    assertThat(reasons).isNotEmpty();
    assertThat(reasons.get(0).status()).isEqualTo(status);
    assertThat(reasons).allSatisfy(r -> assertThat(ImplementationStatus.PRECEDENCE.indexOf(r.status()))
        .isGreaterThanOrEqualTo(ImplementationStatus.PRECEDENCE.indexOf(status)));
  }

  @Test
  void theStatusIsTheFirstConcludedInPrecedenceOnEveryDate() {
    qt(30).forAll(longs().all()).checkAssert(seed -> {
      ProjectMonitoring project = project(Scenario.of(seed).monitor());
      decidedByPrecedence(project.status(), project.reasons());
      project.history().forEach(s -> decidedByPrecedence(s.status(), s.reasons()));
    });
  }

  @Test
  void aRecognitionIsGrantedExactlyWhenAllItsConditionsAreMet() {
    qt(30).forAll(longs().all()).checkAssert(seed -> {
      ProjectMonitoring project = project(Scenario.of(seed).monitor());
      for (Recognition recognition : Recognition.values()) {
        List<RecognitionFinding> conditions = project.conditions().stream().filter(c -> c.recognition() == recognition).toList();
        assertThat(conditions).isNotEmpty();
        assertThat(project.recognised(recognition)).isEqualTo(conditions.stream().allMatch(RecognitionFinding::met));
      }
      assertThat(project.recognised(Recognition.PROMISING))
          .isEqualTo(project.completion().high() && project.resultsLevel().map(ResultsLevel::strong).orElse(false));
    });
  }

  @Test
  void exactlyOneCompletionIsConcludedForTheProjectAndEachCommitment() {
    qt(30).forAll(longs().all()).checkAssert(seed -> {
      ProjectMonitoring project = project(Scenario.of(seed).monitor());
      assertThat(project.completionReason()).isNotNull();
      assertThat(project.commitments()).extracting(c -> c.commitment()).containsExactly(1, 2);
      assertThat(project.milestones()).extracting(m -> m.milestone().value()).containsExactlyElementsOf(MILESTONES);
    });
  }

  @Test
  void theHistoryRunsOverTheReportDatesAndEndsOnTheMonitoringDate() {
    qt(30).forAll(longs().all()).checkAssert(seed -> {
      Scenario scenario = Scenario.of(seed);
      ProjectMonitoring project = project(scenario.monitor());
      TreeSet<LocalDate> expected = new TreeSet<>();
      scenario.dossier().progressReports().forEach(r -> expected.add(r.date()));
      expected.add(scenario.asOf());
      assertThat(project.history()).extracting(ProjectSnapshot::date).containsExactlyElementsOf(expected);
      ProjectSnapshot last = project.history().get(project.history().size() - 1);
      assertThat(last.status()).isEqualTo(project.status());
      assertThat(last.completion()).isEqualTo(project.completion());
      assertThat(last.funds()).isEqualTo(project.funds());
    });
  }

  @Test
  void theOrderOfReportsAndAssessmentsInTheDossierChangesNothing() {
    qt(25).forAll(longs().all(), longs().all()).checkAssert((seed, shuffleSeed) -> {
      Scenario scenario = Scenario.of(seed);
      List<ProgressReport> reports = new ArrayList<>(scenario.dossier().progressReports());
      List<ResultsAssessment> assessments = new ArrayList<>(scenario.dossier().resultsAssessments());
      Collections.shuffle(reports, new Random(shuffleSeed));
      Collections.shuffle(assessments, new Random(shuffleSeed));
      Scenario shuffled = new Scenario(scenario.dossier().withProgressReports(reports).withResultsAssessments(assessments),
          scenario.asOf());

      assertThat(shuffled.monitor().projects()).isEqualTo(scenario.monitor().projects());
    });
  }
}
