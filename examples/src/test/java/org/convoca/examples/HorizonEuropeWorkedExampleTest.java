package org.convoca.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.convoca.assessment.Assessment;
import org.convoca.call.CriterionId;
import org.convoca.call.HorizonVocabulary;
import org.convoca.call.TieBreakKind;
import org.convoca.dossier.DossierReader;
import org.convoca.dossier.DossierWriter;
import org.convoca.outcome.CallOutcome;
import org.convoca.outcome.OutcomeJson;
import org.convoca.outcome.OutcomeSchema;
import org.convoca.outcome.ProposalOutcome;
import org.convoca.proposal.ProposalId;
import org.convoca.rules.Convoca;
import org.convoca.rules.RuleBook;
import org.convoca.selection.BrokenTie;
import org.convoca.selection.DecisionKind;
import org.junit.jupiter.api.Test;

/**
 * The hand-computed worked example of the bundled "horizon-europe" rule book on
 * {@code horizon-europe-2026.json}: eleven proposals, three criteria scored 0-5 in half points by
 * three experts each, combined by the median (a consensus score replaces it). Each criterion has 5
 * points and a weight of 5 in a total out of 15, so the total is the plain sum of the three scores;
 * each criterion's threshold is 3 and the overall threshold 10. Impact has a ranking factor of 1.5,
 * so the ranking score is E + 1.5 I + Q, which no threshold ever sees. Ties: a proposal covering a
 * topic (one of the call's themes) that no higher-ranked proposal covers, then Excellence, then
 * Impact, then the id. Budget EUR 10,000,000, 10 slots, a reserve list (waitlist) of 2.
 *
 * <pre>
 * id    topic(s)                 experts' E / I / Q (median)        E    I    Q  sum  ranking score   request
 * H-01  OPEN_DATA                 5,5,4.5 / consensus 4.5 / 4.5,4.5,5  5  4.5  4.5   14  5+6.75+4.5=16.25  3.0 M
 * H-02  PARTICIPATORY_BUDGETING   4,4,4.5 / 5,5,4.5 / 4,4,3.5          4  5    4     13  4+7.5+4  =15.50   2.5 M
 * H-03  OPEN_DATA                 5,5,5 / 4,4,4.5 / 4.5,4.5,4          5  4    4.5 13.5  5+6+4.5  =15.50   2.0 M
 * H-04  DIGITAL_PARTICIPATION     4.5,4.5,4 / 4,4,3.5 / 4,4,4.5      4.5  4    4  12.5  4.5+6+4  =14.50   3.0 M
 * H-05  CIVIC_INNOVATION          2.5,4,4.5 / 4,4,4 / 4.5,4.5,5        4  4    4.5 12.5  4+6+4.5  =14.50   1.5 M
 * H-06  OPEN_DATA                 3.5,3.5,4 / 5,5,4.5 / 3,3,3.5      3.5  5    3  11.5  3.5+7.5+3=14.00   1.0 M
 * H-07  PARTICIPATORY_BUDGETING   3.5,3.5,3 / 4,4,4.5 / 4.5,4.5,4.5  3.5  4    4.5  12  3.5+6+4.5=14.00   2.0 M
 * H-08  PUBLIC_MONITORING         4.5,4.5,5 / 2.5,2.5,3 / 4.5,4.5,4  4.5  2.5  4.5 11.5  Impact 2.5 &lt; 3: below threshold
 * H-09  CIVIC_INNOVATION,OPEN_DATA 3,3,3.5 / 3.5,3.5,3 / 3,3,3        3  3.5  3   9.5  sum &lt; 10: below threshold
 *                                 (its ranking score would be 3+5.25+3 = 11.25 &gt;= 10: the factor never reaches a threshold)
 * H-10  PUBLIC_MONITORING         submitted 2 April, after the deadline of 31 March: ineligible
 * H-11  PUBLIC_MONITORING         one of its three experts declared a conflict: 2 valid scores &lt; 3, review incomplete
 * </pre>
 *
 * <p>Ranking (by ranking score, then the tie-break chain):
 * <ol>
 *   <li>H-01 (16.25);
 *   <li>H-02 and H-03 tie at 15.50. OPEN_DATA is covered by H-01; H-02's PARTICIPATORY_BUDGETING is
 *       not, so H-02 ranks first, although H-03 has the higher sum (13.5 against 13) and the higher
 *       Excellence (5 against 4): topic coverage comes before Excellence;
 *   <li>H-03;
 *   <li>H-04 and H-05 tie at 14.50, and both cover a topic nobody above covers (DIGITAL_PARTICIPATION,
 *       CIVIC_INNOVATION), so topic coverage does not break the tie; Excellence does: 4.5 against 4;
 *   <li>H-05;
 *   <li>H-06 and H-07 tie at 14.00; OPEN_DATA and PARTICIPATORY_BUDGETING are both covered, Excellence
 *       is 3.5 each, Impact breaks it: 5 against 4. H-07 has the higher plain sum (12 against 11.5)
 *       but ranks below: the Impact factor of 1.5 at work;
 *   <li>H-07.
 * </ol>
 *
 * <p>Budget, down the ranked list (a proposal that does not fit is skipped and the next one tried):
 * H-01 3.0 M (spent 3.0), H-02 2.5 M (5.5), H-03 2.0 M (7.5), H-04 3.0 M would make 10.5 &gt; 10:
 * skipped; H-05 1.5 M (9.0), H-06 1.0 M (10.0, exactly the budget), H-07 2.0 M would make 12: skipped.
 * Selected: H-01, H-02, H-03, H-05, H-06; reserve list: H-04, then H-07.
 */
class HorizonEuropeWorkedExampleTest {

  private static final Path SAMPLE = Path.of("src/main/resources/org/convoca/examples/horizon-europe-2026.json");
  private final CallOutcome outcome = Convoca.with(RuleBook.bundled("horizon-europe")).decide(BundledSamples.horizonEurope2026());

  @Test
  void eachProposalHasTheHandComputedScoresSumsAndRankingScores() {
    // id, Excellence, Impact, Quality, sum (total out of 15), ranking score E + 1.5 I + Q
    scores("H-01", "5", "4.5", "4.5", "14", "16.25");
    scores("H-02", "4", "5", "4", "13", "15.5");
    scores("H-03", "5", "4", "4.5", "13.5", "15.5");
    scores("H-04", "4.5", "4", "4", "12.5", "14.5");
    scores("H-05", "4", "4", "4.5", "12.5", "14.5");
    scores("H-06", "3.5", "5", "3", "11.5", "14");
    scores("H-07", "3.5", "4", "4.5", "12", "14");
    scores("H-08", "4.5", "2.5", "4.5", "11.5", "12.75");
    scores("H-09", "3", "3.5", "3", "9.5", "11.25");
  }

  @Test
  void eligibilityThresholdsRanksAndDecisionsAreTheHandComputedOnes() {
    // id, eligible, meets every threshold, rank, decision
    verdict("H-01", true, true, 1, DecisionKind.SELECTED_BY_MERIT);
    verdict("H-02", true, true, 2, DecisionKind.SELECTED_BY_MERIT);
    verdict("H-03", true, true, 3, DecisionKind.SELECTED_BY_MERIT);
    verdict("H-04", true, true, 4, DecisionKind.WAITLISTED);
    verdict("H-05", true, true, 5, DecisionKind.SELECTED_BY_MERIT);
    verdict("H-06", true, true, 6, DecisionKind.SELECTED_BY_MERIT);
    verdict("H-07", true, true, 7, DecisionKind.WAITLISTED);
    verdict("H-08", true, false, null, DecisionKind.BELOW_THRESHOLD);
    verdict("H-09", true, false, null, DecisionKind.BELOW_THRESHOLD);
    verdict("H-10", false, true, null, DecisionKind.INELIGIBLE);
    verdict("H-11", true, true, null, DecisionKind.INCOMPLETE_REVIEW);

    assertThat(outcome.selected()).extracting(ProposalId::value).containsExactly("H-01", "H-02", "H-03", "H-05", "H-06");
    assertThat(outcome.waitlist()).extracting(ProposalId::value).containsExactly("H-04", "H-07");
  }

  @Test
  void impactBelowItsThresholdAndASumBelowTenAreNotRankedWhateverTheRankingScore() {
    Assessment h08 = assessment("H-08");
    assertThat(h08.criterion(HorizonVocabulary.IMPACT).orElseThrow().meetsThreshold()).isFalse();
    assertThat(h08.meetsOverallThreshold()).isTrue();

    Assessment h09 = assessment("H-09");
    assertThat(h09.criteriaBelowThreshold()).isEmpty();
    assertThat(h09.meetsOverallThreshold()).isFalse();
    // 11.25 would pass a threshold of 10: the ranking score is never compared with one.
    assertThat(h09.rankingScore()).hasValueSatisfying(r -> assertThat(r).isGreaterThan(h09.overallThreshold()));
  }

  @Test
  void theThreeTiesAreBrokenByTopicCoverageThenExcellenceThenImpact() {
    assertThat(outcome.selection().ties()).extracting(t -> t.higher().value(), t -> t.lower().value(),
            t -> t.step().kind(), t -> t.step().criterion().map(CriterionId::value).orElse(""))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("H-02", "H-03", TieBreakKind.UNCOVERED_THEME, ""),
            org.assertj.core.groups.Tuple.tuple("H-04", "H-05", TieBreakKind.CRITERION, "excellence"),
            org.assertj.core.groups.Tuple.tuple("H-06", "H-07", TieBreakKind.CRITERION, "impact"));
    BrokenTie byTopic = outcome.selection().ties().get(0);
    assertThat(byTopic.total()).isEqualByComparingTo("15.5");
    assertThat(byTopic.sentence()).isEqualTo("H-02 ranks above H-03 on an equal ranking score of 15.50 because it works on "
        + "[PARTICIPATORY_BUDGETING], which no higher-ranked proposal works on, and H-03 works on none of the call's themes "
        + "that higher-ranked proposals leave uncovered.");
  }

  @Test
  void theBudgetRunsOutDownTheListAndAProposalThatDoesNotFitIsSkipped() {
    assertThat(proposal("H-04").reasons()).anySatisfy(r -> assertThat(r).contains("EUR 3,000,000")
        .contains("did not fit in the EUR 2,500,000 left of the budget"));
    assertThat(proposal("H-07").reasons()).anySatisfy(r -> assertThat(r).contains("did not fit in the EUR 0 left of the budget"));
  }

  @Test
  void expertsWhoDisagreeWithoutAConsensusCallForAMeeting() {
    // H-05's Excellence scores 2.5, 4 and 4.5 are 2 apart, more than the consensusSpread of 1.5.
    assertThat(assessment("H-05").hasLabel(HorizonVocabulary.NEEDS_CONSENSUS)).isTrue();
    // H-01's Impact scores 3.5, 5 and 5 are replaced by the consensus score 4.5.
    assertThat(assessment("H-01").labels()).isEmpty();
  }

  @Test
  void theOutcomeJsonMatchesTheSchemaAndCarriesTheNewFields() {
    String json = OutcomeJson.text(outcome);

    assertThat(OutcomeSchema.problems(json)).isEmpty();
    assertThat(json).contains("\"maxTotal\" : 15", "\"rankingFactor\" : 1.5", "\"rankingScore\" : 16.25",
        "\"UNCOVERED_THEME\"");
  }

  @Test
  void theSampleIsCanonicalJson() throws Exception {
    assertThat(Files.readString(SAMPLE, StandardCharsets.UTF_8))
        .isEqualTo(DossierWriter.toJson(DossierReader.standard().read(SAMPLE)));
  }

  private void scores(String id, String excellence, String impact, String quality, String sum, String rankingScore) {
    Assessment a = assessment(id);
    assertThat(a.criterion(HorizonVocabulary.EXCELLENCE).orElseThrow().points()).as(id + " excellence").isEqualByComparingTo(excellence);
    assertThat(a.criterion(HorizonVocabulary.IMPACT).orElseThrow().points()).as(id + " impact").isEqualByComparingTo(impact);
    assertThat(a.criterion(HorizonVocabulary.IMPLEMENTATION).orElseThrow().points()).as(id + " implementation")
        .isEqualByComparingTo(quality);
    assertThat(a.total()).as(id + " sum").isEqualByComparingTo(sum);
    assertThat(a.rankingScore()).as(id + " ranking score").hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo(rankingScore));
  }

  private void verdict(String id, boolean eligible, boolean meetsThresholds, Integer rank, DecisionKind decision) {
    ProposalOutcome p = proposal(id);
    assertThat(p.assessment().eligible()).as(id + " eligible").isEqualTo(eligible);
    assertThat(p.assessment().meetsAllThresholds()).as(id + " thresholds").isEqualTo(meetsThresholds);
    assertThat(p.rank()).as(id + " rank").isEqualTo(Optional.ofNullable(rank));
    assertThat(p.decision().kind()).as(id + " decision").isEqualTo(decision);
  }

  private Assessment assessment(String id) {
    return proposal(id).assessment();
  }

  private ProposalOutcome proposal(String id) {
    return outcome.proposal(ProposalId.of(id)).orElseThrow();
  }
}
