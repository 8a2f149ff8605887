package org.convoca.jury.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The worked examples of Krippendorff, K. (2011), "Computing Krippendorff's Alpha-Reliability",
 * Annenberg School for Communication, University of Pennsylvania, departmental paper 43. The
 * paper gives its figures to three decimals; each test checks the figure within half a unit of
 * the last decimal. Data and figures are quoted from the paper from memory, not from a copy at
 * hand; two checks back them: every figure below is reproduced by an independent computation
 * here, and section C's data give by hand count the margins of the paper's coincidence matrix
 * (see the last test). The same 4 × 12 matrix is the example used by common implementations
 * such as the Python package {@code krippendorff}.
 */
class KrippendorffPublishedExamplesTest {

  /** Section C: 4 observers, 12 units, values 1 to 5, missing values ("."). */
  private static final List<Rating> SECTION_C = Panels.rows(
      "1 2 3 3 2 1 4 1 2 . . .",
      "1 2 3 3 2 2 4 1 2 5 . 3",
      ". 3 3 3 2 3 4 2 2 5 1 .",
      "1 2 3 3 2 4 4 1 2 5 1 .");

  private static final double HALF_LAST_DECIMAL = 0.0005;

  /** Section A, binary data, two observers, no missing data: α = 0.095. */
  @Test
  void binaryDataOfTwoObserversGivesThePublishedAlpha() {
    Agreement agreement = Agreement.of(Panels.rows(
        "0 1 0 0 0 0 0 0 1 0",
        "1 1 1 0 0 1 0 0 0 0"), Metric.NOMINAL);

    assertThat(agreement.alpha().value().getAsDouble()).isCloseTo(0.095, within(HALF_LAST_DECIMAL));
    assertThat(agreement.scores()).isEqualTo(20);
  }

  /**
   * Section B, nominal data, two observers, no missing data: α = 0.692. The paper's categories
   * a to e are coded 1 to 5; the nominal metric ignores what the codes are.
   */
  @Test
  void nominalDataOfTwoObserversGivesThePublishedAlpha() {
    Agreement agreement = Agreement.of(Panels.rows(
        "1 1 2 2 4 3 3 3 5 4 4 1",
        "2 1 2 2 2 3 3 3 5 4 4 4"), Metric.NOMINAL);

    assertThat(agreement.alpha().value().getAsDouble()).isCloseTo(0.692, within(HALF_LAST_DECIMAL));
  }

  /** Section C: nominal α = 0.743 over n.. = 40 pairable values; unit 12, with one value, drops out. */
  @Test
  void missingValuesWithTheNominalMetricGiveThePublishedAlpha() {
    Agreement agreement = Agreement.of(SECTION_C, Metric.NOMINAL);

    assertThat(agreement.alpha().value().getAsDouble()).isCloseTo(0.743, within(HALF_LAST_DECIMAL));
    assertThat(agreement.scores()).isEqualTo(40);
    assertThat(agreement.units()).isEqualTo(11);
  }

  /** Section E: ordinal α = 0.815 on the data of section C. */
  @Test
  void missingValuesWithTheOrdinalMetricGiveThePublishedAlpha() {
    assertThat(Agreement.of(SECTION_C, Metric.ORDINAL).alpha().value().getAsDouble())
        .isCloseTo(0.815, within(HALF_LAST_DECIMAL));
  }

  /** Section F: interval α = 0.849 on the data of section C, which reads as reliable. */
  @Test
  void missingValuesWithTheIntervalMetricGiveThePublishedAlpha() {
    Alpha alpha = Agreement.of(SECTION_C, Metric.INTERVAL).alpha();

    assertThat(alpha.value().getAsDouble()).isCloseTo(0.849, within(HALF_LAST_DECIMAL));
    assertThat(alpha.reading()).contains(Reading.RELIABLE);
  }

  /**
   * Section C's coincidence matrix: its margins are n_1 = 9, n_2 = 13, n_3 = 10, n_4 = 5, n_5 = 3,
   * and each row of o_ck sums to its margin.
   */
  @Test
  void theCoincidenceMatrixHasThePublishedMargins() {
    CoincidenceMatrix matrix = CoincidenceMatrix.of(Units.asDoubles(Units.canonical(
        Agreement.byProposal(SECTION_C).values())));

    assertThat(matrix.values()).containsExactly(1, 2, 3, 4, 5);
    assertThat(matrix.counts()).containsExactly(9, 13, 10, 5, 3);
    for (int c = 0; c < 5; c++) {
      double row = 0;
      for (int k = 0; k < 5; k++) {
        row += matrix.coincidence(c, k);
      }
      assertThat(row).isCloseTo(matrix.counts()[c], within(1e-12));
    }
  }
}
