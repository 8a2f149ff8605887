package org.convoca.jury.assignment;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.convoca.jury.JurorId;
import org.convoca.proposal.ProposalId;

/**
 * A problem in canonical form: jurors and proposals sorted by id and numbered, so that everything
 * computed from it is independent of the order of the input lists.
 */
final class Panel {

  private final List<ProposalToAssign> proposals;
  private final List<AvailableJuror> jurors;
  private final int reviewers;
  private final Map<ProposalId, Integer> proposalIndex = new HashMap<>();
  private final Map<JurorId, Integer> jurorIndex = new HashMap<>();
  private final int[] capacity;
  private final boolean[][] conflicted;
  private final ConflictingPair[][] firstConflict;
  private final int[][] matches;

  Panel(AssignmentProblem problem) {
    proposals = problem.proposals().stream().sorted(Comparator.comparing(ProposalToAssign::id)).toList();
    jurors = problem.jurors().stream().sorted(Comparator.comparing(AvailableJuror::id)).toList();
    reviewers = problem.reviewersPerProposal();
    for (int p = 0; p < proposals.size(); p++) {
      proposalIndex.put(proposals.get(p).id(), p);
    }
    int n = jurors.size();
    capacity = new int[n];
    conflicted = new boolean[n][proposals.size()];
    firstConflict = new ConflictingPair[n][proposals.size()];
    matches = new int[n][proposals.size()];
    for (int j = 0; j < n; j++) {
      AvailableJuror juror = jurors.get(j);
      jurorIndex.put(juror.id(), j);
      // A juror reviews a proposal at most once, so "no limit" means every proposal.
      capacity[j] = Math.min(juror.capacity().orElse(proposals.size()), proposals.size());
      for (int p = 0; p < proposals.size(); p++) {
        matches[j][p] = (int) proposals.get(p).themes().stream().filter(juror.expertise()::contains).count();
      }
    }
    Comparator<ConflictingPair> byKindAndReason =
        Comparator.comparing(ConflictingPair::kind).thenComparing(ConflictingPair::reason);
    for (ConflictingPair conflict : problem.conflicts()) {
      int j = jurorIndex.get(conflict.juror());
      int p = proposalIndex.get(conflict.proposal());
      conflicted[j][p] = true;
      if (firstConflict[j][p] == null || byKindAndReason.compare(conflict, firstConflict[j][p]) < 0) {
        firstConflict[j][p] = conflict;
      }
    }
  }

  int proposalCount() {
    return proposals.size();
  }

  int jurorCount() {
    return jurors.size();
  }

  int reviewers() {
    return reviewers;
  }

  ProposalId proposal(int p) {
    return proposals.get(p).id();
  }

  JurorId juror(int j) {
    return jurors.get(j).id();
  }

  /** The index of {@code id}, or -1 when it is not in the panel. */
  int indexOf(ProposalId id) {
    return proposalIndex.getOrDefault(id, -1);
  }

  /** The index of {@code id}, or -1 when it is not in the panel. */
  int indexOf(JurorId id) {
    return jurorIndex.getOrDefault(id, -1);
  }

  /** The most proposals juror {@code j} can review: their capacity, at most the number of proposals. */
  int capacity(int j) {
    return capacity[j];
  }

  /** Whether the juror has a stated capacity (rather than none). */
  boolean limited(int j) {
    return jurors.get(j).capacity().isPresent();
  }

  boolean conflicted(int j, int p) {
    return conflicted[j][p];
  }

  /** The conflict of juror {@code j} with proposal {@code p} that sorts first by kind and reason. */
  ConflictingPair conflict(int j, int p) {
    return firstConflict[j][p];
  }

  /** How many of proposal {@code p}'s themes juror {@code j} knows. */
  int matches(int j, int p) {
    return matches[j][p];
  }

  /** Whether juror {@code j} may review proposal {@code p}: no conflict and some capacity. */
  boolean eligible(int j, int p) {
    return !conflicted[j][p] && capacity[j] > 0;
  }
}
