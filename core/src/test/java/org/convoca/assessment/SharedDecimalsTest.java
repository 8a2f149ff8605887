package org.convoca.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.convoca.call.CriterionId;
import org.convoca.proposal.ProposalId;
import org.junit.jupiter.api.Test;

/** Assessments share one instance of each common decimal, equal to the one given, scale included. */
class SharedDecimalsTest {

  private static final ProposalId P = ProposalId.of("P-1");

  @Test
  void equalDecimalsBecomeOneInstanceThatKeepsItsScale() {
    BigDecimal first = SharedDecimals.of(new BigDecimal("3.30"));
    BigDecimal second = SharedDecimals.of(new BigDecimal("3.30"));
    BigDecimal otherScale = SharedDecimals.of(new BigDecimal("3.3"));

    assertThat(second).isSameAs(first).isEqualTo(new BigDecimal("3.30"));
    assertThat(otherScale).isNotSameAs(first).isEqualTo(new BigDecimal("3.3"));
    assertThat(otherScale.toPlainString()).isEqualTo("3.3");
  }

  @Test
  void aDecimalWithManyDigitsIsKeptAsGiven() {
    BigDecimal long_ = new BigDecimal("123456789.123");
    assertThat(SharedDecimals.of(long_)).isSameAs(long_);
    assertThat(SharedDecimals.of(Optional.of(long_))).contains(long_);
  }

  @Test
  void presentOptionalsAreSharedAndEmptyOnesStayEmpty() {
    assertThat(SharedDecimals.of(Optional.of(new BigDecimal("6.00"))))
        .isSameAs(SharedDecimals.of(Optional.of(new BigDecimal("6.00")))).contains(new BigDecimal("6.00"));
    assertThat(SharedDecimals.of(Optional.<BigDecimal>empty())).isEmpty();
  }

  @Test
  void findingsResultsAndAssessmentsHoldSharedDecimalsEqualToTheGivenOnes() {
    AwardFinding a = new AwardFinding(P, CriterionId.of("capacity"), "r", new BigDecimal("2.00"), "Why.");
    AwardFinding b = new AwardFinding(P, CriterionId.of("capacity"), "r", new BigDecimal("2.00"), "Why.");
    CriterionResult result = new CriterionResult(CriterionId.of("capacity"), new BigDecimal("4.00"), new BigDecimal("4.00"),
        BigDecimal.TEN, new BigDecimal("20"), new BigDecimal("8.00"), Optional.of(new BigDecimal("2.00")), true, List.of(a, b));
    Assessment assessment = new Assessment(P, true, List.of(), List.of(result), new BigDecimal("8.00"), new BigDecimal("60"),
        false, List.of(), Optional.of(new BigDecimal("8.00")));

    assertThat(b.points()).isSameAs(a.points());
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(result.rawPoints()).isSameAs(result.points());
    assertThat(result.threshold()).containsSame(a.points());
    assertThat(assessment.total()).isSameAs(result.weighted()).isSameAs(assessment.rankingScore().orElseThrow());
    assertThat(assessment.total().toPlainString()).isEqualTo("8.00");
  }
}
