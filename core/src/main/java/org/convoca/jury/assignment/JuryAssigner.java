package org.convoca.jury.assignment;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.convoca.jury.JurorId;
import org.convoca.proposal.ProposalId;

/**
 * Assigns jurors to proposals, exactly, by minimum-cost flow (JGraphT).
 *
 * <p>The result, in order of priority:
 * <ol>
 *   <li>no juror reviews a proposal they have a conflict with, and no juror exceeds their capacity
 *       (hard constraints, always kept); each proposal gets distinct jurors, at most
 *       {@code reviewersPerProposal};
 *   <li>coverage: as many reviewer seats as any assignment can fill are filled; so when every
 *       proposal can get {@code reviewersPerProposal} jurors, every proposal does, and otherwise
 *       the proposals left short are listed in {@link JuryAssignment#uncovered()} with the reason;
 *   <li>balance: among the assignments of step 2, the loads are the most even, meaning that the
 *       sum of squared loads is least. For these problems (the load vectors form an integral base
 *       polyhedron) that is the same as being <em>decreasingly minimal</em>: the highest load is as
 *       low as it can be, then as few jurors as possible carry it, and so on down. Hence "highest
 *       minus lowest at most 1 where capacities allow" means precisely: if some assignment of step 2
 *       has loads within 1 of each other, so does this one; if none has, no juror could hand one of
 *       their reviews (directly or through a chain of exchanges) to a juror with 2 or more fewer
 *       reviews without breaking a capacity, a conflict or the coverage. Every juror counts,
 *       including one with capacity 0 or a conflict with every proposal (their load stays 0);
 *   <li>expertise: among the assignments of step 3, the total number of matches between the
 *       jurors' expertise and the proposals' themes is largest;
 *   <li>determinism: ties are broken by the ids, through the canonical order in which the network
 *       is built; the input lists' order has no effect.
 * </ol>
 */
public final class JuryAssigner {

  private JuryAssigner() {}

  /**
   * The assignment of {@code problem}.
   *
   * @param problem the proposals, jurors, conflicts and number of reviewers, never null
   * @return the assignment, with the proposals that could not be fully covered and why; never null
   * @throws IllegalArgumentException when the panel is so large that the solver's costs would lose
   *     exactness (far beyond 1,000 proposals × 40 jurors); the message names the juror and load
   */
  public static JuryAssignment assign(AssignmentProblem problem) {
    Panel panel = new Panel(problem);
    boolean[][] assigned = BalancedFlow.solve(panel);
    int[] load = new int[panel.jurorCount()];
    SortedMap<ProposalId, List<JurorId>> assignments = new TreeMap<>();
    SortedMap<JurorId, Integer> loads = new TreeMap<>();
    int expertise = 0;
    for (int p = 0; p < panel.proposalCount(); p++) {
      List<JurorId> jurors = new ArrayList<>();
      for (int j = 0; j < panel.jurorCount(); j++) {
        if (assigned[j][p]) {
          jurors.add(panel.juror(j));
          load[j]++;
          expertise += panel.matches(j, p);
        }
      }
      assignments.put(panel.proposal(p), jurors);
    }
    for (int j = 0; j < panel.jurorCount(); j++) {
      loads.put(panel.juror(j), load[j]);
    }
    List<Uncovered> uncovered = new ArrayList<>();
    for (int p = 0; p < panel.proposalCount(); p++) {
      if (assignments.get(panel.proposal(p)).size() < panel.reviewers()) {
        uncovered.add(ShortfallExplainer.explain(panel, assigned, load, p));
      }
    }
    return new JuryAssignment(panel.reviewers(), assignments, loads, uncovered, expertise);
  }
}
