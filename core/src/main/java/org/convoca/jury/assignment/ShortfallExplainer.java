package org.convoca.jury.assignment;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.convoca.proposal.ProposalId;

/**
 * Says why a proposal of a maximum-coverage assignment is short of reviewers.
 *
 * <p>Either it has fewer usable jurors than it needs, or (Hall's condition, read off the residual
 * network of the maximum flow) it belongs to a set Q of proposals that, in any assignment, can
 * receive at most {@code X = Σ capacity(N) + Σ_q |usable(q) \ N|} reviews, fewer than
 * {@code r·|Q|}: N are the jurors from whom a review could reach the short proposal by passing
 * reviews along, all of them at capacity. The bound holds for every assignment, so the sentence is
 * true of the problem, not only of this assignment.
 */
final class ShortfallExplainer {

  private static final int LISTED = 10;

  private ShortfallExplainer() {}

  static Uncovered explain(Panel panel, boolean[][] assigned, int[] load, int p) {
    int n = panel.jurorCount();
    int r = panel.reviewers();
    int got = 0;
    int conflicts = 0;
    int noCapacity = 0;
    for (int j = 0; j < n; j++) {
      got += assigned[j][p] ? 1 : 0;
      conflicts += panel.conflicted(j, p) ? 1 : 0;
      noCapacity += !panel.conflicted(j, p) && panel.capacity(j) == 0 ? 1 : 0;
    }
    ProposalId id = panel.proposal(p);
    String opening = id + " has " + got + " non-conflicted " + (got == 1 ? "juror" : "jurors")
        + " with capacity left; " + r + " needed";

    boolean[] inQ = new boolean[panel.proposalCount()];
    boolean[] inN = new boolean[n];
    Deque<Integer> queue = new ArrayDeque<>();
    inQ[p] = true;
    queue.add(p);
    while (!queue.isEmpty()) {
      int q = queue.poll();
      for (int j = 0; j < n; j++) {
        if (panel.eligible(j, q) && !assigned[j][q] && !inN[j]) {
          if (load[j] < panel.capacity(j)) {
            throw new IllegalStateException("juror " + panel.juror(j) + " could still review " + panel.proposal(q)
                + ": the assignment does not cover as many seats as it could");
          }
          inN[j] = true;
          for (int other = 0; other < panel.proposalCount(); other++) {
            if (assigned[j][other] && !inQ[other]) {
              inQ[other] = true;
              queue.add(other);
            }
          }
        }
      }
    }
    SortedSet<ProposalId> competing = new TreeSet<>();
    long available = 0;
    for (int j = 0; j < n; j++) {
      available += inN[j] ? panel.capacity(j) : 0;
    }
    for (int q = 0; q < panel.proposalCount(); q++) {
      if (inQ[q]) {
        competing.add(panel.proposal(q));
        for (int j = 0; j < n; j++) {
          available += panel.eligible(j, q) && !inN[j] ? 1 : 0;
        }
      }
    }
    if (competing.size() == 1) {
      String cause = ": " + conflicts + " of the " + n + " jurors " + (conflicts == 1 ? "has" : "have")
          + " a conflict with it" + (noCapacity == 0 ? "" : ", and " + noCapacity + " "
          + (noCapacity == 1 ? "has" : "have") + " no capacity");
      return new Uncovered(id, got, r, competing, opening + cause);
    }
    List<String> full = new ArrayList<>();
    for (int j = 0; j < n; j++) {
      if (panel.eligible(j, p) && !assigned[j][p]) {
        full.add(panel.juror(j) + " " + load[j] + "/" + panel.capacity(j));
      }
    }
    long needed = (long) r * competing.size();
    if (available >= needed) {
      throw new IllegalStateException("proposals " + competing + " could receive " + available + " reviews, "
          + needed + " needed: the assignment does not cover as many seats as it could");
    }
    List<String> others = competing.stream().filter(other -> !other.equals(id)).map(ProposalId::toString).toList();
    String cause = ": its other non-conflicted jurors are at capacity (" + listed(full) + "); with the "
        + others.size() + " other " + (others.size() == 1 ? "proposal" : "proposals")
        + " that compete for jurors at capacity (" + listed(others) + "), it can receive at most " + available
        + " reviews in any assignment, " + needed + " needed";
    return new Uncovered(id, got, r, competing, opening + cause);
  }

  private static String listed(List<String> items) {
    String shown = items.stream().limit(LISTED).collect(Collectors.joining(", "));
    return items.size() <= LISTED ? shown : shown + " and " + (items.size() - LISTED) + " more";
  }
}
