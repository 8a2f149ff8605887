package org.convoca.cli;

import java.io.PrintWriter;
import java.util.IntSummaryStatistics;
import org.convoca.call.Call;
import org.convoca.jury.assignment.JuryAssignment;
import org.convoca.jury.assignment.Uncovered;
import org.convoca.review.PanelAssignment;

/** The readable summary {@code convoca assign} prints. */
final class AssignmentSummary {

  /** How many uncovered proposals the summary names; standard error lists every one. */
  private static final int LISTED = 10;

  private AssignmentSummary() {}

  static void print(PanelAssignment panel, JuryAssignment assignment, PrintWriter out) {
    Call call = panel.dossier().call();
    int proposals = assignment.assignments().size();
    int uncovered = assignment.uncovered().size();
    out.println(call.name() + " (edition " + call.edition() + "): jury assignment");
    out.printf("  proposals %d: covered %d, uncovered %d; %d reviewers each%s%n", proposals, proposals - uncovered,
        uncovered, assignment.reviewersPerProposal(),
        call.jury().isPresent() ? "" : " (the default: the call states no jury policy)");
    IntSummaryStatistics loads = assignment.loads().values().stream().mapToInt(Integer::intValue).summaryStatistics();
    out.printf("  jurors %d: loads %d to %d proposals%n", assignment.loads().size(),
        loads.getCount() == 0 ? 0 : loads.getMin(), loads.getCount() == 0 ? 0 : loads.getMax());
    out.printf("  expertise matches %d%n", assignment.expertise());
    long pairs = panel.conflicts().conflicts().stream().map(c -> c.juror() + " " + c.proposal()).distinct().count();
    out.printf("  conflicts kept apart %d, between %d pairs of juror and proposal%n",
        panel.conflicts().conflicts().size(), pairs);
    if (uncovered > 0) {
      String listed = String.join(", ", assignment.uncovered().stream().limit(LISTED).map(Uncovered::proposal)
          .map(Object::toString).toList());
      out.println("  uncovered: " + listed + (uncovered > LISTED ? " and " + (uncovered - LISTED) + " more" : "")
          + " (each with its reason on standard error)");
    }
  }
}
