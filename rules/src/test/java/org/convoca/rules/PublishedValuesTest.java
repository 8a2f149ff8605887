package org.convoca.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.convoca.assessment.Assessment;
import org.convoca.assessment.CriterionResult;
import org.convoca.sample.DossierGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What an assessment publishes is what it compared and added: on generated dossiers, every
 * criterion's points are its capped sum rounded to 2 decimals, thresholds are met exactly when
 * those points reach them, and the total is the sum of the published weighted contributions.
 */
class PublishedValuesTest {

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 7, 2021})
  void everyComparisonAndSumUsesThePublishedValues(long seed) {
    var dossier = DossierGenerator.withSeed(seed).proposals(150).generate();

    for (Assessment a : RuleBook.bundled().assess(dossier)) {
      BigDecimal sum = BigDecimal.ZERO;
      for (CriterionResult c : a.criteria()) {
        assertThat(c.points()).isEqualTo(c.rawPoints().min(c.maxPoints()).setScale(2, RoundingMode.HALF_UP));
        assertThat(c.meetsThreshold()).isEqualTo(meets(c.points(), c.threshold()));
        assertThat(c.weighted())
            .isEqualTo(c.points().multiply(c.weight()).divide(c.maxPoints(), 2, RoundingMode.HALF_UP));
        sum = sum.add(c.weighted());
      }
      assertThat(a.total()).isEqualByComparingTo(sum);
      assertThat(a.total().scale()).isEqualTo(2);
      assertThat(a.meetsOverallThreshold()).isEqualTo(a.total().compareTo(a.overallThreshold()) >= 0);
    }
  }

  private static boolean meets(BigDecimal points, Optional<BigDecimal> threshold) {
    return threshold.map(t -> points.compareTo(t) >= 0).orElse(true);
  }
}
