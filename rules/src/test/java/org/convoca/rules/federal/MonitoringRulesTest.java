package org.convoca.rules.federal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convoca.monitoring.CompletionLevel.COMPLETE;
import static org.convoca.monitoring.CompletionLevel.LIMITED;
import static org.convoca.monitoring.CompletionLevel.NOT_STARTED;
import static org.convoca.monitoring.CompletionLevel.NO_EVIDENCE;
import static org.convoca.monitoring.CompletionLevel.SUBSTANTIAL;
import static org.convoca.rules.MonitoringFixtures.aMonitoredDossier;
import static org.convoca.rules.MonitoringFixtures.aMonitoredProposal;
import static org.convoca.rules.MonitoringFixtures.assessment;
import static org.convoca.rules.MonitoringFixtures.by;
import static org.convoca.rules.MonitoringFixtures.complete;
import static org.convoca.rules.MonitoringFixtures.project;
import static org.convoca.rules.MonitoringFixtures.report;
import static org.convoca.rules.MonitoringFixtures.status;
import static org.convoca.rules.MonitoringFixtures.withMonitoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.convoca.dossier.Dossier;
import org.convoca.language.Language;
import org.convoca.monitoring.CompletionFinding;
import org.convoca.monitoring.CompletionLevel;
import org.convoca.monitoring.GapFinding;
import org.convoca.monitoring.ImplementationStatus;
import org.convoca.monitoring.MilestoneFinding;
import org.convoca.monitoring.MonitoringFinding;
import org.convoca.monitoring.ProgressReport;
import org.convoca.monitoring.ProjectMonitoring;
import org.convoca.monitoring.Recognition;
import org.convoca.monitoring.RecognitionFinding;
import org.convoca.monitoring.ResultsLevel;
import org.convoca.monitoring.StatusFinding;
import org.convoca.proposal.Milestone;
import org.convoca.proposal.OpenGovernmentValue;
import org.convoca.proposal.Proposal;
import org.convoca.rules.MonitoringFixtures;
import org.convoca.rules.RuleBook;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * One test per rule of the bundled monitoring files, each with a case that matches and one that
 * does not, through the real engine: the fixture project P-001 has milestones M-1 (due 1 March
 * 2022) and M-2 (due 30 June 2022) in commitment 1, and M-3 (due 30 September 2022) in commitment
 * 2; it was selected on 1 January 2022 with a total of 71.57 and requested ARS 1,000,000.
 */
class MonitoringRulesTest {

  static <T extends MonitoringFinding> List<T> by(ProjectMonitoring project, String rule, Class<T> kind) {
    return MonitoringFixtures.by(project, rule).stream().filter(kind::isInstance).map(kind::cast).toList();
  }

  static List<MilestoneFinding> milestone(ProjectMonitoring project, String rule, String milestone) {
    return by(project, rule, MilestoneFinding.class).stream().filter(f -> f.milestone().value().equals(milestone)).toList();
  }

  static Optional<CompletionLevel> commitment(ProjectMonitoring project, int commitment) {
    return project.commitments().stream().filter(c -> c.commitment() == commitment).map(CompletionFinding::completion)
        .findFirst();
  }

  static List<StatusFinding> statuses(ProjectMonitoring project, String rule) {
    return by(project, rule, StatusFinding.class);
  }

  static RecognitionFinding condition(ProjectMonitoring project, String rule) {
    return by(project, rule, RecognitionFinding.class).stream().findFirst()
        .orElseThrow(() -> new AssertionError("no condition by " + rule));
  }

  @Nested
  class Completion {

    @Test
    void aMilestoneReportedWithProgressAndEvidenceCountsAtItsReportedLevel() {
      String rule = "A milestone reported with progress and evidence counts at its reported level";
      ProjectMonitoring matched = project("2022-04-01", report("2022-03-01", 0, status("M-1", SUBSTANTIAL, "https://a", "https://b")));
      assertThat(milestone(matched, rule, "M-1")).singleElement().satisfies(f -> {
        assertThat(f.completion()).isEqualTo(SUBSTANTIAL);
        assertThat(f.sentence()).isEqualTo("Reported substantial on March 1, 2022 with 2 evidence links.");
      });
      ProjectMonitoring unmatched = project("2022-04-01", report("2022-03-01", 0, status("M-1", SUBSTANTIAL)));
      assertThat(milestone(unmatched, rule, "M-1")).isEmpty();
    }

    @Test
    void aMilestoneSentenceCarriesTheReasonTheReportGives() {
      String rule = "A milestone reported with progress and evidence counts at its reported level";
      ProjectMonitoring backFromComplete = project("2022-06-01",
          report("2022-03-01", 0, complete("M-1")),
          report("2022-05-01", 0, status("M-1", LIMITED, "https://a").withReason("The decree was annulled by the council")));
      assertThat(milestone(backFromComplete, rule, "M-1")).singleElement().extracting(MilestoneFinding::sentence)
          .isEqualTo("Reported limited on May 1, 2022 with 1 evidence link. Reason given: The decree was annulled by the council.");
      ProjectMonitoring withoutReason = project("2022-06-01", report("2022-05-01", 0, status("M-1", LIMITED, "https://a")));
      assertThat(milestone(withoutReason, rule, "M-1")).singleElement().extracting(MilestoneFinding::sentence)
          .isEqualTo("Reported limited on May 1, 2022 with 1 evidence link.");
    }

    @Test
    void aMilestoneReportedAsNotStartedOrWithoutEvidenceAvailableCountsAsReported() {
      String rule = "A milestone reported as not started or without evidence available counts as reported";
      ProjectMonitoring matched = project("2022-02-15", report("2022-02-10", 0, status("M-1", NOT_STARTED),
          status("M-2", NO_EVIDENCE)));
      assertThat(milestone(matched, rule, "M-1")).singleElement().extracting(MilestoneFinding::completion).isEqualTo(NOT_STARTED);
      assertThat(milestone(matched, rule, "M-2")).singleElement().extracting(MilestoneFinding::completion).isEqualTo(NO_EVIDENCE);
      assertThat(matched.gaps()).isEmpty();
      ProjectMonitoring unmatched = project("2022-02-15", report("2022-02-10", 0, status("M-1", LIMITED, "https://a")));
      assertThat(milestone(unmatched, rule, "M-1")).isEmpty();
    }

    @Test
    void aMilestoneReportedWithProgressButNoEvidenceCountsAsNoEvidenceAndIsADocumentationGap() {
      String rule = "A milestone reported with progress but no evidence counts as no evidence and is a documentation gap";
      ProjectMonitoring matched = project("2022-04-01", report("2022-03-01", 0, status("M-1", COMPLETE)));
      assertThat(milestone(matched, rule, "M-1")).singleElement().extracting(MilestoneFinding::completion).isEqualTo(NO_EVIDENCE);
      assertThat(by(matched, rule, GapFinding.class)).singleElement().satisfies(g -> {
        assertThat(g.milestone()).hasToString("M-1");
        assertThat(g.sentence()).isEqualTo("Milestone M-1 is reported complete on March 1, 2022 without any evidence link.");
      });
      ProjectMonitoring unmatched = project("2022-04-01", report("2022-03-01", 0, complete("M-1")));
      assertThat(MonitoringFixtures.by(unmatched, rule)).isEmpty();
    }

    @Test
    void aMilestoneThatNoReportListsCountsAsNoEvidence() {
      String rule = "A milestone that no report lists counts as no evidence";
      ProjectMonitoring matched = project("2022-04-01", report("2022-03-01", 0, complete("M-1")));
      assertThat(milestone(matched, rule, "M-2")).singleElement().extracting(MilestoneFinding::completion).isEqualTo(NO_EVIDENCE);
      assertThat(milestone(matched, rule, "M-1")).isEmpty();
    }

    @Test
    void aMilestonePastItsDueDateThatNoReportListsIsADocumentationGap() {
      String rule = "A milestone past its due date that no report lists is a documentation gap";
      assertThat(by(project("2022-03-11"), rule, GapFinding.class)).singleElement()
          .satisfies(g -> assertThat(g.sentence()).isEqualTo("Milestone M-1 was due on March 1, 2022, 10 days ago, and no report lists it."));
      assertThat(by(project("2022-03-01"), rule, GapFinding.class)).as("due today is not past due").isEmpty();
      assertThat(by(project("2022-03-11", report("2022-03-05", 0, status("M-1", LIMITED, "https://a"))), rule, GapFinding.class))
          .isEmpty();
    }

    @Test
    void milestonesAllCompleteMakeACommitmentOrTheProjectComplete() {
      String rule = "Milestones all complete make a commitment, or the project, complete";
      ProjectMonitoring all = project("2022-10-01", report("2022-09-30", 0, complete("M-1"), complete("M-2"), complete("M-3")));
      assertThat(by(all, rule, CompletionFinding.class)).extracting(CompletionFinding::commitment).containsExactly(1, 2, 0);
      assertThat(all.completion()).isEqualTo(COMPLETE);
      assertThat(all.completionReason().sentence()).isEqualTo("All 3 milestones of the project count as complete.");
      ProjectMonitoring notAll = project("2022-10-01", report("2022-09-30", 0, complete("M-1"),
          status("M-2", SUBSTANTIAL, "https://a"), complete("M-3")));
      assertThat(by(notAll, rule, CompletionFinding.class)).extracting(CompletionFinding::commitment).containsExactly(2);
    }

    @Test
    void milestonesThatAllCountAsNoEvidenceLeaveACommitmentOrTheProjectWithoutEvidence() {
      String rule = "Milestones that all count as no evidence leave a commitment, or the project, without evidence";
      ProjectMonitoring none = project("2022-02-01");
      assertThat(none.completion()).isEqualTo(NO_EVIDENCE);
      assertThat(by(none, rule, CompletionFinding.class)).extracting(CompletionFinding::commitment).containsExactly(1, 2, 0);
      assertThat(commitment(none, 2)).contains(NO_EVIDENCE);
      ProjectMonitoring one = project("2022-02-01", report("2022-01-20", 0, status("M-3", LIMITED, "https://a")));
      assertThat(by(one, rule, CompletionFinding.class)).extracting(CompletionFinding::commitment).containsExactly(1);
    }

    @Test
    void milestonesWithoutProgressOneOfThemNotStartedLeaveACommitmentOrTheProjectNotStarted() {
      String rule = "Milestones without progress, one of them not started, leave a commitment, or the project, not started";
      ProjectMonitoring notStarted = project("2022-02-01", report("2022-01-20", 0, status("M-1", NOT_STARTED)));
      assertThat(by(notStarted, rule, CompletionFinding.class)).extracting(CompletionFinding::commitment).containsExactly(1, 0);
      assertThat(commitment(notStarted, 2)).contains(NO_EVIDENCE);
      assertThat(notStarted.completion()).isEqualTo(NOT_STARTED);
      ProjectMonitoring moving = project("2022-02-01", report("2022-01-20", 0, status("M-1", NOT_STARTED),
          status("M-2", LIMITED, "https://a")));
      assertThat(by(moving, rule, CompletionFinding.class)).isEmpty();
    }

    @Test
    void milestoneProgressOfAtLeastTheSubstantialShareMakesACommitmentOrTheProjectSubstantial() {
      String rule = "Milestone progress of at least the substantial share makes a commitment, or the project, substantial";
      Dossier dossier = aMonitoredDossier().withProgressReports(report("2022-03-01", 0, complete("M-1"),
          status("M-2", SUBSTANTIAL, "https://a"), status("M-3", NOT_STARTED)));
      ProjectMonitoring matched = project(dossier, LocalDate.of(2022, 3, 2));
      assertThat(matched.completion()).isEqualTo(SUBSTANTIAL);
      assertThat(matched.completionReason().rule()).isEqualTo(rule);
      assertThat(matched.completionReason().sentence())
          .isEqualTo("The milestones of the project earn 5 of 9 points (55.56%), at least the substantial share of 50%.");
      assertThat(commitment(matched, 1)).contains(SUBSTANTIAL);
      ProjectMonitoring stricter = project(withMonitoring(dossier, "substantialShare", 60), LocalDate.of(2022, 3, 2));
      assertThat(stricter.completion()).isEqualTo(LIMITED);
      assertThat(by(stricter, rule, CompletionFinding.class)).extracting(CompletionFinding::commitment).containsExactly(1);
    }

    @Test
    void milestoneProgressBelowTheSubstantialShareMakesACommitmentOrTheProjectLimited() {
      String rule = "Milestone progress below the substantial share makes a commitment, or the project, limited";
      ProjectMonitoring matched = project("2022-02-01", report("2022-01-20", 0, status("M-1", LIMITED, "https://a")));
      assertThat(matched.completionReason().rule()).isEqualTo(rule);
      assertThat(matched.completionReason().sentence())
          .isEqualTo("The milestones of the project earn 1 of 9 points (11.11%), below the substantial share of 50%.");
      assertThat(commitment(matched, 1)).contains(LIMITED);
      ProjectMonitoring unmatched = project("2022-10-01", report("2022-09-30", 0, complete("M-1"), complete("M-2"), complete("M-3")));
      assertThat(by(unmatched, rule, CompletionFinding.class)).isEmpty();
    }
  }

  @Nested
  class Status {

    @Test
    void aProjectWithNoProgressOnAnyMilestoneAndNonePastDueHasNotStarted() {
      String rule = "A project with no progress on any milestone and none past due has not started";
      ProjectMonitoring matched = project("2022-02-01");
      assertThat(matched.status()).isEqualTo(ImplementationStatus.NOT_STARTED);
      assertThat(statuses(matched, rule)).singleElement().satisfies(s -> assertThat(s.sentence())
          .isEqualTo("None of its 3 milestones shows progress yet, and none is past due."));
      assertThat(statuses(project("2022-03-02"), rule)).as("M-1 is past due").isEmpty();
      assertThat(statuses(project("2022-02-01", report("2022-01-20", 0, status("M-1", LIMITED, "https://a"))), rule)).isEmpty();
    }

    @Test
    void aProjectUnderWayWithNoUnfinishedMilestonePastDueIsOnTrack() {
      String rule = "A project under way with no unfinished milestone past due is on track";
      ProjectMonitoring matched = project("2022-04-01", report("2022-03-01", 0, complete("M-1"), status("M-2", LIMITED, "https://a")));
      assertThat(matched.status()).isEqualTo(ImplementationStatus.ON_TRACK);
      assertThat(statuses(matched, rule)).singleElement().satisfies(s -> assertThat(s.sentence())
          .isEqualTo("2 of its 3 milestones show progress, and no unfinished milestone is past due."));
      ProjectMonitoring late = project("2022-04-01", report("2022-03-01", 0, status("M-1", LIMITED, "https://a")));
      assertThat(statuses(late, rule)).isEmpty();
    }

    @Test
    void aMilestonePastDueAndNotCompleteDelaysTheProject() {
      String rule = "A milestone past due and not complete delays the project";
      ProjectMonitoring matched = project("2022-04-01", report("2022-03-01", 0, status("M-1", LIMITED, "https://a")));
      assertThat(matched.status()).isEqualTo(ImplementationStatus.DELAYED);
      assertThat(statuses(matched, rule)).singleElement().satisfies(s -> assertThat(s.sentence())
          .isEqualTo("Milestone M-1 was due on March 1, 2022, 31 days ago, and counts as limited."));
      assertThat(statuses(project("2022-04-01", report("2022-03-01", 0, complete("M-1"))), rule)).isEmpty();
      assertThat(statuses(project("2022-06-01", report("2022-05-30", 0, status("M-1", LIMITED, "https://a"))), rule))
          .as("92 days late is beyond atRiskOverdueDays").isEmpty();
    }

    @Test
    void aMilestoneOverdueBeyondTheCallsThresholdPutsTheProjectAtRisk() {
      String rule = "A milestone overdue beyond the call's threshold puts the project at risk";
      Dossier dossier = aMonitoredDossier().withProgressReports(report("2022-05-30", 0, status("M-1", LIMITED, "https://a")));
      ProjectMonitoring matched = project(dossier, LocalDate.of(2022, 6, 1));
      assertThat(matched.status()).isEqualTo(ImplementationStatus.AT_RISK);
      assertThat(statuses(matched, rule)).singleElement().satisfies(s -> assertThat(s.sentence())
          .isEqualTo("Milestone M-1 was due on March 1, 2022, 92 days ago, more than 90, and counts as limited."));
      assertThat(statuses(project(withMonitoring(dossier, "atRiskOverdueDays", 100), LocalDate.of(2022, 6, 1)), rule)).isEmpty();
    }

    @Test
    void spendingWellAheadOfCompletionPutsTheProjectAtRisk() {
      String rule = "Spending well ahead of completion puts the project at risk";
      ProjectMonitoring matched = project("2022-02-15", report("2022-02-10", 800_000, status("M-1", LIMITED, "https://a")));
      assertThat(matched.status()).isEqualTo(ImplementationStatus.AT_RISK);
      assertThat(statuses(matched, rule)).singleElement().satisfies(s -> assertThat(s.sentence()).isEqualTo(
          "It has spent 80% of the funds requested but its milestones stand at 11.11% of completion, more than 25 points apart."));
      assertThat(statuses(project("2022-02-15", report("2022-02-10", 300_000, status("M-1", LIMITED, "https://a"))), rule))
          .as("30% spent against 11.11% done is 18.89 points apart").isEmpty();
    }

    @Test
    void aProjectWhoseMilestonesAreAllCompleteIsCompleted() {
      String rule = "A project whose milestones are all complete is completed";
      ProjectMonitoring matched = project("2022-10-01", report("2022-09-30", 1_000_000, complete("M-1"), complete("M-2"), complete("M-3")));
      assertThat(matched.status()).isEqualTo(ImplementationStatus.COMPLETED);
      assertThat(statuses(matched, rule)).singleElement().satisfies(s -> assertThat(s.sentence())
          .isEqualTo("All 3 of its milestones count as complete."));
      ProjectMonitoring undocumented = project("2022-10-01", report("2022-09-30", 0, complete("M-1"), complete("M-2"),
          status("M-3", COMPLETE)));
      assertThat(statuses(undocumented, rule)).isEmpty();
    }

    @Test
    void aProjectWithoutAReportWithinTheReportingIntervalAndItsGraceDaysHasNoRecentReport() {
      String rule = "A project without a report within the reporting interval and its grace days has no recent report";
      assertThat(statuses(project("2022-06-01"), rule)).singleElement().satisfies(s -> assertThat(s.sentence()).isEqualTo(
          "It has not reported in the 151 days since the selection, more than the reporting interval of 120 days and 30 days of grace."));
      assertThat(statuses(project("2022-05-31"), rule)).as("150 days is within interval and grace").isEmpty();
      ProjectMonitoring old = project("2022-08-01", report("2022-03-01", 0, complete("M-1")));
      assertThat(statuses(old, rule)).singleElement().satisfies(s -> assertThat(s.sentence()).startsWith(
          "Its latest report, of March 1, 2022, is 153 days old"));
      assertThat(old.status()).as("no recent report comes before the delay of M-2").isEqualTo(ImplementationStatus.NO_RECENT_REPORT);
      assertThat(old.reasons()).extracting(StatusFinding::status)
          .containsExactly(ImplementationStatus.NO_RECENT_REPORT, ImplementationStatus.DELAYED);
    }
  }

  @Nested
  class Results {

    @Test
    void theJurysLatestResultsAssessmentGivesTheProjectsEarlyResults() {
      String rule = "The jury's latest results assessment gives the project's early results";
      Dossier dossier = aMonitoredDossier().withProgressReports(report("2022-05-01", 0, complete("M-1")))
          .withResultsAssessments(assessment("2022-06-01", ResultsLevel.MAJOR), assessment("2022-04-01", ResultsLevel.MARGINAL));
      ProjectMonitoring matched = project(dossier, LocalDate.of(2022, 7, 1));
      assertThat(matched.resultsLevel()).contains(ResultsLevel.MAJOR);
      assertThat(matched.results().orElseThrow().rule()).isEqualTo(rule);
      assertThat(matched.results().orElseThrow().sentence()).isEqualTo(
          "On June 1, 2022 the jury (J-1, J-2) answered \"did it open government?\" with major, on 1 piece of evidence.");
      assertThat(matched.history().get(0).results()).as("on 1 May only the April assessment was made")
          .isEqualTo(ResultsLevel.MARGINAL);
      assertThat(project("2022-07-01").results()).isEmpty();
    }
  }

  @Nested
  class Recognitions {

    private final Dossier substantialAndMajor = aMonitoredDossier()
        .withProgressReports(report("2022-07-01", 500_000, complete("M-1"), complete("M-2"), status("M-3", LIMITED, "https://a")))
        .withResultsAssessments(assessment("2022-07-15", ResultsLevel.MAJOR));
    private final LocalDate asOf = LocalDate.of(2022, 8, 1);

    @Test
    void aPromisingProjectHasReachedHighCompletion() {
      String rule = "A promising project has reached high completion";
      ProjectMonitoring met = project(substantialAndMajor, asOf);
      assertThat(condition(met, rule)).satisfies(c -> {
        assertThat(c.recognition()).isEqualTo(Recognition.PROMISING);
        assertThat(c.met()).isTrue();
        assertThat(c.sentence()).isEqualTo("Its completion is substantial, high.");
      });
      assertThat(met.recognition()).contains(Recognition.PROMISING, Recognition.STARRED);
      ProjectMonitoring missed = project("2022-02-01", report("2022-01-20", 0, status("M-1", LIMITED, "https://a")));
      assertThat(condition(missed, rule).met()).isFalse();
      assertThat(missed.recognition()).isEmpty();
    }

    @Test
    void aPromisingProjectShowsStrongEarlyResults() {
      String rule = "A promising project shows strong early results";
      assertThat(condition(project(substantialAndMajor, asOf), rule).met()).isTrue();
      ProjectMonitoring marginal = project(substantialAndMajor.withResultsAssessments(
          assessment("2022-07-15", ResultsLevel.MARGINAL)), asOf);
      assertThat(condition(marginal, rule)).satisfies(c -> {
        assertThat(c.met()).isFalse();
        assertThat(c.sentence()).isEqualTo("The jury judged its early results marginal, not major or outstanding.");
      });
      assertThat(marginal.recognition()).containsExactly(Recognition.STARRED);
      ProjectMonitoring unassessed = project(substantialAndMajor.withResultsAssessments(List.of()), asOf);
      assertThat(condition(unassessed, rule).sentence()).isEqualTo("The jury has not assessed its early results yet.");
      assertThat(condition(unassessed, rule).met()).isFalse();
    }

    @Test
    void aStarredProjectNamesAMeansOfVerificationForEveryMilestone() {
      String rule = "A starred project names a means of verification for every milestone";
      assertThat(condition(project(substantialAndMajor, asOf), rule).met()).isTrue();
      Proposal p = aMonitoredProposal();
      Milestone m2 = p.commitments().get(0).milestones().get(1).withVerification(Optional.empty());
      Proposal unverifiable = p.withCommitments(p.commitments().get(0).withMilestones(p.commitments().get(0).milestones().get(0), m2),
          p.commitments().get(1));
      ProjectMonitoring missed = project(aMonitoredDossier(unverifiable).withProgressReports(substantialAndMajor.progressReports())
          .withResultsAssessments(substantialAndMajor.resultsAssessments()), asOf);
      assertThat(condition(missed, rule)).satisfies(c -> {
        assertThat(c.met()).isFalse();
        assertThat(c.sentence()).isEqualTo("Not every milestone names a means of verification.");
      });
      assertThat(missed.recognition()).containsExactly(Recognition.PROMISING);
    }

    @Test
    void aStarredProjectAdvancesAtLeastOneOpenGovernmentValue() {
      String rule = "A starred project advances at least one open-government value";
      assertThat(condition(project(substantialAndMajor, asOf), rule)).satisfies(c -> {
        assertThat(c.met()).isTrue();
        assertThat(c.sentence()).isEqualTo("It advances access to information, public accountability.");
      });
      Proposal lensOnly = aMonitoredProposal().withValues(OpenGovernmentValue.TECHNOLOGY_AND_INNOVATION,
          OpenGovernmentValue.ACCESS_TO_INFORMATION, OpenGovernmentValue.CIVIC_PARTICIPATION);
      assertThat(condition(project(aMonitoredDossier(lensOnly), asOf), rule).met()).isTrue();
      Proposal noValue = aMonitoredProposal().withValues(OpenGovernmentValue.TECHNOLOGY_AND_INNOVATION);
      ProjectMonitoring missed = project(aMonitoredDossier(noValue), asOf);
      assertThat(condition(missed, rule)).satisfies(c -> {
        assertThat(c.met()).isFalse();
        assertThat(c.sentence()).isEqualTo("It names no open-government value other than technology and innovation.");
      });
    }

    @Test
    void aStarredProjectShowedItsPotentialWithASelectionTotalOfAtLeastTheStarredMinimum() {
      String rule = "A starred project showed its potential with a selection total of at least the starred minimum";
      assertThat(condition(project(substantialAndMajor, asOf), rule)).satisfies(c -> {
        assertThat(c.met()).isTrue();
        assertThat(c.sentence()).isEqualTo("Its total at selection was 71.57, at least 70.");
      });
      ProjectMonitoring missed = project(withMonitoring(substantialAndMajor, "starredMinTotal", new BigDecimal("71.58")), asOf);
      assertThat(condition(missed, rule).met()).isFalse();
      assertThat(missed.recognition()).containsExactly(Recognition.PROMISING);
    }

    @Test
    void aStarredProjectHasReachedHighCompletion() {
      String rule = "A starred project has reached high completion";
      assertThat(condition(project(substantialAndMajor, asOf), rule)).satisfies(c -> {
        assertThat(c.recognition()).isEqualTo(Recognition.STARRED);
        assertThat(c.met()).isTrue();
      });
      assertThat(condition(project("2022-02-01"), rule)).satisfies(c -> {
        assertThat(c.met()).isFalse();
        assertThat(c.sentence()).isEqualTo("Its completion is no evidence, not yet substantial.");
      });
    }
  }

  /**
   * The same rules on a call written in Spanish: one sentence of each rule, worded from the
   * monitoring bundle's Spanish, with Spanish dates and numbers.
   */
  @Nested
  class InSpanish {

    private final Dossier substantialAndMajor = spanish(aMonitoredDossier()
        .withProgressReports(report("2022-07-01", 500_000, complete("M-1"), complete("M-2"), status("M-3", LIMITED, "https://a")))
        .withResultsAssessments(assessment("2022-07-15", ResultsLevel.MAJOR)));
    private final LocalDate asOf = LocalDate.of(2022, 8, 1);

    @Test
    void milestoneRulesSayWhatWasReportedInSpanish() {
      ProjectMonitoring evidenced = es("2022-06-01", report("2022-03-01", 0, status("M-1", SUBSTANTIAL, "https://a", "https://b")),
          report("2022-05-01", 0, status("M-2", LIMITED, "https://a").withReason("Se anuló el decreto")));
      assertThat(milestone(evidenced, "A milestone reported with progress and evidence counts at its reported level", "M-1"))
          .singleElement().extracting(MilestoneFinding::sentence)
          .isEqualTo("Informado como sustancial el 1 de marzo de 2022, con 2 enlaces de evidencia.");
      assertThat(milestone(evidenced, "A milestone reported with progress and evidence counts at its reported level", "M-2"))
          .singleElement().extracting(MilestoneFinding::sentence)
          .isEqualTo("Informado como limitado el 1 de mayo de 2022, con 1 enlace de evidencia. Motivo informado: Se anuló el decreto.");
      assertThat(milestone(es("2022-02-15", report("2022-02-10", 0, status("M-1", NOT_STARTED))),
          "A milestone reported as not started or without evidence available counts as reported", "M-1"))
          .singleElement().extracting(MilestoneFinding::sentence).isEqualTo("Informado como no iniciado el 10 de febrero de 2022.");
      String unevidenced = "A milestone reported with progress but no evidence counts as no evidence and is a documentation gap";
      ProjectMonitoring claimed = es("2022-04-01", report("2022-03-01", 0, status("M-1", COMPLETE)));
      assertThat(milestone(claimed, unevidenced, "M-1")).singleElement().extracting(MilestoneFinding::sentence).isEqualTo(
          "Informado como completo el 1 de marzo de 2022 sin ningún enlace de evidencia, por lo que cuenta como sin evidencia.");
      assertThat(by(claimed, unevidenced, GapFinding.class)).singleElement().extracting(GapFinding::sentence).isEqualTo(
          "El hito M-1 figura como completo en el informe del 1 de marzo de 2022, sin ningún enlace de evidencia.");
      assertThat(milestone(claimed, "A milestone that no report lists counts as no evidence", "M-2")).singleElement()
          .extracting(MilestoneFinding::sentence).isEqualTo("Todavía ningún informe lo incluye.");
      assertThat(by(es("2022-03-11"), "A milestone past its due date that no report lists is a documentation gap", GapFinding.class))
          .singleElement().extracting(GapFinding::sentence)
          .isEqualTo("El hito M-1 vencía el 1 de marzo de 2022, hace 10 días, y ningún informe lo incluye.");
    }

    @Test
    void completionRulesSayHowFarACommitmentAndTheProjectGotInSpanish() {
      ProjectMonitoring all = es("2022-10-01", report("2022-09-30", 0, complete("M-1"), complete("M-2"), complete("M-3")));
      assertThat(all.completionReason().sentence()).isEqualTo("Los 3 hitos del proyecto cuentan como completos.");
      assertThat(sentenceOf(all, "Milestones all complete make a commitment, or the project, complete", 2))
          .isEqualTo("El único hito del compromiso 2 cuenta como completo.");
      ProjectMonitoring none = es("2022-02-01");
      assertThat(none.completionReason().sentence()).isEqualTo("Ninguno de los 3 hitos del proyecto tiene evidencia de su estado.");
      assertThat(sentenceOf(none, "Milestones that all count as no evidence leave a commitment, or the project, without evidence", 2))
          .isEqualTo("El único hito del compromiso 2 no tiene evidencia de su estado.");
      assertThat(sentenceOf(es("2022-02-01", report("2022-01-20", 0, status("M-1", NOT_STARTED))),
          "Milestones without progress, one of them not started, leave a commitment, or the project, not started", 1))
          .isEqualTo("De los 2 hitos del compromiso 1, 1 figura como no iniciado y ninguno muestra avances.");
      ProjectMonitoring substantial = es("2022-03-02", report("2022-03-01", 0, complete("M-1"),
          status("M-2", SUBSTANTIAL, "https://a"), status("M-3", NOT_STARTED)));
      assertThat(substantial.completionReason().sentence()).isEqualTo(
          "Los hitos del proyecto suman 5 de 9 puntos (55,56%): alcanzan la proporción sustancial del 50%.");
      assertThat(es("2022-02-01", report("2022-01-20", 0, status("M-1", LIMITED, "https://a"))).completionReason().sentence())
          .isEqualTo("Los hitos del proyecto suman 1 de 9 puntos (11,11%): quedan por debajo de la proporción sustancial del 50%.");
    }

    @Test
    void statusRulesGiveTheirReasonsInSpanish() {
      assertThat(statuses(es("2022-02-01"), "A project with no progress on any milestone and none past due has not started"))
          .singleElement().extracting(StatusFinding::sentence)
          .isEqualTo("Ninguno de sus 3 hitos muestra avances todavía, y ninguno está vencido.");
      assertThat(statuses(es("2022-04-01", report("2022-03-01", 0, complete("M-1"), status("M-2", LIMITED, "https://a"))),
          "A project under way with no unfinished milestone past due is on track")).singleElement().extracting(StatusFinding::sentence)
          .isEqualTo("2 de sus 3 hitos muestran avances, y ningún hito sin terminar está vencido.");
      assertThat(statuses(es("2022-04-01", report("2022-03-01", 0, status("M-1", LIMITED, "https://a"))),
          "A milestone past due and not complete delays the project")).singleElement().extracting(StatusFinding::sentence)
          .isEqualTo("El hito M-1 vencía el 1 de marzo de 2022, hace 31 días, y cuenta como limitado.");
      assertThat(statuses(es("2022-06-01", report("2022-05-30", 0, status("M-1", LIMITED, "https://a"))),
          "A milestone overdue beyond the call's threshold puts the project at risk")).singleElement().extracting(StatusFinding::sentence)
          .isEqualTo("El hito M-1 vencía el 1 de marzo de 2022, hace 92 días, más de 90, y cuenta como limitado.");
      assertThat(statuses(es("2022-02-15", report("2022-02-10", 800_000, status("M-1", LIMITED, "https://a"))),
          "Spending well ahead of completion puts the project at risk")).singleElement().extracting(StatusFinding::sentence)
          .isEqualTo("Gastó el 80% de los fondos solicitados, pero sus hitos están en el 11,11% de cumplimiento: más de 25 puntos "
              + "de diferencia.");
      assertThat(statuses(es("2022-10-01", report("2022-09-30", 1_000_000, complete("M-1"), complete("M-2"), complete("M-3"))),
          "A project whose milestones are all complete is completed")).singleElement().extracting(StatusFinding::sentence)
          .isEqualTo("Sus 3 hitos cuentan como completos.");
      String noRecent = "A project without a report within the reporting interval and its grace days has no recent report";
      assertThat(statuses(es("2022-06-01"), noRecent)).singleElement().extracting(StatusFinding::sentence).isEqualTo(
          "No presentó ningún informe en los 151 días transcurridos desde la selección, más que el intervalo de informes de 120 días "
              + "y 30 días de gracia.");
      assertThat(statuses(es("2022-08-01", report("2022-03-01", 0, complete("M-1"))), noRecent)).singleElement()
          .extracting(StatusFinding::sentence).isEqualTo("Su último informe, del 1 de marzo de 2022, tiene 153 días de antigüedad, "
              + "más que el intervalo de informes de 120 días y 30 días de gracia.");
    }

    @Test
    void theResultsRuleQuotesTheJurysAnswerInSpanish() {
      Dossier dossier = spanish(aMonitoredDossier().withProgressReports(report("2022-05-01", 0, complete("M-1")))
          .withResultsAssessments(assessment("2022-06-01", ResultsLevel.MAJOR)));
      assertThat(project(dossier, LocalDate.of(2022, 7, 1)).results().orElseThrow().sentence()).isEqualTo(
          "El 1 de junio de 2022 el jurado (J-1, J-2) respondió \"importante\" a la pregunta \"¿contribuyó a abrir el gobierno?\", "
              + "sobre la base de 1 elemento de evidencia.");
    }

    @Test
    void recognitionRulesSayWhichConditionsAreMetInSpanish() {
      ProjectMonitoring met = project(substantialAndMajor, asOf);
      assertThat(condition(met, "A promising project has reached high completion").sentence())
          .isEqualTo("Su cumplimiento es \"sustancial\", un nivel alto.");
      assertThat(condition(met, "A promising project shows strong early results").sentence())
          .isEqualTo("El jurado calificó sus primeros resultados como \"importante\": son fuertes.");
      assertThat(condition(project(substantialAndMajor.withResultsAssessments(assessment("2022-07-15", ResultsLevel.MARGINAL)), asOf),
          "A promising project shows strong early results").sentence())
          .isEqualTo("El jurado calificó sus primeros resultados como \"marginal\": no son importantes ni sobresalientes.");
      assertThat(condition(met, "A starred project names a means of verification for every milestone").sentence())
          .isEqualTo("Cada uno de sus 3 hitos indica un medio de verificación.");
      assertThat(condition(met, "A starred project advances at least one open-government value").sentence())
          .isEqualTo("Promueve estos valores de gobierno abierto: acceso a la información, rendición de cuentas.");
      assertThat(condition(project(spanish(aMonitoredDossier(aMonitoredProposal()
          .withValues(OpenGovernmentValue.TECHNOLOGY_AND_INNOVATION))), asOf),
          "A starred project advances at least one open-government value").sentence())
          .isEqualTo("No indica ningún valor de gobierno abierto además de tecnología e innovación.");
      assertThat(condition(met, "A starred project showed its potential with a selection total of at least the starred minimum")
          .sentence()).isEqualTo("Su puntaje total en la selección fue 71,57: alcanza el mínimo de 70.");
      assertThat(condition(es("2022-02-01"), "A starred project has reached high completion").sentence())
          .isEqualTo("Su cumplimiento es \"sin evidencia\", todavía no sustancial.");
    }

    @Test
    void theSentencesDoNotDependOnTheJvmsDefaultLocale() {
      Dossier dossier = substantialAndMajor.withProgressReports(report("2022-03-01", 1_234_567, complete("M-1"),
          status("M-2", SUBSTANTIAL, "https://a"), status("M-3", COMPLETE)));
      List<String> expected = sentences(project(dossier, asOf));
      List<String> english = sentences(project(dossier.withCall(dossier.call().withLanguage(Language.ENGLISH)), asOf));
      Locale before = Locale.getDefault();
      try {
        for (Locale locale : List.of(Locale.forLanguageTag("tr-TR"), Locale.GERMANY)) {
          Locale.setDefault(locale);
          assertThat(sentences(RuleBook.bundled().monitor(dossier, MonitoringFixtures.selectionOf(dossier), asOf)
              .project(MonitoringFixtures.PROJECT).orElseThrow())).as("Spanish under " + locale).isEqualTo(expected);
          Dossier inEnglish = dossier.withCall(dossier.call().withLanguage(Language.ENGLISH));
          assertThat(sentences(RuleBook.bundled().monitor(inEnglish, MonitoringFixtures.selectionOf(inEnglish), asOf)
              .project(MonitoringFixtures.PROJECT).orElseThrow())).as("English under " + locale).isEqualTo(english);
        }
      } finally {
        Locale.setDefault(before);
      }
      assertThat(english).isNotEqualTo(expected);
    }

    private static List<String> sentences(ProjectMonitoring project) {
      return MonitoringFixtures.findings(project).stream().map(MonitoringFinding::sentence).toList();
    }

    private static String sentenceOf(ProjectMonitoring project, String rule, int commitment) {
      return by(project, rule, CompletionFinding.class).stream().filter(f -> f.commitment() == commitment)
          .map(CompletionFinding::sentence).findFirst().orElseThrow(() -> new AssertionError("no finding of " + rule));
    }

    private static ProjectMonitoring es(String asOf, ProgressReport... reports) {
      return project(spanish(aMonitoredDossier().withProgressReports(reports)), LocalDate.parse(asOf));
    }

    private static Dossier spanish(Dossier dossier) {
      return dossier.withCall(dossier.call().withLanguage(Language.SPANISH));
    }
  }

  @Test
  void nothingIsConcludedWhenNoProjectIsSelected() {
    Dossier nobody = aMonitoredDossier().withJury(org.convoca.jury.Jury.builder().build());
    assertThat(MonitoringFixtures.monitor(nobody, LocalDate.of(2022, 6, 1)).projects()).isEmpty();
  }
}
