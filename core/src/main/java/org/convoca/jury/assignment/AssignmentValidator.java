package org.convoca.jury.assignment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.convoca.jury.JurorId;
import org.convoca.proposal.ProposalId;

/**
 * Checks an assignment, made by {@link JuryAssigner} or by hand, against the assigner's constraints:
 * known ids, distinct jurors, exactly {@code reviewersPerProposal} non-conflicted jurors per
 * proposal, no conflict, no juror above capacity, and loads as even as capacities and conflicts
 * allow (see {@link JuryAssigner}: no juror can hand a review to one with 2 or more fewer reviews).
 * Expertise is an objective, not a constraint, and is not checked.
 *
 * <p>The balance check is made over the assignment's valid pairs (known, distinct, not
 * conflicted). An assignment of the assigner whose problem has uncovered proposals gets exactly one
 * {@link ViolationKind#UNDER_COVERED} per uncovered proposal and nothing else.
 */
public final class AssignmentValidator {

  private AssignmentValidator() {}

  /**
   * The violations of {@code assignment}, in proposal order, then juror order; empty when it keeps
   * every constraint.
   *
   * @param problem the problem it should solve, never null
   * @param assignment each proposal's jurors, never null; a proposal of the problem that is not a
   *     key has no jurors
   * @return the violations, never null
   */
  public static List<Violation> validate(AssignmentProblem problem,
      Map<ProposalId, ? extends Collection<JurorId>> assignment) {
    Panel panel = new Panel(problem);
    int n = panel.jurorCount();
    int r = panel.reviewers();
    boolean[][] valid = new boolean[n][panel.proposalCount()];
    int[] load = new int[n];
    int[] validLoad = new int[n];
    int[] covered = new int[panel.proposalCount()];
    List<Violation> violations = new ArrayList<>();
    SortedMap<ProposalId, Collection<JurorId>> sorted = new TreeMap<>(assignment);
    for (int p = 0; p < panel.proposalCount(); p++) {
      sorted.putIfAbsent(panel.proposal(p), List.of());
    }
    sorted.forEach((proposal, jurors) -> {
      int p = panel.indexOf(proposal);
      if (p < 0) {
        violations.add(new Violation(ViolationKind.UNKNOWN_PROPOSAL, Optional.of(proposal), Optional.empty(),
            "proposal " + proposal + " is not among the proposals to assign"));
        return;
      }
      Set<JurorId> seen = new HashSet<>();
      for (JurorId juror : jurors.stream().sorted().toList()) {
        int j = panel.indexOf(juror);
        if (j < 0) {
          violations.add(violation(ViolationKind.UNKNOWN_JUROR, proposal, juror,
              "juror " + juror + " of " + proposal + " is not among the jurors"));
        } else if (!seen.add(juror)) {
          violations.add(violation(ViolationKind.DUPLICATE_JUROR, proposal, juror,
              "juror " + juror + " is listed more than once for " + proposal));
        } else {
          load[j]++;
          if (panel.conflicted(j, p)) {
            ConflictingPair conflict = panel.conflict(j, p);
            violations.add(violation(ViolationKind.CONFLICT, proposal, juror, "juror " + juror + " reviews "
                + proposal + " despite a conflict (" + conflict.kind() + "): " + conflict.reason()));
          } else {
            valid[j][p] = true;
            validLoad[j]++;
            covered[p]++;
          }
        }
      }
      if (covered[p] < r) {
        violations.add(new Violation(ViolationKind.UNDER_COVERED, Optional.of(proposal), Optional.empty(),
            proposal + " has " + covered[p] + " non-conflicted " + (covered[p] == 1 ? "juror" : "jurors")
                + "; " + r + " needed"));
      }
      if (seen.size() > r) {
        violations.add(new Violation(ViolationKind.OVER_COVERED, Optional.of(proposal), Optional.empty(),
            proposal + " has " + seen.size() + " jurors; " + r + " expected"));
      }
    });
    for (int j = 0; j < n; j++) {
      if (panel.limited(j) && load[j] > panel.capacity(j)) {
        violations.add(new Violation(ViolationKind.OVER_CAPACITY, Optional.empty(), Optional.of(panel.juror(j)),
            "juror " + panel.juror(j) + " reviews " + load[j] + " proposals; capacity " + panel.capacity(j)));
      }
    }
    violations.addAll(imbalances(panel, valid, validLoad, load, covered));
    return List.copyOf(violations);
  }

  /**
   * The violations of an assignment made by {@link JuryAssigner}.
   *
   * @param problem the jurors, proposals and limits the assignment had to respect
   * @param assignment the assignment to check
   * @return the violations of an assignment made by {@link JuryAssigner}
   * @see #validate(AssignmentProblem, Map)
   */
  public static List<Violation> validate(AssignmentProblem problem, JuryAssignment assignment) {
    return validate(problem, assignment.assignments());
  }

  /** For each juror who can hand a review to one with 2 or more fewer, the least-loaded such receiver. */
  private static List<Violation> imbalances(Panel panel, boolean[][] valid, int[] load, int[] assigned, int[] covered) {
    int n = panel.jurorCount();
    int[] receiver = new int[n];
    java.util.Arrays.fill(receiver, -1);
    for (int v = 0; v < n; v++) {
      if (load[v] >= panel.capacity(v)) {
        continue;
      }
      boolean[] givers = Exchanges.giversTo(panel, valid, covered, v);
      for (int u = 0; u < n; u++) {
        if (givers[u] && load[u] >= load[v] + 2 && (receiver[u] < 0 || load[v] < load[receiver[u]])) {
          receiver[u] = v;
        }
      }
    }
    List<Violation> violations = new ArrayList<>();
    for (int u = 0; u < n; u++) {
      if (receiver[u] >= 0) {
        JurorId giver = panel.juror(u);
        JurorId taker = panel.juror(receiver[u]);
        violations.add(new Violation(ViolationKind.UNBALANCED, Optional.empty(), Optional.of(giver),
            "juror " + giver + " reviews " + load[u] + " proposals and " + taker + " " + load[receiver[u]]
                + (load[u] != assigned[u] || load[receiver[u]] != assigned[receiver[u]]
                    ? " (not counting reviews a conflict of interest rules out)" : "") + ": "
                + giver + " could hand one review to " + taker
                + " (directly or through a chain of exchanges) without breaking a constraint"));
      }
    }
    return violations;
  }

  private static Violation violation(ViolationKind kind, ProposalId proposal, JurorId juror, String sentence) {
    return new Violation(kind, Optional.of(proposal), Optional.of(juror), sentence);
  }
}
