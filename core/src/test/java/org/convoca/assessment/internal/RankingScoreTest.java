package org.convoca.assessment.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convoca.sample.Theories.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.convoca.assessment.Assessment;
import org.convoca.assessment.AwardFinding;
import org.convoca.assessment.CriterionResult;
import org.convoca.call.Call;
import org.convoca.call.CallId;
import org.convoca.call.Criterion;
import org.convoca.call.CriterionId;
import org.convoca.call.ScoreScale;
import org.convoca.call.SelectionPolicy;
import org.convoca.government.GovernmentLevel;
import org.convoca.proposal.ProposalId;
import org.convoca.proposal.Theme;
import org.convoca.value.DateWindow;
import org.convoca.value.Money;
import org.convoca.value.TimeWindow;
import org.junit.jupiter.api.Test;

/**
 * The total as a plain sum ({@code maxTotal} 15, weights equal to {@code maxPoints}) and the
 * ranking score that a criterion's ranking factor brings, which no threshold sees.
 */
class RankingScoreTest {

  private static final ProposalId P = ProposalId.of("P-1");
  private static final CriterionId E = CriterionId.of("excellence");
  private static final CriterionId I = CriterionId.of("impact");
  private static final CriterionId Q = CriterionId.of("implementation");

  @Test
  void aTotalOutOfFifteenIsThePlainSumOfTheScoresAndImpactCountsOneAndAHalfTimesForRankingOnly() {
    Assessment a = new AssessmentAssembler(call("1", "1.5", "1")).assess(P, awards("3", "2.5", "5"));

    assertThat(a.total()).isEqualByComparingTo("10.5");
    assertThat(a.meetsOverallThreshold()).isTrue();
    assertThat(a.criteriaBelowThreshold()).extracting(CriterionResult::criterion).containsExactly(I);
    // 3 + 1.5 x 2.5 + 5
    assertThat(a.rankingScore()).hasValue(new BigDecimal("11.75"));
    assertThat(a.rankedBy()).isEqualByComparingTo("11.75");
  }

  @Test
  void aCallWithoutRankingFactorsHasNoRankingScoreAndRanksByTheTotal() {
    Call call = call("1", "1", "1").withCriteria(call("1", "1", "1").criteria().stream()
        .map(c -> Criterion.copyOf(c).withRankingFactor(Optional.empty())).toList());

    Assessment a = new AssessmentAssembler(call).assess(P, awards("4", "4", "4"));

    assertThat(call.ranksByRankingScore()).isFalse();
    assertThat(a.rankingScore()).isEmpty();
    assertThat(a.rankedBy()).isEqualByComparingTo("12");
  }

  @Test
  void theRankingFactorsNeverChangeThePointsTheTotalOrAThresholdAndTheScoreIsTheirWeightedSum() {
    // Half points from 0 to 5 on each criterion, factors from 0.25 to 3 in quarters; the ranking
    // score is rounded once, to 2 decimals half up (0.5 x 0.25 = 0.125 is 0.13).
    qt(300).forAll(integers().between(0, 10), integers().between(0, 10), integers().between(0, 10),
            integers().between(1, 12))
        .checkAssert((e, i, q, f) -> {
          String factor = quarters(f);
          Assessment plain = new AssessmentAssembler(call(null, null, null)).assess(P, awards(half(e), half(i), half(q)));
          Assessment factored = new AssessmentAssembler(call(factor, factor, "1")).assess(P,
              awards(half(e), half(i), half(q)));

          assertThat(factored.total()).isEqualTo(plain.total());
          assertThat(factored.criteria()).isEqualTo(plain.criteria());
          assertThat(factored.meetsOverallThreshold()).isEqualTo(plain.meetsOverallThreshold());
          assertThat(factored.meetsAllThresholds()).isEqualTo(plain.meetsAllThresholds());
          assertThat(plain.rankingScore()).isEmpty();
          BigDecimal expected = new BigDecimal(half(e)).add(new BigDecimal(half(i))).multiply(new BigDecimal(factor))
              .add(new BigDecimal(half(q))).setScale(AssessmentAssembler.SCALE, RoundingMode.HALF_UP);
          assertThat(factored.rankingScore()).hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo(expected));
        });
  }

  private static String half(int halves) {
    return new BigDecimal(halves).divide(BigDecimal.valueOf(2)).toPlainString();
  }

  private static String quarters(int quarters) {
    return new BigDecimal(quarters).divide(BigDecimal.valueOf(4)).toPlainString();
  }

  private static List<AwardFinding> awards(String e, String i, String q) {
    return List.of(AwardFinding.of(P, E.value(), "Excellence", Double.parseDouble(e), "e"),
        AwardFinding.of(P, I.value(), "Impact", Double.parseDouble(i), "i"),
        AwardFinding.of(P, Q.value(), "Implementation", Double.parseDouble(q), "q"));
  }

  /** A Horizon-style call: three criteria of 5 points, weight 5, threshold 3, total out of 15, threshold 10. */
  private static Call call(String e, String i, String q) {
    return Call.builder()
        .id(CallId.of("H"))
        .name("Horizon-style call")
        .edition(1)
        .submissionWindow(new TimeWindow(Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-03-01T00:00:00Z")))
        .addEligibleLevels(GovernmentLevel.PROVINCIAL)
        .addThemes(Theme.OPEN_DATA)
        .fundingCeiling(Money.of(1000, "EUR"))
        .implementationWindow(new DateWindow(LocalDate.of(2026, 6, 1), LocalDate.of(2027, 6, 1)))
        .addCriteria(criterion(E, e), criterion(I, i), criterion(Q, q))
        .overallThreshold(BigDecimal.TEN)
        .maxTotal(BigDecimal.valueOf(15))
        .scoreScale(new ScoreScale(BigDecimal.ZERO, BigDecimal.valueOf(5), new BigDecimal("0.5")))
        .policy(SelectionPolicy.builder().slots(1).build())
        .build();
  }

  private static Criterion criterion(CriterionId id, String factor) {
    return Criterion.builder().id(id).name(id.value()).description("d").weight(BigDecimal.valueOf(5))
        .maxPoints(BigDecimal.valueOf(5)).threshold(BigDecimal.valueOf(3))
        .rankingFactor(Optional.ofNullable(factor).map(BigDecimal::new)).build();
  }
}
