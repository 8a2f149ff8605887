package org.convoca.jury.assignment;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Which jurors could hand one review to a given juror while every proposal keeps its number of
 * reviewers or a short one gains what another loses: a path in the residual network of the
 * assignment from the receiving juror (who must have capacity left) to the giving one.
 *
 * <p>By Frank and Murota's characterisation of decreasingly minimal elements of an integral base
 * polyhedron, loads are as even as the constraints allow exactly when no juror can hand a review to
 * one with 2 or more fewer reviews.
 */
final class Exchanges {

  private Exchanges() {}

  /**
   * The jurors who can give a review to juror {@code receiver}, who has capacity left, over the
   * valid pairs {@code assigned}; {@code covered[p]} is the number of jurors of proposal p.
   */
  static boolean[] giversTo(Panel panel, boolean[][] assigned, int[] covered, int receiver) {
    int n = panel.jurorCount();
    int m = panel.proposalCount();
    boolean[] seenJuror = new boolean[n];
    boolean[] seenProposal = new boolean[m];
    boolean seenSink = false;
    Deque<Integer> jurors = new ArrayDeque<>();
    Deque<Integer> proposals = new ArrayDeque<>();
    seenJuror[receiver] = true;
    jurors.add(receiver);
    while (!jurors.isEmpty() || !proposals.isEmpty()) {
      if (!jurors.isEmpty()) {
        int j = jurors.poll();
        for (int p = 0; p < m; p++) {
          if (!seenProposal[p] && panel.eligible(j, p) && !assigned[j][p]) {
            seenProposal[p] = true;
            proposals.add(p);
          }
        }
        continue;
      }
      int p = proposals.poll();
      if (!seenSink && covered[p] < panel.reviewers()) {
        // A short proposal can take the review, and any proposal with a reviewer can give one up.
        seenSink = true;
        for (int other = 0; other < m; other++) {
          if (!seenProposal[other] && covered[other] > 0) {
            seenProposal[other] = true;
            proposals.add(other);
          }
        }
      }
      for (int j = 0; j < n; j++) {
        if (!seenJuror[j] && assigned[j][p]) {
          seenJuror[j] = true;
          jurors.add(j);
        }
      }
    }
    seenJuror[receiver] = false;
    return seenJuror;
  }
}
