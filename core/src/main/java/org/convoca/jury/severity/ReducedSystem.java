package org.convoca.jury.severity;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * The normal equations of the additive model with the proposals' qualities eliminated: a system in
 * the jurors' offsets alone, one per component, solved by {@link Cholesky}. See {@link AdditiveNormalisation}.
 */
final class ReducedSystem {

  private ReducedSystem() {}

  /** The least-squares offsets of {@code panel}'s jurors, summing to zero in each of its {@code components}. */
  static double[] offsets(Panel panel, Components components) {
    int jurors = panel.jurors().size();
    double[][] laplacian = new double[jurors][jurors];
    double[] rhs = new double[jurors];
    accumulate(panel, laplacian, rhs);
    double[] offsets = new double[jurors];
    for (int c = 0; c < components.count(); c++) {
      solveComponent(components, c, laplacian, rhs, offsets);
    }
    return offsets;
  }

  /**
   * Adds each proposal's part: with n scorers and mean m, each scorer j gets {@code 1 - 1/n} on the
   * diagonal, {@code -1/n} towards each co-scorer, and {@code y(j) - m} on the right-hand side. The
   * panel lists each proposal's scores together.
   */
  private static void accumulate(Panel panel, double[][] laplacian, double[] rhs) {
    for (int first = 0, end; first < panel.size(); first = end) {
      end = first + 1;
      double sum = panel.value(first);
      while (end < panel.size() && panel.proposal(end) == panel.proposal(first)) {
        sum += panel.value(end++);
      }
      int n = end - first;
      double mean = sum / n;
      for (int i = first; i < end; i++) {
        int j = panel.juror(i);
        rhs[j] += panel.value(i) - mean;
        for (int k = first; k < end; k++) {
          laplacian[j][panel.juror(k)] -= 1.0 / n;
        }
        laplacian[j][j] += 1.0;
      }
    }
  }

  /**
   * Solves {@code (L + 1 1ᵀ) b = c} on one component's jurors. The right-hand side sums to zero and
   * {@code L 1 = 0}, so the solution has {@code 1ᵀ b = 0} and solves {@code L b = c}; on a connected
   * component {@code L + 1 1ᵀ} is symmetric positive definite, hence Cholesky.
   */
  private static void solveComponent(
      Components components, int component, double[][] laplacian, double[] rhs, double[] offsets) {
    int[] members = IntStream.range(0, offsets.length).filter(j -> components.of(j) == component).toArray();
    double[][] system = new double[members.length][members.length];
    double[] right = new double[members.length];
    for (int a = 0; a < members.length; a++) {
      for (int b = 0; b < members.length; b++) {
        system[a][b] = laplacian[members[a]][members[b]] + 1.0;
      }
      right[a] = rhs[members[a]];
    }
    double[] solution = Cholesky.solve(system, right);
    // Rounding leaves the sum a few ulps off zero; centring removes it without moving the fit.
    double drift = Arrays.stream(solution).sum() / members.length;
    for (int a = 0; a < members.length; a++) {
      offsets[members[a]] = solution[a] - drift;
    }
  }
}
