package org.convoca.dossier;

import org.convoca.dossier.internal.Sentence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.convoca.monitoring.CompletionLevel;
import org.convoca.monitoring.MilestoneStatus;
import org.convoca.monitoring.ProgressReport;
import org.convoca.proposal.MilestoneId;
import org.convoca.proposal.ProposalId;

/**
 * Checks each proposal's progress reports in the order of their dates: a milestone an earlier report
 * gave {@link CompletionLevel#COMPLETE} and the next report that lists it gives less must say why
 * ({@code reason}, not blank), since work that was done does not come undone without one. The
 * problem is at the later milestone's {@code reason} when it is blank, else at its
 * {@code completion}. Reports are taken in the order of their dates whatever their order in the
 * dossier. Two reports on one proposal and day, and a milestone listed twice in one report, are
 * refused as such ({@link ListedOnceCheck}); only the first of each is compared here.
 */
final class ReportHistoryCheck {

  private record Listed(int report, int milestone, MilestoneStatus status) {}

  private ReportHistoryCheck() {}

  static void check(Dossier dossier, Problems problems) {
    List<ProgressReport> reports = dossier.progressReports();
    Map<ProposalId, List<Integer>> byProposal = new LinkedHashMap<>();
    for (int r = 0; r < reports.size(); r++) {
      byProposal.computeIfAbsent(reports.get(r).proposal(), p -> new ArrayList<>()).add(r);
    }
    for (List<Integer> indexes : byProposal.values()) {
      indexes.sort(Comparator.comparing((Integer r) -> reports.get(r).date()).thenComparing(r -> r));
      Map<MilestoneId, Listed> last = new HashMap<>();
      LocalDate previous = null;
      Integer earlier = null;
      for (int r : indexes) {
        if (reports.get(r).date().equals(previous)) {
          continue;  // a second report of the day, refused as such
        }
        previous = reports.get(r).date();
        if (earlier != null) {
          runningTotals(reports, earlier, r, problems);
        }
        earlier = r;
        Map<MilestoneId, Listed> now = new HashMap<>();
        List<MilestoneStatus> milestones = reports.get(r).milestones();
        for (int m = 0; m < milestones.size(); m++) {
          Listed listed = new Listed(r, m, milestones.get(m));
          if (now.putIfAbsent(listed.status().milestone(), listed) != null) {
            continue;  // a milestone listed twice in one report, refused as such
          }
          Listed before = last.get(listed.status().milestone());
          if (before != null && wentBackUnexplained(before.status(), listed.status())) {
            problems.add(pathOf(listed), problem(reports, before, listed));
          }
        }
        last.putAll(now);
      }
    }
  }

  /**
   * Funds spent and participants are counted so far: a report that gives fewer than the report
   * before it contradicts it. Funds in another currency are refused as such, and not compared.
   */
  private static void runningTotals(List<ProgressReport> reports, int before, int now, Problems problems) {
    ProgressReport earlier = reports.get(before);
    ProgressReport later = reports.get(now);
    String where = JsonPath.index("$.progressReports", now);
    String sinceDay = earlier.date().toString();
    String sincePath = JsonPath.index("$.progressReports", before);
    if (earlier.fundsSpent().currency().equals(later.fundsSpent().currency())
        && later.fundsSpent().amount().compareTo(earlier.fundsSpent().amount()) < 0) {
      problems.add(where + ".fundsSpent", "report.fundsDown", later.fundsSpent().amount().toPlainString(),
          earlier.fundsSpent().amount().toPlainString(), sinceDay, sincePath);
    }
    if (later.participants() < earlier.participants()) {
      problems.add(where + ".participants", "report.participantsDown", String.valueOf(later.participants()),
          String.valueOf(earlier.participants()), sinceDay, sincePath);
    }
  }

  private static boolean wentBackUnexplained(MilestoneStatus before, MilestoneStatus now) {
    return before.completion() == CompletionLevel.COMPLETE && now.completion() != CompletionLevel.COMPLETE
        && now.reason().filter(reason -> !reason.isBlank()).isEmpty();
  }

  private static String pathOf(Listed listed) {
    String milestone = JsonPath.index(JsonPath.index("$.progressReports", listed.report()) + ".milestones", listed.milestone());
    return milestone + (listed.status().reason().isPresent() ? ".reason" : ".completion");
  }

  private static Sentence problem(List<ProgressReport> reports, Listed before, Listed now) {
    ProgressReport earlier = reports.get(before.report());
    return ProblemText.of("report.milestoneBack", String.valueOf(now.status().milestone()), String.valueOf(earlier.proposal()),
        earlier.date().toString(), JsonPath.index("$.progressReports", before.report()),
        now.status().completion().name(), reports.get(now.report()).date().toString());
  }
}
