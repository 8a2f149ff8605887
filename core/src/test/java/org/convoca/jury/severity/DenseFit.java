package org.convoca.jury.severity;

import java.util.List;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.convoca.jury.JurorScore;

/** The additive model fitted the textbook way, on the full design matrix: a reference for small connected panels only. */
final class DenseFit {

  private DenseFit() {}

  /** The offsets of jurors {@code J-1}… of a connected panel of {@link PlantedPanel}'s ids, by juror index. */
  static double[] offsets(List<JurorScore> scores, int proposals, int jurors) {
    RealMatrix design = new Array2DRowRealMatrix(scores.size() + 1, proposals + jurors);
    RealVector observed = new ArrayRealVector(scores.size() + 1);
    for (int s = 0; s < scores.size(); s++) {
      JurorScore score = scores.get(s);
      design.setEntry(s, Integer.parseInt(score.proposal().value().substring(2)) - 1, 1);
      design.setEntry(s, proposals + Integer.parseInt(score.juror().value().substring(2)) - 1, 1);
      observed.setEntry(s, score.value().doubleValue());
    }
    for (int j = 0; j < jurors; j++) {
      design.setEntry(scores.size(), proposals + j, 1);
    }
    RealVector solution = new QRDecomposition(design).getSolver().solve(observed);
    return solution.getSubVector(proposals, jurors).toArray();
  }
}
