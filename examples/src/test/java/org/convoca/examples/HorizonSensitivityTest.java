package org.convoca.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.convoca.assessment.Assessment;
import org.convoca.dossier.Dossier;
import org.convoca.review.JuryReview;
import org.convoca.rules.RuleBook;
import org.convoca.sensitivity.DrawnWeight;
import org.convoca.sensitivity.Perturbation;
import org.convoca.sensitivity.ProposalSensitivity;
import org.convoca.sensitivity.SensitivityReport;
import org.convoca.sensitivity.WeightSensitivity;
import org.junit.jupiter.api.Test;

/**
 * The weight sensitivity of a call whose total is out of 15 and whose ranking counts Impact one and a
 * half times, with ties broken by uncovered themes: the Horizon-style sample. Each draw must rank by
 * the ranking score and the themes as the selector does, and draw weights that sum to 15.
 */
class HorizonSensitivityTest {

  private final Dossier dossier = BundledSamples.horizonEurope2026();
  private final List<Assessment> assessments = RuleBook.bundled("horizon-europe").assess(dossier);

  @Test
  void aTinySpreadSelectsThePlainSelectionInEveryDraw() {
    // 0.01% of a weight of 5 is 0.0005: every draw rounds back to 5.00, 5.00, 5.00, so every draw must
    // rank by the ranking score (Impact x1.5) and break the sample's ties by uncovered themes as the
    // plain selection does; a rerun that ranked by the total, or sorted ties by id, selects otherwise.
    SensitivityReport report = WeightSensitivity.analyse(dossier, assessments, JuryReview.of(dossier),
        new Perturbation(50, new BigDecimal("0.01"), 1));

    assertThat(report.proposals()).allSatisfy(p -> assertThat(p.selectedIn()).isEqualTo(p.plainlySelected() ? 50 : 0));
    assertThat(report.proposals()).filteredOn(ProposalSensitivity::plainlySelected).extracting(p -> p.id().value())
        .containsExactlyInAnyOrder("H-01", "H-02", "H-03", "H-05", "H-06");
  }

  @Test
  void drawnWeightsSumToTheCallsMaxTotal() {
    SensitivityReport report = WeightSensitivity.analyse(dossier, assessments, JuryReview.of(dossier),
        new Perturbation(200, new BigDecimal("20"), 7));

    BigDecimal means = report.weights().stream().map(DrawnWeight::mean).reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(means).isBetween(new BigDecimal("14.98"), new BigDecimal("15.02"));
    assertThat(report.weights()).allSatisfy(w -> {
      assertThat(w.asCalled()).isEqualByComparingTo("5");
      assertThat(w.lowest()).isGreaterThanOrEqualTo(new BigDecimal("3.5"));
      assertThat(w.highest()).isLessThanOrEqualTo(new BigDecimal("6.5"));
    });
  }
}
