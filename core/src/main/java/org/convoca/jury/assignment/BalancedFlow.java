package org.convoca.jury.assignment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.alg.flow.PushRelabelMFImpl;
import org.jgrapht.alg.flow.mincost.CapacityScalingMinimumCostFlow;
import org.jgrapht.alg.flow.mincost.MinimumCostFlowProblem;
import org.jgrapht.graph.DirectedWeightedMultigraph;

/**
 * The exact solver. Stage 1 finds how many reviewer seats can be filled at most (a maximum flow
 * source → juror → proposal → sink). Stage 2 sends exactly that many units at least cost, where a
 * juror's k-th review costs {@code weight × (2k − 1)} (so a juror with load L costs
 * {@code weight × L²}: the sum of squared loads, whose minimum is the most even load vector) less
 * the expertise matches of each assigned pair. The weight exceeds half the largest possible
 * expertise total, so no expertise gain can buy a less even load: balance first, expertise second.
 */
final class BalancedFlow {

  /** Far below JGraphT's {@code COST_INF} (1e9), which its solver uses for its artificial arcs. */
  private static final double COST_LIMIT = 1e8;

  private static final int SOURCE = 0;
  private static final int SINK = 1;

  private BalancedFlow() {}

  /** An arc of the network: {@code juror} and {@code proposal} are set on juror → proposal arcs. */
  private record Arc(int id, int juror, int proposal) {}

  /** Whether juror j reviews proposal p in a maximum-coverage, most even, most expert assignment. */
  static boolean[][] solve(Panel panel) {
    Coverage coverage = new Coverage(panel);
    int covered = coverage.seats(panel.proposalCount());
    boolean[][] assigned = new boolean[panel.jurorCount()][panel.proposalCount()];
    if (covered == 0) {
      return assigned;
    }
    int highest = lowestHighestLoad(panel, coverage, covered);
    Graph<Integer, Arc> network = new DirectedWeightedMultigraph<>(null, null);
    List<Integer> upper = new ArrayList<>();
    network.addVertex(SOURCE);
    network.addVertex(SINK);
    int n = panel.jurorCount();
    for (int vertex = 0; vertex < n + panel.proposalCount(); vertex++) {
      network.addVertex(2 + vertex);
    }
    long expertiseBound = 0;
    for (int p = 0; p < panel.proposalCount(); p++) {
      int best = 0;
      for (int j = 0; j < n; j++) {
        best = Math.max(best, panel.matches(j, p));
      }
      expertiseBound += (long) best * panel.reviewers();
    }
    long weight = expertiseBound / 2 + 1;
    for (int j = 0; j < n; j++) {
      int eligible = 0;
      for (int p = 0; p < panel.proposalCount(); p++) {
        if (panel.eligible(j, p)) {
          eligible++;
          addArc(network, upper, 2 + j, 2 + n + p, 1, -panel.matches(j, p), j, p);
        }
      }
      int levels = Math.min(Math.min(panel.capacity(j), eligible), highest);
      if (weight * (2L * levels - 1) > COST_LIMIT) {
        throw new IllegalArgumentException("the panel is too large for the exact assigner: juror "
            + panel.juror(j) + " could take " + levels + " reviews at a balance weight of " + weight);
      }
      for (int level = 1; level <= levels; level++) {
        addArc(network, upper, SOURCE, 2 + j, 1, weight * (2L * level - 1), -1, -1);
      }
    }
    for (int p = 0; p < panel.proposalCount(); p++) {
      addArc(network, upper, 2 + n + p, SINK, panel.reviewers(), 0, -1, -1);
    }
    // Costs are the edge weights: JGraphT 1.5.3's capacity-scaling solver reads the weights and,
    // as our tests showed, ignores a separate cost function.
    MinimumCostFlowProblem<Integer, Arc> problem = new MinimumCostFlowProblem.MinimumCostFlowProblemImpl<>(
        network, vertex -> vertex == SOURCE ? covered : vertex == SINK ? -covered : 0,
        arc -> upper.get(arc.id()), arc -> 0);
    Map<Arc, Double> flow = new CapacityScalingMinimumCostFlow<Integer, Arc>().getMinimumCostFlow(problem).getFlowMap();
    flow.forEach((arc, units) -> {
      if (arc.juror() >= 0 && units > 0.5) {
        assigned[arc.juror()][arc.proposal()] = true;
      }
    });
    return assigned;
  }

  /**
   * The lowest highest load of an assignment that fills {@code covered} seats: a galloping search
   * up from the average load, then bisection, on a common load limit. The most even assignment has
   * this highest load (a decreasingly minimal vector minimises its largest entry first), so no juror
   * needs more levels than this: it keeps the network small without changing the optimum.
   */
  private static int lowestHighestLoad(Panel panel, Coverage coverage, int covered) {
    int low = (covered + panel.jurorCount() - 1) / panel.jurorCount();
    int step = 1;
    int high = low;
    while (coverage.seats(high) < covered) {
      low = high + 1;
      high += step;
      step *= 2;
    }
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (coverage.seats(middle) == covered) {
        high = middle;
      } else {
        low = middle + 1;
      }
    }
    return low;
  }

  /** The network source → juror → proposal → sink for maximum flows under a common load limit. */
  private static final class Coverage {

    private final Panel panel;
    private final Graph<Integer, Arc> network = new DirectedWeightedMultigraph<>(null, null);
    private final List<Arc> supplies = new ArrayList<>();

    Coverage(Panel panel) {
      this.panel = panel;
      network.addVertex(SOURCE);
      network.addVertex(SINK);
      int n = panel.jurorCount();
      for (int vertex = 0; vertex < n + panel.proposalCount(); vertex++) {
        network.addVertex(2 + vertex);
      }
      List<Integer> ignoredUpper = new ArrayList<>();
      for (int j = 0; j < n; j++) {
        supplies.add(addArc(network, ignoredUpper, SOURCE, 2 + j, 0, panel.capacity(j), -1, -1));
        for (int p = 0; p < panel.proposalCount(); p++) {
          if (panel.eligible(j, p)) {
            addArc(network, ignoredUpper, 2 + j, 2 + n + p, 0, 1, j, p);
          }
        }
      }
      for (int p = 0; p < panel.proposalCount(); p++) {
        addArc(network, ignoredUpper, 2 + n + p, SINK, 0, panel.reviewers(), -1, -1);
      }
    }

    /** The most reviewer seats that an assignment fills when nobody reviews more than {@code limit}. */
    int seats(int limit) {
      for (int j = 0; j < supplies.size(); j++) {
        network.setEdgeWeight(supplies.get(j), Math.min(panel.capacity(j), limit));
      }
      return (int) Math.round(new PushRelabelMFImpl<>(network).calculateMaximumFlow(SOURCE, SINK));
    }
  }

  /** Adds an arc; its weight is its unit cost in the cost network and its capacity in the coverage one. */
  private static Arc addArc(Graph<Integer, Arc> network, List<Integer> upper, int from, int to,
      int capacity, double weight, int juror, int proposal) {
    Arc arc = new Arc(upper.size(), juror, proposal);
    upper.add(capacity);
    network.addEdge(from, to, arc);
    network.setEdgeWeight(arc, weight);
    return arc;
  }
}
