package org.convoca.jury.severity;

/**
 * Solves a small symmetric positive definite system by Cholesky factorisation, {@code A = R Rᵀ}
 * with {@code R} lower triangular, then one forward and one backward substitution.
 *
 * <p>Written here rather than taken from a linear-algebra library: the one system the severity fit
 * solves is a juror-by-juror matrix (tens of rows), and the libraries served for it (Commons Math 3,
 * EJML) name no Java module, which would keep {@code org.convoca.core} from being a publishable
 * named module. The tests check it against Commons Math's decomposition.
 */
final class Cholesky {

  /** A pivot at or below this, relative to the diagonal it came from, means the matrix is not positive definite. */
  private static final double RELATIVE_PIVOT_FLOOR = 1.0e-12;

  private Cholesky() {}

  /**
   * Solves {@code a x = b}.
   *
   * @param a a symmetric positive definite matrix, square; it is not changed
   * @param b the right-hand side, as long as {@code a} has rows
   * @return the solution {@code x}
   * @throws IllegalArgumentException when {@code a} is not square, not symmetric or not positive
   *     definite, or {@code b} has the wrong length
   */
  static double[] solve(double[][] a, double[] b) {
    int n = a.length;
    if (b.length != n) {
      throw new IllegalArgumentException("the right-hand side has " + b.length + " rows, the matrix " + n);
    }
    double[][] lower = new double[n][];
    for (int i = 0; i < n; i++) {
      if (a[i].length != n) {
        throw new IllegalArgumentException("row " + i + " has " + a[i].length + " columns, not " + n);
      }
      lower[i] = new double[i + 1];
      for (int j = 0; j <= i; j++) {
        if (Math.abs(a[i][j] - a[j][i]) > 1.0e-9 * Math.max(1.0, Math.abs(a[i][j]))) {
          throw new IllegalArgumentException("the matrix is not symmetric at (" + i + ", " + j + ")");
        }
        double sum = a[i][j];
        for (int k = 0; k < j; k++) {
          sum -= lower[i][k] * lower[j][k];
        }
        if (i == j) {
          if (sum <= RELATIVE_PIVOT_FLOOR * Math.abs(a[i][i])) {
            throw new IllegalArgumentException("the matrix is not positive definite (pivot " + i + ")");
          }
          lower[i][i] = Math.sqrt(sum);
        } else {
          lower[i][j] = sum / lower[j][j];
        }
      }
    }
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      double sum = b[i];
      for (int k = 0; k < i; k++) {
        sum -= lower[i][k] * y[k];
      }
      y[i] = sum / lower[i][i];
    }
    double[] x = new double[n];
    for (int i = n - 1; i >= 0; i--) {
      double sum = y[i];
      for (int k = i + 1; k < n; k++) {
        sum -= lower[k][i] * x[k];
      }
      x[i] = sum / lower[i][i];
    }
    return x;
  }
}
