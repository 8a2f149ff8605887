package org.convoca.jury.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.convoca.call.CriterionId;
import org.convoca.jury.JurorId;
import org.convoca.jury.JurorScore;
import org.convoca.proposal.ProposalId;
import org.junit.jupiter.api.Test;

/** The panel entry point: one agreement per criterion, and one over the criteria pooled. */
class PanelAgreementTest {

  private static final CriterionId IMPACT = CriterionId.of("impact");
  private static final CriterionId COCREATION = CriterionId.of("cocreation");

  @Test
  void measuresEachCriterionOnItsOwnScores() {
    List<JurorScore> scores = new ArrayList<>();
    scores.addAll(scores(IMPACT, "1 2 3 4", "1 2 3 4"));
    scores.addAll(scores(COCREATION, "1 2 3 4", "4 3 2 1"));

    PanelAgreement panel = PanelAgreement.of(scores, Metric.INTERVAL);

    assertThat(panel.byCriterion()).containsOnlyKeys(IMPACT, COCREATION);
    assertThat(panel.byCriterion().get(IMPACT).alpha()).isEqualTo(new Alpha.Estimate(1.0));
    assertThat(panel.byCriterion().get(COCREATION).alpha().reading()).contains(Reading.UNRELIABLE);
    assertThat(panel.byCriterion().get(IMPACT))
        .isEqualTo(Agreement.of(Panels.rows("1 2 3 4", "1 2 3 4"), Metric.INTERVAL));
  }

  @Test
  void poolsEveryProposalAndCriterionAsOneUnit() {
    List<JurorScore> scores = new ArrayList<>();
    scores.addAll(scores(IMPACT, "1 2 3 .", "1 2 3 4"));
    scores.addAll(scores(COCREATION, "1 2 3 4", "4 3 2 1"));

    Agreement overall = PanelAgreement.of(scores, Metric.INTERVAL).overall();

    assertThat(overall.units()).isEqualTo(7);
    assertThat(overall.scores()).isEqualTo(14);
    assertThat(overall.icc()).isEmpty();
  }

  @Test
  void theOverallOfOneCriterionIsThatCriterionsAgreement() {
    PanelAgreement panel = PanelAgreement.of(scores(IMPACT, "1 2 4 . 5", "2 2 5 3 4", ". 1 4 3 5"), Metric.ORDINAL);

    assertThat(panel.overall()).isEqualTo(panel.byCriterion().get(IMPACT));
  }

  /**
   * The caveat of the pooled figure: criteria with different typical scores look like proposals
   * that differ, so jurors who barely agree within each criterion agree well overall.
   */
  @Test
  void criteriaWithDifferentTypicalScoresRaiseThePooledAlpha() {
    List<JurorScore> scores = new ArrayList<>();
    scores.addAll(scores(IMPACT, "1 2 1 2", "2 1 2 1"));
    scores.addAll(scores(COCREATION, "4 5 4 5", "5 4 5 4"));

    PanelAgreement panel = PanelAgreement.of(scores, Metric.INTERVAL);

    assertThat(panel.byCriterion().get(IMPACT).alpha().reading()).contains(Reading.UNRELIABLE);
    assertThat(panel.byCriterion().get(COCREATION).alpha().reading()).contains(Reading.UNRELIABLE);
    assertThat(panel.overall().alpha().reading()).contains(Reading.RELIABLE);
  }

  @Test
  void noScoresGiveNoCriteriaAndNoOverallAlpha() {
    PanelAgreement panel = PanelAgreement.of(List.of(), Metric.INTERVAL);

    assertThat(panel.byCriterion()).isEmpty();
    assertThat(panel.overall().alpha()).isEqualTo(new Alpha.Undefined(AlphaUndefined.NO_PAIRABLE_VALUES));
  }

  @Test
  void rejectsASecondScoreOnACriterionNamingIt() {
    List<JurorScore> twice = new ArrayList<>(scores(IMPACT, "3"));
    twice.addAll(scores(IMPACT, "4"));

    assertThatThrownBy(() -> PanelAgreement.of(twice, Metric.INTERVAL))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("criterion impact: juror J-1 scored proposal P-1 more than once (3 and 4); give one score per juror and proposal");
  }

  /** The same juror may score the same proposal once on each criterion. */
  @Test
  void acceptsOneScorePerCriterion() {
    List<JurorScore> scores = new ArrayList<>(scores(IMPACT, "3 4", "3 5"));
    scores.addAll(scores(COCREATION, "3 4", "3 5"));

    assertThat(PanelAgreement.of(scores, Metric.INTERVAL).overall().scores()).isEqualTo(8);
  }

  private static List<JurorScore> scores(CriterionId criterion, String... rows) {
    return Panels.rows(rows).stream()
        .map(r -> score(r.juror(), r.proposal(), criterion, r.value()))
        .toList();
  }

  private static JurorScore score(JurorId juror, ProposalId proposal, CriterionId criterion, BigDecimal value) {
    return JurorScore.builder().juror(juror).proposal(proposal).criterion(criterion).value(value).build();
  }
}
