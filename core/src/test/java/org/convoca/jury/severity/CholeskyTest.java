package org.convoca.jury.severity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;
import static org.convoca.sample.Theories.qt;

import java.util.Random;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

class CholeskyTest {

  /** A random system M Mᵀ + I (symmetric positive definite) of 1 to 30 rows, and a right-hand side. */
  private record SpdSystem(double[][] a, double[] b) {}

  private static Gen<SpdSystem> systems() {
    return SourceDSL.integers().between(1, 30).zip(SourceDSL.longs().all(), (n, seed) -> {
      Random random = new Random(seed);
      double[][] m = new double[n][n];
      for (double[] row : m) {
        for (int j = 0; j < n; j++) {
          row[j] = random.nextGaussian();
        }
      }
      double[][] a = new double[n][n];
      double[] b = new double[n];
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          for (int k = 0; k < n; k++) {
            a[i][j] += m[i][k] * m[j][k];
          }
        }
        a[i][i] += 1.0;
        b[i] = random.nextGaussian() * 3;
      }
      return new SpdSystem(a, b);
    });
  }

  @Test
  void solvesEverySymmetricPositiveDefiniteSystemAsCommonsMathDoes() {
    qt(200).forAll(systems()).checkAssert(system -> {
      double[] x = Cholesky.solve(system.a(), system.b());
      double[] expected = new CholeskyDecomposition(new Array2DRowRealMatrix(system.a()))
          .getSolver().solve(new ArrayRealVector(system.b())).toArray();
      for (int i = 0; i < x.length; i++) {
        assertThat(x[i]).as("x[%d]", i).isCloseTo(expected[i], within(1e-9 * (1 + Math.abs(expected[i]))));
        double residual = -system.b()[i];
        for (int j = 0; j < x.length; j++) {
          residual += system.a()[i][j] * x[j];
        }
        assertThat(residual).as("row %d of A x - b", i).isCloseTo(0.0, within(1e-8));
      }
    });
  }

  @Test
  void leavesTheMatrixUnchanged() {
    double[][] a = {{4, 2}, {2, 3}};
    double[] x = Cholesky.solve(a, new double[] {2, 1});
    assertThat(a).isDeepEqualTo(new double[][] {{4, 2}, {2, 3}});
    assertThat(x[0]).isCloseTo(0.5, within(1e-12));
    assertThat(x[1]).isCloseTo(0.0, within(1e-12));
  }

  @Test
  void refusesASingularMatrix() {
    // A Laplacian: every row sums to zero, so the all-ones vector is in its null space.
    double[][] laplacian = {{1, -1}, {-1, 1}};
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Cholesky.solve(laplacian, new double[] {1, -1}))
        .withMessage("the matrix is not positive definite (pivot 1)");
  }

  @Test
  void refusesAnAsymmetricOrMisshapenSystem() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Cholesky.solve(new double[][] {{2, 1}, {0, 2}}, new double[] {1, 1}))
        .withMessage("the matrix is not symmetric at (1, 0)");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Cholesky.solve(new double[][] {{2, 1}, {1, 2}}, new double[] {1}))
        .withMessage("the right-hand side has 1 rows, the matrix 2");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Cholesky.solve(new double[][] {{2, 1}, {1}}, new double[] {1, 1}))
        .withMessage("row 1 has 1 columns, not 2");
  }
}
