package org.convoca.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.convoca.monitoring.CompletionFinding;
import org.convoca.monitoring.Funds;
import org.convoca.monitoring.MilestoneStatus;
import org.convoca.monitoring.ProgressReport;
import org.convoca.monitoring.ResultsAssessment;
import org.convoca.monitoring.SelectionContext;
import org.convoca.proposal.Commitment;
import org.convoca.proposal.Milestone;
import org.convoca.proposal.MilestoneId;
import org.convoca.proposal.Proposal;
import org.convoca.rules.fact.CompletionScope;
import org.convoca.rules.fact.MilestoneProgress;
import org.convoca.rules.fact.MonitoredProject;
import org.convoca.value.Money;
import org.jspecify.annotations.Nullable;

/**
 * One selected project with its monitoring data, and the facts the monitoring rules see about it on
 * a judgement date: only the reports and results assessments dated on or before that day count.
 * Reports and assessments are sorted here (by date, then by their content), so that nothing depends
 * on the order the dossier lists them in: on a day with several reports, the one sorted last is the
 * latest; on a day with several results assessments, the lowest answer counts.
 */
final class MonitoredData {

  private static final Comparator<ProgressReport> REPORT_ORDER = Comparator.comparing(ProgressReport::date)
      .thenComparing(r -> r.fundsSpent().amount()).thenComparingInt(ProgressReport::participants)
      .thenComparing(ProgressReport::toString);
  private static final Comparator<ResultsAssessment> ASSESSMENT_ORDER = Comparator.comparing(ResultsAssessment::date)
      .thenComparing(ResultsAssessment::results, Comparator.reverseOrder()).thenComparing(ResultsAssessment::toString);

  private final Proposal proposal;
  private final SelectionContext context;
  private final List<String> labels;
  private final LocalDate selectionDate;
  private final List<ProgressReport> reports;
  private final List<ResultsAssessment> assessments;

  MonitoredData(Proposal proposal, SelectionContext context, List<String> labels, LocalDate selectionDate,
      List<ProgressReport> reports, List<ResultsAssessment> assessments) {
    this.proposal = proposal;
    this.context = context;
    this.labels = List.copyOf(labels);
    this.selectionDate = selectionDate;
    this.reports = reports.stream().sorted(REPORT_ORDER).toList();
    this.assessments = assessments.stream().sorted(ASSESSMENT_ORDER).toList();
  }

  Proposal proposal() {
    return proposal;
  }

  SelectionContext context() {
    return context;
  }

  /** The days it is judged on: each of its report dates up to {@code asOf}, then {@code asOf}, in order. */
  List<LocalDate> judgementDates(LocalDate asOf) {
    TreeSet<LocalDate> dates = new TreeSet<>();
    reports.stream().map(ProgressReport::date).filter(d -> !d.isAfter(asOf)).forEach(dates::add);
    dates.add(asOf);
    return List.copyOf(dates);
  }

  /** Its latest report dated on or before {@code date}; null when there is none. */
  @Nullable ProgressReport latestReport(LocalDate date) {
    ProgressReport latest = null;
    for (ProgressReport report : reports) {
      if (report.date().isAfter(date)) {
        break;
      }
      latest = report;
    }
    return latest;
  }

  /** The funds it had spent by {@code date} against {@code completionShare}. */
  Funds funds(LocalDate date, BigDecimal completionShare) {
    Money requested = proposal.funding().requested();
    ProgressReport latest = latestReport(date);
    Money spent = latest == null ? Money.zero(requested.currency()) : latest.fundsSpent();
    return new Funds(requested, spent, spentShare(requested, spent), completionShare);
  }

  /** The people reached by {@code date}, as its latest report by then says; 0 without one. */
  int participants(LocalDate date) {
    ProgressReport latest = latestReport(date);
    return latest == null ? 0 : latest.participants();
  }

  /** Every fact about it on {@code date}. */
  List<Object> facts(LocalDate date) {
    List<Object> facts = new ArrayList<>();
    ProgressReport latest = latestReport(date);
    Map<MilestoneId, MilestoneStatus> statuses = new HashMap<>();
    Map<MilestoneId, LocalDate> reportedOn = new HashMap<>();
    int count = 0;
    for (ProgressReport report : reports) {
      if (report.date().isAfter(date)) {
        break;
      }
      count++;
      for (MilestoneStatus status : report.milestones()) {
        statuses.put(status.milestone(), status);
        reportedOn.put(status.milestone(), report.date());
      }
    }
    Money requested = proposal.funding().requested();
    LocalDate since = latest == null ? selectionDate : latest.date();
    List<Milestone> milestones = proposal.milestones();
    facts.add(new MonitoredProject(proposal.id(), context.total(), context.rank(), labels, proposal.values(), requested,
        latest == null ? null : latest.date(), Math.max(0, ChronoUnit.DAYS.between(since, date)),
        Math.max(0, ChronoUnit.DAYS.between(selectionDate, date)), count,
        spentShare(requested, latest == null ? Money.zero(requested.currency()) : latest.fundsSpent()),
        latest == null ? 0 : latest.participants(), milestones.size(), milestones.stream().allMatch(Milestone::verifiable)));
    List<Commitment> commitments = proposal.commitments();
    for (int c = 0; c < commitments.size(); c++) {
      Commitment commitment = commitments.get(c);
      for (Milestone m : commitment.milestones()) {
        MilestoneStatus status = statuses.get(m.id());
        facts.add(new MilestoneProgress(proposal.id(), c + 1, m.id(), m.deliverable(), m.due(), m.verifiable(),
            status == null ? null : status.completion(), reportedOn.get(m.id()),
            status == null ? 0 : status.evidence().size(), status == null ? null : status.reason().orElse(null),
            Math.max(0, ChronoUnit.DAYS.between(m.due(), date))));
      }
      facts.add(new CompletionScope(proposal.id(), c + 1, commitment.title(),
          commitment.milestones().stream().map(Milestone::id).toList()));
    }
    facts.add(new CompletionScope(proposal.id(), CompletionFinding.PROJECT, proposal.title(),
        milestones.stream().map(Milestone::id).toList()));
    ResultsAssessment counting = null;
    for (ResultsAssessment assessment : assessments) {
      if (assessment.date().isAfter(date)) {
        break;
      }
      counting = assessment;
    }
    if (counting != null) {
      facts.add(counting);
    }
    return facts;
  }

  /** {@code spent} as a percentage of {@code requested}, 2 decimals, half up; 0 when nothing was requested. */
  static BigDecimal spentShare(Money requested, Money spent) {
    if (requested.amount().signum() == 0) {
      return BigDecimal.ZERO.setScale(2);
    }
    return spent.amount().multiply(BigDecimal.valueOf(100)).divide(requested.amount(), 2, RoundingMode.HALF_UP);
  }
}
