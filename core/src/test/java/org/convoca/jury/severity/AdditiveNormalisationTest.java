package org.convoca.jury.severity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.List;
import org.convoca.call.CriterionId;
import org.convoca.call.ScoreScale;
import org.convoca.jury.JurorId;
import org.convoca.jury.JurorScore;
import org.convoca.proposal.ProposalId;
import org.junit.jupiter.api.Test;

class AdditiveNormalisationTest {

  private static final CriterionId IMPACT = CriterionId.of("impact");
  private static final ScoreScale ZERO_TO_FIVE = new ScoreScale(BigDecimal.ZERO, BigDecimal.valueOf(5), new BigDecimal("0.5"));

  @Test
  void aJurorUniformlyOnePointHarsherGetsHalfAPointBelowTheOther() {
    SeverityFit fit = fit(score("J-1", "P-1", "4"), score("J-1", "P-2", "3"),
        score("J-2", "P-1", "3"), score("J-2", "P-2", "2"));

    assertThat(fit.offsetOf(JurorId.of("J-1")).offset()).isEqualByComparingTo("0.50");
    assertThat(fit.offsetOf(JurorId.of("J-2")).offset()).isEqualByComparingTo("-0.50");
    // Net of their severity, the two jurors agree exactly.
    assertThat(fit.scores()).extracting(s -> s.adjusted().toPlainString())
        .containsExactly("3.50", "3.50", "2.50", "2.50");
    assertThat(fit.connected()).isTrue();
    assertThat(fit.scoresUsed()).isEqualTo(4);
    assertThat(fit.byProposal().keySet()).extracting(ProposalId::value).containsExactly("P-1", "P-2");
    assertThat(fit.byProposal().get(ProposalId.of("P-2"))).extracting(s -> s.juror().value()).containsExactly("J-1", "J-2");
  }

  @Test
  void offsetGapIsTheMeanOfTheJurorsDifferencesOnSharedProposals() {
    // J-1 is 2 points above J-2 on P-1 and 1 point above on P-2: a gap of 1.5, split around zero.
    SeverityFit fit = fit(score("J-1", "P-1", "5"), score("J-1", "P-2", "3"),
        score("J-2", "P-1", "3"), score("J-2", "P-2", "2"));

    assertThat(fit.offsetOf(JurorId.of("J-1")).estimate()).isCloseTo(0.75, within(1e-12));
    assertThat(fit.offsetOf(JurorId.of("J-2")).estimate()).isCloseTo(-0.75, within(1e-12));
  }

  @Test
  void jurorsWhoNeverMetAreComparedThroughAJurorTheyShare() {
    // J-1 is 1 above J-2 on P-1, J-2 is 1 above J-3 on P-2: so J-1 is 2 above J-3.
    SeverityFit fit = fit(score("J-1", "P-1", "4"), score("J-2", "P-1", "3"),
        score("J-2", "P-2", "3"), score("J-3", "P-2", "2"));

    assertThat(fit.offsets()).extracting(o -> o.offset().toPlainString()).containsExactly("1.00", "0.00", "-1.00");
    assertThat(fit.components()).singleElement().satisfies(c -> {
      assertThat(c.jurors()).extracting(JurorId::value).containsExactly("J-1", "J-2", "J-3");
      assertThat(c.proposals()).extracting(ProposalId::value).containsExactly("P-1", "P-2");
      assertThat(c.scores()).isEqualTo(4);
    });
  }

  @Test
  void keepsAdjustedScoresWithinTheScaleAndSaysWhenItDid() {
    // J-1 is 2/3 of a point harsher than J-2 on average: offsets -0.33 and +0.33.
    SeverityFit fit = fit(score("J-1", "P-1", "5"), score("J-1", "P-2", "2"), score("J-1", "P-3", "1"),
        score("J-2", "P-1", "5"), score("J-2", "P-2", "3"), score("J-2", "P-3", "2"));

    assertThat(fit.offsetOf(JurorId.of("J-1")).offset()).isEqualByComparingTo("-0.33");
    AdjustedScore top = fit.scores().get(0);
    assertThat(top.juror()).isEqualTo(JurorId.of("J-1"));
    assertThat(top.adjusted().toPlainString()).isEqualTo("5.00");
    assertThat(top.clamped()).isTrue();
    assertThat(fit.scores().get(1).adjusted().toPlainString()).isEqualTo("4.67");
    assertThat(fit.scores().get(1).clamped()).isFalse();
    assertThat(fit.scores().get(2).adjusted().toPlainString()).isEqualTo("2.33");
  }

  @Test
  void aJurorWhoSharesNoProposalIsAComponentOfTheirOwnWithOffsetZero() {
    SeverityFit fit = fit(score("J-1", "P-1", "4"), score("J-2", "P-1", "3"), score("J-3", "P-9", "1"),
        score("J-3", "P-8", "2"));

    assertThat(fit.connected()).isFalse();
    assertThat(fit.components()).hasSize(2);
    PanelComponent alone = fit.components().get(1);
    assertThat(alone.jurors()).containsExactly(JurorId.of("J-3"));
    assertThat(alone.proposals()).extracting(ProposalId::value).containsExactly("P-8", "P-9");
    JurorOffset offset = fit.offsetOf(JurorId.of("J-3"));
    assertThat(offset.estimate()).isZero();
    assertThat(offset.component()).isEqualTo(1);
    assertThat(offset.scored()).isEqualTo(2);
    assertThat(offset.shared()).isZero();
    assertThat(fit.offsetOf(JurorId.of("J-1")).shared()).isEqualTo(1);
  }

  @Test
  void fitsNothingFromNoScores() {
    SeverityFit fit = fit();

    assertThat(fit.offsets()).isEmpty();
    assertThat(fit.components()).isEmpty();
    assertThat(fit.connected()).isTrue();
  }

  @Test
  void rejectsAScoreOnAnotherCriterion() {
    JurorScore other = score("J-1", "P-1", "3").withCriterion(CriterionId.of("cost"));
    assertThatThrownBy(() -> fit(other)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the score of juror J-1 on proposal P-1 is on criterion cost, not impact");
  }

  @Test
  void rejectsAScoreOutsideTheScale() {
    assertThatThrownBy(() -> fit(score("J-2", "P-4", "5.5"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the score of juror J-2 on proposal P-4 on criterion impact must be between 0 and 5, was 5.5");
  }

  @Test
  void rejectsASecondScoreOfTheSameProposalByTheSameJuror() {
    assertThatThrownBy(() -> fit(score("J-1", "P-1", "3"), score("J-1", "P-1", "4")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("juror J-1 scored proposal P-1 more than once on criterion impact");
  }

  @Test
  void refusesTheOffsetOfAJurorWithoutScores() {
    SeverityFit fit = fit(score("J-1", "P-1", "3"));
    assertThatThrownBy(() -> fit.offsetOf(JurorId.of("J-9"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("juror J-9 has no score on criterion impact");
  }

  private static SeverityFit fit(JurorScore... scores) {
    return AdditiveNormalisation.fit(IMPACT, List.of(scores), ZERO_TO_FIVE);
  }

  private static JurorScore score(String juror, String proposal, String value) {
    return JurorScore.builder().juror(JurorId.of(juror)).proposal(ProposalId.of(proposal)).criterion(IMPACT)
        .value(new BigDecimal(value)).build();
  }
}
