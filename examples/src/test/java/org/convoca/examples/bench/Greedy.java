package org.convoca.examples.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.convoca.jury.JurorId;
import org.convoca.jury.assignment.AssignmentProblem;
import org.convoca.jury.assignment.AvailableJuror;
import org.convoca.jury.assignment.ConflictingPair;
import org.convoca.jury.assignment.ProposalToAssign;
import org.convoca.proposal.ProposalId;

/**
 * The assignment benchmark's baselines: one pass over the proposals in id order, no look-ahead.
 *
 * @param assignment each proposal's jurors
 * @param loads each juror's number of reviews
 * @param expertise juror–theme matches over the assigned pairs
 * @param uncovered proposals with fewer jurors than needed
 */
record Greedy(Map<ProposalId, List<JurorId>> assignment, List<Integer> loads, int expertise, int uncovered) {

  /** Each proposal takes the next jurors in turn who are free of conflict and below capacity. */
  static Greedy roundRobin(AssignmentProblem problem) {
    return run(problem, false);
  }

  /** Each proposal takes the jurors who know most of its themes, then the least loaded, then by id. */
  static Greedy expertiseFirst(AssignmentProblem problem) {
    return run(problem, true);
  }

  private static Greedy run(AssignmentProblem problem, boolean byExpertise) {
    List<AvailableJuror> jurors = problem.jurors().stream().sorted(Comparator.comparing(AvailableJuror::id)).toList();
    Set<String> conflicted = new HashSet<>();
    for (ConflictingPair conflict : problem.conflicts()) {
      conflicted.add(conflict.juror() + "|" + conflict.proposal());
    }
    Map<JurorId, Integer> load = new HashMap<>();
    jurors.forEach(juror -> load.put(juror.id(), 0));
    Map<ProposalId, List<JurorId>> assignment = new TreeMap<>();
    int expertise = 0;
    int uncovered = 0;
    int turn = 0;
    for (ProposalToAssign proposal : problem.proposals().stream()
        .sorted(Comparator.comparing(ProposalToAssign::id)).toList()) {
      List<AvailableJuror> order = new ArrayList<>();
      for (int k = 0; k < jurors.size(); k++) {
        order.add(jurors.get((turn + k) % jurors.size()));
      }
      if (byExpertise) {
        order.sort(Comparator.comparingInt((AvailableJuror j) -> -matches(j, proposal))
            .thenComparing(j -> load.get(j.id())).thenComparing(AvailableJuror::id));
      }
      List<JurorId> chosen = new ArrayList<>();
      for (AvailableJuror juror : order) {
        if (chosen.size() == problem.reviewersPerProposal()) {
          break;
        }
        boolean free = juror.capacity().isEmpty() || load.get(juror.id()) < juror.capacity().getAsInt();
        if (free && !conflicted.contains(juror.id() + "|" + proposal.id())) {
          chosen.add(juror.id());
          load.merge(juror.id(), 1, Integer::sum);
          expertise += matches(juror, proposal);
          turn = (jurors.indexOf(juror) + 1) % jurors.size();
        }
      }
      uncovered += chosen.size() < problem.reviewersPerProposal() ? 1 : 0;
      assignment.put(proposal.id(), chosen);
    }
    return new Greedy(assignment, List.copyOf(load.values()), expertise, uncovered);
  }

  private static int matches(AvailableJuror juror, ProposalToAssign proposal) {
    return (int) proposal.themes().stream().filter(juror.expertise()::contains).count();
  }
}
