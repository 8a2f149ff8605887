package org.convoca.sample;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.convoca.jury.Juror;
import org.convoca.jury.JurorId;
import org.convoca.jury.assignment.AssignmentProblem;
import org.convoca.jury.assignment.AvailableJuror;
import org.convoca.jury.assignment.JuryAssigner;
import org.convoca.jury.assignment.JuryAssignment;
import org.convoca.jury.assignment.ProposalToAssign;
import org.convoca.jury.conflict.Conflict;
import org.convoca.jury.conflict.ConflictReport;
import org.convoca.proposal.ProposalId;
import org.convoca.proposal.Theme;
import org.convoca.sample.ProposalMaker.Draft;

/**
 * Decides who reviews which proposal, never a juror with a conflict, never a juror beyond capacity.
 *
 * <p>Up to {@value #EXACT_LIMIT} proposals, {@link JuryAssigner} (an exact min-cost flow) decides:
 * the loads as even as conflicts allow, then the most expertise. Its time grows faster than the
 * panel (most of the 0.55 s that {@code GeneratorBenchmark} measures for 1,000 proposals and 7
 * jurors, where 10,000 take 0.63 s; and it refuses panels of 10,000), so larger dossiers, which
 * exist to measure the engine rather than to be read, are assigned greedily in proposal order: the
 * least-loaded jurors free of conflict, the more expert first among equals. That keeps the hard
 * constraints and nearly even loads in time linear in the proposals.
 */
final class Reviewers {

  /** The most proposals assigned exactly. */
  static final int EXACT_LIMIT = 1_000;

  private Reviewers() {}

  /**
   * For each draft, in order, the indices of its reviewers in {@code jurors}, ascending.
   *
   * @param jurors the panel, each with a capacity
   * @param conflicts the conflicts that keep a juror from a proposal
   */
  static List<int[]> assign(List<Draft> drafts, List<Juror> jurors, int reviewers, ConflictReport conflicts) {
    List<Set<Theme>> expertise = jurors.stream().map(j -> Expertise.themes(j.expertise(), FederalCall.THEMES)).toList();
    return drafts.size() <= EXACT_LIMIT
        ? exactly(drafts, jurors, expertise, reviewers, conflicts)
        : greedily(drafts, jurors, expertise, reviewers, conflicts);
  }

  private static List<int[]> exactly(List<Draft> drafts, List<Juror> jurors, List<Set<Theme>> expertise,
      int reviewers, ConflictReport conflicts) {
    List<AvailableJuror> available = new ArrayList<>(jurors.size());
    Map<JurorId, Integer> index = new HashMap<>();
    for (int j = 0; j < jurors.size(); j++) {
      Juror juror = jurors.get(j);
      available.add(AvailableJuror.withCapacity(juror.id(), juror.capacity().orElseThrow(), expertise.get(j)));
      index.put(juror.id(), j);
    }
    List<ProposalToAssign> proposals = drafts.stream()
        .map(d -> ProposalToAssign.of(d.proposal().id(), Set.copyOf(d.proposal().themes()))).toList();
    JuryAssignment assignment = JuryAssigner.assign(
        new AssignmentProblem(proposals, available, reviewers, conflicts.conflictingPairs()));
    return drafts.stream()
        .map(d -> assignment.assignments().get(d.proposal().id()).stream().mapToInt(index::get).sorted().toArray())
        .toList();
  }

  private static List<int[]> greedily(List<Draft> drafts, List<Juror> jurors, List<Set<Theme>> expertise,
      int reviewers, ConflictReport conflicts) {
    int n = jurors.size();
    Map<ProposalId, Integer> proposalIndex = new HashMap<>();
    for (int p = 0; p < drafts.size(); p++) {
      proposalIndex.put(drafts.get(p).proposal().id(), p);
    }
    Map<JurorId, Integer> jurorIndex = new HashMap<>();
    for (int j = 0; j < n; j++) {
      jurorIndex.put(jurors.get(j).id(), j);
    }
    boolean[][] conflicted = new boolean[drafts.size()][n];
    for (Conflict conflict : conflicts.conflicts()) {
      conflicted[proposalIndex.get(conflict.proposal())][jurorIndex.get(conflict.juror())] = true;
    }
    int[] capacity = jurors.stream().mapToInt(j -> j.capacity().orElseThrow()).toArray();
    int[] load = new int[n];
    int[] matches = new int[n];
    List<int[]> assigned = new ArrayList<>(drafts.size());
    for (int p = 0; p < drafts.size(); p++) {
      List<Theme> themes = drafts.get(p).proposal().themes();
      List<Integer> candidates = new ArrayList<>(n);
      for (int j = 0; j < n; j++) {
        if (!conflicted[p][j] && load[j] < capacity[j]) {
          candidates.add(j);
          matches[j] = 0;
          for (Theme theme : themes) {
            matches[j] += expertise.get(j).contains(theme) ? 1 : 0;
          }
        }
      }
      candidates.sort((a, b) -> load[a] != load[b] ? Integer.compare(load[a], load[b])
          : matches[a] != matches[b] ? Integer.compare(matches[b], matches[a]) : Integer.compare(a, b));
      int[] chosen = candidates.subList(0, Math.min(reviewers, candidates.size())).stream()
          .mapToInt(Integer::intValue).sorted().toArray();
      for (int j : chosen) {
        load[j]++;
      }
      assigned.add(chosen);
    }
    return assigned;
  }
}
