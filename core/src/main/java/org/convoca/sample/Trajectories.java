package org.convoca.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.convoca.proposal.Proposal;
import org.convoca.proposal.ProposalId;

/** Gives each selected project the course its implementation takes (see {@link MonitoringGenerator}). */
final class Trajectories {

  /** A milestone due by this day, and not done by the end of 2022, is overdue more than 90 days then. */
  static final LocalDate LONG_DUE = LocalDate.of(2022, 9, 30);
  /** A milestone due before this day is overdue more than 90 days at the end of 2022 unless complete. */
  static final LocalDate OCTOBER = LocalDate.of(2022, 10, 2);

  private Trajectories() {}

  /**
   * The course of each project, in the order of {@code projects}. The projects with a milestone due
   * after 2022 are the only ones that can still be on track, or have no recent report, at the end
   * of 2022 (every other one is complete or late by then): they go to the silent and the reopened
   * projects first, then stay on track.
   */
  static Map<ProposalId, Trajectory> plan(List<Proposal> projects, Draw draw) {
    int n = projects.size();
    int single = n >= 10 ? 1 : 0;
    List<Proposal> left = new ArrayList<>(projects);
    for (int i = left.size() - 1; i > 0; i--) {
      java.util.Collections.swap(left, i, draw.between(0, i));
    }
    Predicate<Proposal> later = p -> ReportMaker.dueAfter2022(p).isPresent();
    Predicate<Proposal> within = later.negate();
    Map<ProposalId, Trajectory> plan = new LinkedHashMap<>();
    take(left, plan, Trajectory.SILENT_AFTER_FIRST, single,
        later.and(p -> p.milestones().stream().allMatch(m -> m.due().isAfter(ReportMaker.YEAR_END)
            || !m.due().isAfter(MonitoringGenerator.REPORT_DATES.get(0)))), later, p -> true);
    take(left, plan, Trajectory.WENT_BACK, n >= 5 ? 1 : 0, later, p -> true);
    take(left, plan, Trajectory.OVERSPENT, single, within.and(p -> ReportMaker.onTrackShare(p, 0) <= 70));
    take(left, plan, Trajectory.OVERDUE, share(n, 0.06), within.and(p -> ReportMaker.longDue(p).isPresent()));
    take(left, plan, Trajectory.DELAYED, share(n, 0.14), within.and(p -> ReportMaker.delayable(p).isPresent()));
    take(left, plan, Trajectory.SILENT_AFTER_SECOND, single, within);
    take(left, plan, Trajectory.UNDOCUMENTED, share(n, 0.06), within.and(p -> ReportMaker.lastDueThisYear(p).isPresent()));
    left.forEach(p -> plan.put(p.id(), Trajectory.ON_TRACK));
    Map<ProposalId, Trajectory> ordered = new LinkedHashMap<>();
    projects.forEach(p -> ordered.put(p.id(), plan.get(p.id())));
    return ordered;
  }

  private static int share(int n, double share) {
    return (int) Math.round(n * share);
  }

  /** Takes up to {@code count} projects for {@code trajectory}: those {@code first} allows, then those each fallback allows. */
  @SafeVarargs
  private static void take(List<Proposal> left, Map<ProposalId, Trajectory> plan, Trajectory trajectory, int count,
      Predicate<Proposal>... allows) {
    int taken = 0;
    for (Predicate<Proposal> allowed : allows) {
      for (int i = 0; i < left.size() && taken < count; ) {
        if (allowed.test(left.get(i))) {
          plan.put(left.remove(i).id(), trajectory);
          taken++;
        } else {
          i++;
        }
      }
    }
  }
}
