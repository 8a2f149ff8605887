package org.convoca.rules;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import org.convoca.assessment.LabelFinding;
import org.convoca.call.FederalVocabulary;
import org.convoca.dossier.Dossier;
import org.convoca.dossier.DossierProblem;
import org.convoca.dossier.InvalidDossierException;
import org.convoca.government.Government;
import org.convoca.government.GovernmentId;
import org.convoca.language.Language;
import org.convoca.language.Messages;
import org.convoca.rules.fact.Sentences;
import org.convoca.monitoring.MonitoringFinding;
import org.convoca.monitoring.MonitoringOutcome;
import org.convoca.monitoring.ProgressReport;
import org.convoca.monitoring.ProjectMonitoring;
import org.convoca.monitoring.ProjectSnapshot;
import org.convoca.monitoring.ResultsAssessment;
import org.convoca.monitoring.SelectionContext;
import org.convoca.outcome.CallOutcome;
import org.convoca.outcome.MonitoringFingerprint;
import org.convoca.outcome.ProposalOutcome;
import org.convoca.proposal.Proposal;
import org.convoca.proposal.ProposalId;
import org.convoca.proposal.Theme;
import org.convoca.rules.fact.MonitoringDate;
import org.convoca.rules.fact.Parameter;
import org.convoca.validation.MonitoringDataCheck;
import org.jspecify.annotations.Nullable;
import org.kie.api.KieBase;

/**
 * Monitors the selected projects of a selection as of a date: one session of the monitoring rules
 * per judgement date (the monitoring date and each project's report dates up to it), each holding
 * only the projects judged that day, in batches of {@link DossierFacts#BATCH}; then assembles the
 * findings into one {@link ProjectMonitoring} per project, in the selection's order. Its work is
 * linear in the number of projects and reports: everything is looked up by id.
 */
final class MonitoringRun {

  private final @Nullable KieBase base;
  private final RuleLimits limits;
  private final Function<String, @Nullable String> fileOfRule;
  private final Messages messages;

  MonitoringRun(@Nullable KieBase base, RuleLimits limits, Function<String, @Nullable String> fileOfRule, Messages messages) {
    this.base = base;
    this.limits = limits;
    this.fileOfRule = fileOfRule;
    this.messages = messages;
  }

  MonitoringOutcome monitor(Dossier dossier, CallOutcome selection, LocalDate asOf, List<RuleBookWarning> warnings,
      SortedMap<String, String> monitoringRules) {
    List<DossierProblem> problems = MonitoringDataCheck.problems(dossier, selection.selected(), asOf);
    if (!problems.isEmpty()) {
      throw new InvalidDossierException(problems);
    }
    List<MonitoredData> projects = projects(dossier, selection);
    Map<ProposalId, Map<LocalDate, List<MonitoringFinding>>> findings = judge(dossier, projects, asOf);
    List<ProjectMonitoring> monitored = new ArrayList<>(projects.size());
    List<String> notes = new ArrayList<>();
    Language language = dossier.call().writtenIn();
    warnings.forEach(w -> notes.add(WarningNotes.TEXTS.format(language, "warning", w.toString())));
    for (MonitoredData project : projects) {
      Map<LocalDate, List<MonitoringFinding>> byDate = findings.getOrDefault(project.proposal().id(), Map.of());
      List<ProjectSnapshot> history = new ArrayList<>();
      Judgement last = null;
      int unconcluded = 0;
      List<LocalDate> dates = project.judgementDates(asOf);
      for (LocalDate date : dates) {
        Judgement judgement = Judgement.of(project.proposal(), byDate.getOrDefault(date, List.of()));
        if (!judgement.concluded()) {
          unconcluded++;
        }
        var report = project.latestReport(date);
        String narrative = report != null && report.date().equals(date) ? report.narrative().orElse(null) : null;
        history.add(new ProjectSnapshot(date, judgement.status(), judgement.reasons(), judgement.completion(),
            judgement.completionReason(), judgement.results().map(r -> r.results()).orElse(null),
            project.funds(date, judgement.completionShare()), project.participants(date), narrative));
        last = judgement;
      }
      if (unconcluded > 0) {
        notes.add(WarningNotes.TEXTS.format(language, "unconcludedStatus", project.proposal().id(), unconcluded, dates.size()));
      }
      Judgement now = java.util.Objects.requireNonNull(last); // asOf is always a judgement date
      var latest = project.latestReport(asOf);
      monitored.add(new ProjectMonitoring(project.proposal().id(), project.context(), now.status(), now.reasons(),
          now.completion(), now.completionReason(), now.commitments(), now.milestones(), now.results(),
          now.recognition(), now.conditions(), now.gaps(), project.funds(asOf, now.completionShare()),
          latest == null ? null : latest.date(), project.participants(asOf), history));
    }
    return new MonitoringOutcome(asOf, selection.fingerprint(),
        MonitoringFingerprint.of(selection.fingerprint(), dossier, asOf, monitoringRules), monitored, notes);
  }

  /** The selected projects in the selection's order, each with its reports and results assessments. */
  private static List<MonitoredData> projects(Dossier dossier, CallOutcome selection) {
    Map<ProposalId, ProposalOutcome> outcomes = new HashMap<>();
    selection.proposals().forEach(p -> outcomes.put(p.proposal().id(), p));
    Map<GovernmentId, Government> governments = new HashMap<>();
    dossier.governments().forEach(g -> governments.put(g.id(), g));
    Map<ProposalId, List<ProgressReport>> reports = new HashMap<>();
    dossier.progressReports().forEach(r -> reports.computeIfAbsent(r.proposal(), id -> new ArrayList<>()).add(r));
    Map<ProposalId, List<ResultsAssessment>> assessments = new HashMap<>();
    dossier.resultsAssessments().forEach(a -> assessments.computeIfAbsent(a.proposal(), id -> new ArrayList<>()).add(a));
    LocalDate selectionDate = dossier.call().selectionDate();
    List<ProposalId> selected = selection.selected();
    List<MonitoredData> projects = new ArrayList<>(selected.size());
    for (int i = 0; i < selected.size(); i++) {
      ProposalOutcome outcome = outcomes.get(selected.get(i));
      if (outcome == null) {
        throw new IllegalArgumentException("selected proposal '" + selected.get(i) + "' is not in the selection's outcome");
      }
      List<String> labels = outcome.assessment().labels().stream().map(LabelFinding::label).distinct().sorted().toList();
      SelectionContext context = context(outcome, governments, labels, outcome.rank().orElse(i + 1));
      projects.add(new MonitoredData(outcome.proposal(), context, labels, selectionDate,
          reports.getOrDefault(outcome.proposal().id(), List.of()),
          assessments.getOrDefault(outcome.proposal().id(), List.of())));
    }
    return projects;
  }

  /**
   * What the selection said about a project. Its jurisdiction is its province's for a municipality
   * (the province's own code when the dossier holds the province), and its primary theme the
   * outcome's theme, or its first theme when the call names none of them (a jury inclusion).
   */
  private static SelectionContext context(ProposalOutcome outcome, Map<GovernmentId, Government> governments,
      List<String> labels, int rank) {
    Government applicant = outcome.applicant();
    Government province = applicant.province().map(governments::get).orElse(null);
    Proposal proposal = outcome.proposal();
    Theme theme = outcome.theme().orElseGet(() -> proposal.themes().isEmpty() ? Theme.of("NONE") : proposal.themes().get(0));
    return new SelectionContext(proposal.title(), applicant.id(), applicant.level(),
        province == null ? applicant.jurisdiction() : province.jurisdiction(), theme,
        labels.contains(FederalVocabulary.CO_CREATED), outcome.tracks(), outcome.total(), rank);
  }

  /**
   * Runs one session per judgement date over the projects judged that day; the time limit covers
   * every session together. Rules that declare the {@code call} global read the dossier's call
   * through it, as assessment rules do; the sessions hold no {@code Call} fact.
   */
  private Map<ProposalId, Map<LocalDate, List<MonitoringFinding>>> judge(Dossier dossier, List<MonitoredData> projects,
      LocalDate asOf) {
    Map<ProposalId, Map<LocalDate, List<MonitoringFinding>>> findings = new HashMap<>();
    if (base == null) {
      return findings;
    }
    SortedMap<LocalDate, List<MonitoredData>> byDate = new TreeMap<>();
    projects.forEach(p -> p.judgementDates(asOf).forEach(d -> byDate.computeIfAbsent(d, x -> new ArrayList<>()).add(p)));
    List<Parameter> parameters = dossier.call().monitoring().asMap().entrySet().stream()
        .map(e -> new Parameter(e.getKey(), e.getValue())).toList();
    Sentences sentences = new Sentences(messages, dossier.call().writtenIn());
    long deadline = System.nanoTime() + limits.timeLimit().toNanos();
    for (Map.Entry<LocalDate, List<MonitoredData>> day : byDate.entrySet()) {
      LocalDate date = day.getKey();
      List<Object> shared = new ArrayList<>();
      shared.add(new MonitoringDate(date));
      shared.addAll(parameters);
      List<List<ProposalFacts>> batches = new ArrayList<>();
      List<ProposalFacts> batch = new ArrayList<>();
      for (MonitoredData project : day.getValue()) {
        batch.add(new ProposalFacts(project.proposal().id(), project.facts(date)));
        if (batch.size() == DossierFacts.BATCH) {
          batches.add(batch);
          batch = new ArrayList<>();
        }
      }
      if (!batch.isEmpty()) {
        batches.add(batch);
      }
      Duration left = Duration.ofNanos(Math.max(1_000_000, deadline - System.nanoTime()));
      Engine engine = new Engine(base, limits.withTimeLimit(left), fileOfRule, sentences, dossier.call(), null, false);
      engine.run(shared, batches, MonitoringFinding.class,
          (index, concluded) -> {
            Map<ProposalId, Boolean> inBatch = new LinkedHashMap<>();
            batches.get(index).forEach(p -> inBatch.put(p.proposal(), true));
            for (MonitoringFinding finding : concluded) {
              if (!inBatch.containsKey(finding.proposal())) {
                throw new RuleExecutionException(finding.rule(), finding.proposal(), fileOfRule.apply(finding.rule()),
                    new IllegalArgumentException("the rule concluded about " + finding.proposal()
                        + ", which is not a selected project judged on " + date));
              }
              findings.computeIfAbsent(finding.proposal(), id -> new HashMap<>())
                  .computeIfAbsent(date, d -> new ArrayList<>()).add(finding);
            }
          });
    }
    return findings;
  }
}
