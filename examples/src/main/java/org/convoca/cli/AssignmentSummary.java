package org.convoca.cli;

import java.io.PrintWriter;
import java.util.IntSummaryStatistics;
import org.convoca.call.Call;
import org.convoca.jury.assignment.JuryAssignment;
import org.convoca.jury.assignment.Uncovered;
import org.convoca.review.PanelAssignment;

/** The readable summary {@code convoca assign} prints, in the user's language. */
final class AssignmentSummary {

  /** How many uncovered proposals the summary names; standard error lists every one. */
  private static final int LISTED = 10;

  private AssignmentSummary() {}

  static void print(PanelAssignment panel, JuryAssignment assignment, UserText text, PrintWriter out) {
    Call call = panel.dossier().call();
    int proposals = assignment.assignments().size();
    int uncovered = assignment.uncovered().size();
    out.println(text.summary("assign.call", call.name(), String.valueOf(call.edition())));
    out.println("  " + text.summary(call.jury().isPresent() ? "assign.proposals" : "assign.proposals.default", proposals,
        proposals - uncovered, uncovered, assignment.reviewersPerProposal()));
    IntSummaryStatistics loads = assignment.loads().values().stream().mapToInt(Integer::intValue).summaryStatistics();
    out.println("  " + text.summary("assign.jurors", assignment.loads().size(),
        loads.getCount() == 0 ? 0 : loads.getMin(), loads.getCount() == 0 ? 0 : loads.getMax()));
    out.println("  " + text.summary("assign.expertise", assignment.expertise()));
    long pairs = panel.conflicts().conflicts().stream().map(c -> c.juror() + " " + c.proposal()).distinct().count();
    out.println("  " + text.summary("assign.conflicts", panel.conflicts().conflicts().size(), pairs));
    if (uncovered > 0) {
      String listed = String.join(", ", assignment.uncovered().stream().limit(LISTED).map(Uncovered::proposal)
          .map(Object::toString).toList());
      out.println("  " + (uncovered > LISTED ? text.summary("assign.uncovered.more", listed, uncovered - LISTED)
          : text.summary("assign.uncovered", listed)));
    }
  }
}
