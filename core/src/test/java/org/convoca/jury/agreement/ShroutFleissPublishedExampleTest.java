package org.convoca.jury.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The worked example of Shrout, P. E. and Fleiss, J. L. (1979), "Intraclass correlations: uses in
 * assessing rater reliability", Psychological Bulletin 86(2), 420–428: Table 2 gives four judges'
 * ratings of six targets, Table 3 their analysis of variance (BMS = 11.24, WMS = 6.26, to two
 * decimals), and the text the case-1 coefficients ICC(1,1) = .17 and ICC(1,4) = .44. Quoted from
 * the paper from memory; the mean squares, recomputed by hand from Table 2, agree. Case 1 ignores
 * which judge gave which rating, so the table's judges serve as each target's own four.
 */
class ShroutFleissPublishedExampleTest {

  private static final double HALF_LAST_DECIMAL = 0.005;

  private static final Agreement TABLE_2 = Agreement.of(Panels.targets(
      "9 2 5 8",
      "6 1 3 2",
      "8 4 6 8",
      "7 1 2 6",
      "10 5 6 9",
      "6 2 4 7"), Metric.INTERVAL);

  /** Table 3: the between-targets and within-target mean squares. */
  @Test
  void tableTwoGivesThePublishedMeanSquares() {
    Icc icc = TABLE_2.icc().orElseThrow();

    assertThat(icc.betweenMeanSquare()).isCloseTo(11.24, within(HALF_LAST_DECIMAL));
    assertThat(icc.withinMeanSquare()).isCloseTo(6.26, within(HALF_LAST_DECIMAL));
    assertThat(icc.raters()).isEqualTo(4);
    assertThat(icc.units()).isEqualTo(6);
  }

  /** ICC(1,1) = .17: one judge's rating is a poor measure of a target. */
  @Test
  void tableTwoGivesThePublishedIccOfOneJudge() {
    assertThat(TABLE_2.icc().orElseThrow().icc1()).isCloseTo(0.17, within(HALF_LAST_DECIMAL));
  }

  /** ICC(1,4) = .44: the mean of four judges is better, still far from reliable. */
  @Test
  void tableTwoGivesThePublishedIccOfTheMeanOfFourJudges() {
    assertThat(TABLE_2.icc().orElseThrow().icc1k()).isCloseTo(0.44, within(HALF_LAST_DECIMAL));
  }
}
