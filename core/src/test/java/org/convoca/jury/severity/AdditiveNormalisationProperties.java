package org.convoca.jury.severity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.convoca.sample.Theories.qt;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.convoca.jury.JurorScore;
import org.junit.jupiter.api.Test;

class AdditiveNormalisationProperties {

  /**
   * 150 proposals, 7 jurors, 3 per proposal, quality uniform on the whole 0–5 scale, planted offsets
   * uniform on ±0.5 then centred, noise sd 0.3, marks rounded to the scale's 0.5 step and kept on it.
   */
  private static final PlantedPanel.Recipe REALISTIC = new PlantedPanel.Recipe(150, 7, 3, 0, 5, 0.5, 0.3, true);

  /**
   * The standard error of an offset here is about 0.045: σ / √(n(1 − 1/k)) · √(1 − 1/J) with
   * σ² = 0.3² + 0.5²/12 (noise plus rounding to the step), n ≈ 64 scores per juror, k = 3 scorers per
   * proposal, J = 7, and 0.045 is also what 14,000 offsets from 2,000 such panels measured (largest
   * error 0.18). 0.2 is 4.4 standard errors: among the 700 offsets of 100 panels, an error that large
   * has a chance below 1% under the model, while a fit that ignored one juror's severity would miss by
   * up to 0.5.
   */
  private static final double TOLERANCE = 0.2;

  /** Over a panel's 7 jurors the root mean square error is about 0.045; 0.1 is far beyond chance. */
  private static final double RMS_TOLERANCE = 0.1;

  @Test
  void recoversPlantedOffsetsWithinTolerance() {
    qt(100).forAll(REALISTIC.panels()).checkAssert(panel -> {
      SeverityFit fit = AdditiveNormalisation.fit(PlantedPanel.CRITERION, panel.scores(), PlantedPanel.SCALE);
      assertThat(fit.connected()).isTrue();
      double squares = 0;
      for (int j = 0; j < panel.planted().length; j++) {
        JurorOffset offset = fit.offsetOf(PlantedPanel.jurorId(j));
        assertThat(offset.estimate()).as("offset of %s", offset.juror()).isCloseTo(panel.planted()[j], within(TOLERANCE));
        squares += Math.pow(offset.estimate() - panel.planted()[j], 2);
      }
      assertThat(Math.sqrt(squares / panel.planted().length)).isLessThan(RMS_TOLERANCE);
    });
  }

  @Test
  void fitIsExactWithoutNoiseOrClamping() {
    // Quality within 1 to 4 and offsets within ±0.5 keep every mark inside 0 to 5: nothing is clamped.
    PlantedPanel.Recipe exact = new PlantedPanel.Recipe(150, 7, 3, 1, 4, 0.5, 0, false);
    qt(50).forAll(exact.panels()).checkAssert(panel -> {
      SeverityFit fit = AdditiveNormalisation.fit(PlantedPanel.CRITERION, panel.scores(), PlantedPanel.SCALE);
      for (int j = 0; j < panel.planted().length; j++) {
        assertThat(fit.offsetOf(PlantedPanel.jurorId(j)).estimate()).isCloseTo(panel.planted()[j], within(1e-5));
      }
      assertThat(fit.scores()).noneMatch(AdjustedScore::clamped);
    });
  }

  @Test
  void onACompletePanelEachOffsetIsTheJurorsMeanMinusTheGrandMean() {
    // The balanced two-way additive model: every juror scores every proposal, so the least-squares
    // juror effect is the juror's mean less the mean of all scores.
    PlantedPanel.Recipe complete = new PlantedPanel.Recipe(20, 5, 5, 0, 5, 0.5, 0.3, true);
    qt(50).forAll(complete.panels()).checkAssert(panel -> {
      SeverityFit fit = AdditiveNormalisation.fit(PlantedPanel.CRITERION, panel.scores(), PlantedPanel.SCALE);
      double grand = panel.scores().stream().mapToDouble(s -> s.value().doubleValue()).average().orElseThrow();
      for (JurorOffset offset : fit.offsets()) {
        double mean = panel.scores().stream().filter(s -> s.juror().equals(offset.juror()))
            .mapToDouble(s -> s.value().doubleValue()).average().orElseThrow();
        assertThat(offset.estimate()).as("offset of %s", offset.juror()).isCloseTo(mean - grand, within(1e-9));
      }
    });
  }

  @Test
  void reducedSolveEqualsTheDenseLeastSquaresFit() {
    // Small panels, where the full design matrix (a column per proposal and per juror) fits in memory:
    // Commons Math's QR solves it with one more row asking the offsets to sum to zero.
    PlantedPanel.Recipe small = new PlantedPanel.Recipe(30, 5, 3, 0, 5, 0.5, 0.3, true);
    qt(50).forAll(small.panels()).checkAssert(panel -> {
      SeverityFit fit = AdditiveNormalisation.fit(PlantedPanel.CRITERION, panel.scores(), PlantedPanel.SCALE);
      double[] dense = DenseFit.offsets(panel.scores(), 30, 5);
      for (int j = 0; j < 5; j++) {
        assertThat(fit.offsetOf(PlantedPanel.jurorId(j)).estimate()).isCloseTo(dense[j], within(1e-9));
      }
    });
  }

  @Test
  void disconnectedGroupsAreReportedAsComponentsWithOffsetsSummingToZeroInEach() {
    PlantedPanel.Recipe half = new PlantedPanel.Recipe(60, 4, 2, 0, 5, 0.5, 0.3, true);
    qt(50).forAll(half.panels(), half.panels()).checkAssert((first, second) -> {
      List<JurorScore> scores = new ArrayList<>(first.scores());
      // The second group's jurors are J-5 to J-8 and its proposals P-101 on: nobody links the two.
      second.scores().forEach(s -> scores.add(s.withJuror(PlantedPanel.jurorId(Integer.parseInt(s.juror().value().substring(2)) + 3))
          .withProposal(PlantedPanel.proposalId(Integer.parseInt(s.proposal().value().substring(2)) + 99))));
      SeverityFit fit = AdditiveNormalisation.fit(PlantedPanel.CRITERION, scores, PlantedPanel.SCALE);

      assertThat(fit.connected()).isFalse();
      assertThat(fit.components()).hasSize(2);
      assertThat(fit.components().get(0).jurors()).extracting(Object::toString).containsExactly("J-1", "J-2", "J-3", "J-4");
      assertThat(fit.components().get(1).jurors()).extracting(Object::toString).containsExactly("J-5", "J-6", "J-7", "J-8");
      assertThat(fit.components().get(0).proposals()).hasSize(60).allMatch(p -> p.value().compareTo("P-061") < 0);
      assertThat(fit.components().get(1).proposals()).hasSize(60).allMatch(p -> p.value().compareTo("P-100") > 0);
      for (PanelComponent component : fit.components()) {
        List<JurorOffset> offsets = fit.offsets().stream().filter(o -> o.component() == component.index()).toList();
        assertThat(offsets.stream().mapToDouble(JurorOffset::estimate).sum()).isCloseTo(0, within(1e-9));
        assertThat(offsets.stream().map(JurorOffset::offset).reduce(BigDecimal.ZERO, BigDecimal::add).abs())
            .isLessThanOrEqualTo(new BigDecimal("0.005").multiply(BigDecimal.valueOf(offsets.size())));
      }
    });
  }

  @Test
  void fitDoesNotDependOnTheOrderOfScores() {
    qt(30).forAll(REALISTIC.panels()).checkAssert(panel -> {
      List<JurorScore> shuffled = new ArrayList<>(panel.scores());
      Collections.shuffle(shuffled, new Random(panel.scores().size()));
      assertThat(AdditiveNormalisation.fit(PlantedPanel.CRITERION, shuffled, PlantedPanel.SCALE))
          .isEqualTo(AdditiveNormalisation.fit(PlantedPanel.CRITERION, panel.scores(), PlantedPanel.SCALE));
    });
  }

  @Test
  void adjustedScoresStayOnTheScaleAndAreRawMinusPublishedOffsetWhenNotClamped() {
    PlantedPanel.Recipe severe = new PlantedPanel.Recipe(150, 7, 3, 0, 5, 1.5, 0.3, true);
    qt(30).forAll(severe.panels()).checkAssert(panel -> {
      SeverityFit fit = AdditiveNormalisation.fit(PlantedPanel.CRITERION, panel.scores(), PlantedPanel.SCALE);
      for (AdjustedScore score : fit.scores()) {
        BigDecimal net = score.raw().subtract(fit.offsetOf(score.juror()).offset());
        assertThat(score.adjusted()).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(5));
        if (score.clamped()) {
          assertThat(net.compareTo(BigDecimal.ZERO) < 0 || net.compareTo(BigDecimal.valueOf(5)) > 0).isTrue();
        } else {
          assertThat(score.adjusted()).isEqualByComparingTo(net);
        }
      }
    });
  }
}
