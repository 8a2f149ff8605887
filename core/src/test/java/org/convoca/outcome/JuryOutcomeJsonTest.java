package org.convoca.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.convoca.call.Normalisation;
import org.convoca.dossier.Dossier;
import org.convoca.dossier.internal.Json;
import org.convoca.jury.JurorId;
import org.convoca.proposal.ProposalId;
import org.junit.jupiter.api.Test;

/** The jury's parts of outcome.json, on the panel of {@link JuryPanelOutcomes}. */
class JuryOutcomeJsonTest {

  private final CallOutcome outcome = JuryPanelOutcomes.outcome();
  private final JsonNode root = tree(outcome);

  @Test
  void writesTheJuryPanelExactlyAsTheFixture() throws Exception {
    String expected;
    try (InputStream in = getClass().getResourceAsStream("jury-panel-outcome.json")) {
      expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    assertThat(withoutFingerprint(OutcomeJson.text(outcome))).isEqualTo(withoutFingerprint(expected));
  }

  @Test
  void putsTheJuryBeforeTheProposalsWithThePolicyInEffect() {
    List<String> fields = new ArrayList<>();
    root.fieldNames().forEachRemaining(fields::add);
    JsonNode jury = root.get("jury");

    assertThat(fields).containsSubsequence("notes", "jury", "proposals");
    assertThat(names(jury)).containsExactly("aggregation", "normalisation", "minScores", "reviewersPerProposal",
        "jurors", "conflicts", "agreement", "overallAgreement", "notes");
    assertThat(jury.get("aggregation").asText()).isEqualTo("MEAN");
    assertThat(jury.get("normalisation").asText()).isEqualTo("ADDITIVE");
    assertThat(jury.get("minScores").asInt()).isEqualTo(2);
    assertThat(jury.get("reviewersPerProposal").asInt()).isEqualTo(3);
  }

  @Test
  void listsEveryConflictWithItsKindAndReason() {
    JsonNode conflicts = root.at("/jury/conflicts");

    assertThat(conflicts).extracting(c -> c.get("juror").asText() + " " + c.get("proposal").asText() + " " + c.get("kind").asText())
        .containsExactly("J-1 P-01 SAME_JURISDICTION", "J-2 P-02 AFFILIATION", "J-3 P-03 SAME_PERSON", "J-4 P-04 DECLARED");
    assertThat(conflicts.get(3).get("reason").asText()).contains("employs J-4's spouse");
  }

  @Test
  void publishesEachExcludedScoreWithTheReasonOfItsConflict() {
    assertThat(score("P-01", "J-1").get("excluded").asText()).startsWith("SAME_JURISDICTION: ").contains("comes from AR-X");
    assertThat(score("P-02", "J-2").get("excluded").asText()).startsWith("AFFILIATION: ").contains("affiliated with Government B1");
    assertThat(score("P-03", "J-3").get("excluded").asText()).startsWith("SAME_PERSON: ").contains("PER-3");
    assertThat(score("P-04", "J-4").get("excluded").asText()).startsWith("DECLARED: ").contains("employs J-4's spouse");
    assertThat(score("P-01", "J-5").get("excluded").isNull()).isTrue();
    assertThat(root.at("/jury/jurors/0/excluded").asInt()).isEqualTo(1);
  }

  @Test
  void aggregatesOnlyTheValidScores() {
    JsonNode p01 = root.at("/proposals/0/jury/quality");
    BigDecimal expected = score("P-01", "J-5").get("adjusted").decimalValue().add(score("P-01", "J-6").get("adjusted").decimalValue())
        .divide(BigDecimal.valueOf(2), 2, java.math.RoundingMode.HALF_UP);

    assertThat(p01.get("aggregate").decimalValue()).isEqualByComparingTo(expected);
  }

  @Test
  void flagsAScoreByAJurorNotAssignedAndLeavesTheFlagNullWithoutAssignments() {
    assertThat(score("P-05", "J-1").get("assigned").asBoolean()).isFalse();
    assertThat(score("P-05", "J-5").get("assigned").asBoolean()).isTrue();

    Dossier unassigned = JuryPanelOutcomes.withJury(JuryPanelOutcomes.dossier(), j -> j.withAssignments(List.of()));
    JsonNode scores = tree(JuryPanelOutcomes.outcome(unassigned, "Government")).at("/proposals/4/jury/quality/scores");
    assertThat(scores).allSatisfy(s -> assertThat(s.get("assigned").isNull()).isTrue());
  }

  @Test
  void publishesTheConsensusThatReplacesTheAggregate() {
    JsonNode p04 = root.at("/proposals/3/jury/quality");

    assertThat(p04.at("/consensus/value").decimalValue()).isEqualByComparingTo("4.5");
    assertThat(p04.at("/consensus/reason").asText()).isEqualTo("Government agreed after the hearing");
    assertThat(p04.at("/consensus/agreedOn").asText()).isEqualTo("2021-06-03");
    assertThat(p04.get("aggregate").isNumber()).isTrue();
    assertThat(root.at("/proposals/0/jury/quality/consensus").isNull()).isTrue();
  }

  @Test
  void aConsensusCompletesAReviewThatLacksValidScores() {
    assertThat(root.at("/proposals/2/decision").asText()).isEqualTo("INCOMPLETE_REVIEW");
    assertThat(root.at("/summary/incompleteReview").asInt()).isEqualTo(1);

    Dossier agreed = JuryPanelOutcomes.withJury(JuryPanelOutcomes.dossier(), j -> j.withConsensus(
        j.consensus().get(0), j.consensus().get(0).withProposal(ProposalId.of("P-03"))));
    JsonNode after = tree(JuryPanelOutcomes.outcome(agreed, "Government"));

    assertThat(after.at("/proposals/2/decision").asText()).isNotEqualTo("INCOMPLETE_REVIEW");
    assertThat(after.at("/proposals/2/rank").isInt()).isTrue();
    assertThat(after.at("/summary/incompleteReview").asInt()).isZero();
  }

  @Test
  void publishesTheAdditiveOffsetsByCriterionAndTheScoresAdjustedByThem() {
    JsonNode j5 = root.at("/jury/jurors/4");
    JsonNode j6 = root.at("/jury/jurors/5");

    assertThat(j5.get("id").asText()).isEqualTo("J-5");
    assertThat(names(j5.get("offset"))).containsExactly("quality");
    assertThat(j5.at("/offset/quality").decimalValue()).isPositive();
    assertThat(j6.at("/offset/quality").decimalValue()).isNegative();
    assertThat(root.at("/jury/jurors/1/offset").isEmpty()).as("J-2 has no valid score").isTrue();
    for (String[] s : new String[][] {{"P-01", "J-5"}, {"P-02", "J-6"}, {"P-05", "J-1"}}) {
      JsonNode score = score(s[0], s[1]);
      BigDecimal offset = root.at("/jury/jurors").findParents("id").stream().filter(j -> j.get("id").asText().equals(s[1]))
          .findFirst().orElseThrow().at("/offset/quality").decimalValue();
      assertThat(score.get("raw").decimalValue().subtract(offset)).as("%s on %s", s[1], s[0])
          .isCloseTo(score.get("adjusted").decimalValue(), org.assertj.core.data.Offset.offset(new BigDecimal("0.01")));
    }
  }

  @Test
  void writesNullOffsetsWhenTheCallDoesNotNormalise() {
    Dossier plain = JuryPanelOutcomes.dossier(JuryPanelOutcomes.policy(Normalisation.NONE), "Government");
    JsonNode none = tree(JuryPanelOutcomes.outcome(plain, "Government"));

    assertThat(none.at("/jury/normalisation").asText()).isEqualTo("NONE");
    assertThat(none.at("/jury/jurors")).allSatisfy(j -> assertThat(j.get("offset").isNull()).isTrue());
    assertThat(none.at("/proposals/0/jury/quality/scores")).allSatisfy(s ->
        assertThat(s.get("adjusted").decimalValue()).isEqualByComparingTo(s.get("raw").decimalValue()));
  }

  @Test
  void writesAlphaWithItsReadingAndTheIccsWhenEveryProposalHasAsManyScores() {
    JsonNode quality = root.at("/jury/agreement/quality");
    assertThat(names(quality)).containsExactly("alpha", "metric", "scores", "reading");
    assertThat(quality.get("alpha").decimalValue().scale()).isEqualTo(3);
    assertThat(quality.get("metric").asText()).isEqualTo("interval");

    Dossier even = JuryPanelOutcomes.withJury(JuryPanelOutcomes.dossier(), j -> j.withScores(j.scores().stream()
        .filter(s -> s.juror().equals(JurorId.of("J-5")) || s.juror().equals(JurorId.of("J-6")))
        .filter(s -> !s.proposal().equals(ProposalId.of("P-03"))).toList()));
    JsonNode agreement = tree(JuryPanelOutcomes.outcome(even, "Government")).at("/jury/agreement/quality");

    assertThat(names(agreement)).containsExactly("alpha", "metric", "scores", "reading", "icc1", "icc1k");
    assertThat(agreement.get("scores").asInt()).isEqualTo(8);
    assertThat(agreement.get("icc1").decimalValue().scale()).isEqualTo(3);
    assertThat(agreement.get("icc1k").decimalValue().scale()).isEqualTo(3);
  }

  @Test
  void writesANullAlphaWithTheReasonWhenTheScoresGiveNone() {
    Dossier lone = JuryPanelOutcomes.withJury(JuryPanelOutcomes.dossier(), j -> j.withScores(j.scores().stream()
        .filter(s -> s.juror().equals(JurorId.of("J-5"))).toList()));
    JsonNode agreement = tree(JuryPanelOutcomes.outcome(lone, "Government")).at("/jury/agreement/quality");

    assertThat(names(agreement)).containsExactly("alpha", "metric", "scores", "reading", "reason");
    assertThat(agreement.get("alpha").isNull()).isTrue();
    assertThat(agreement.get("reading").isNull()).isTrue();
    assertThat(agreement.get("reason").asText()).contains("no two scores can be compared");
  }

  @Test
  void writesAnEmptyJuryForEachProposalWhenTheJuryScoresNothing() {
    JsonNode worked = tree(OutcomeFixtures.workedExampleOutcome());

    assertThat(worked.at("/jury/agreement").isEmpty()).isTrue();
    assertThat(worked.get("proposals")).allSatisfy(p -> assertThat(p.get("jury").isEmpty()).isTrue());
  }

  private JsonNode score(String proposal, String juror) {
    for (JsonNode p : root.get("proposals")) {
      if (p.get("id").asText().equals(proposal)) {
        for (JsonNode s : p.at("/jury/quality/scores")) {
          if (s.get("juror").asText().equals(juror)) {
            return s;
          }
        }
      }
    }
    throw new AssertionError("no score of " + juror + " on " + proposal);
  }

  private static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static JsonNode tree(CallOutcome outcome) {
    try {
      return Json.mapper().readTree(OutcomeJson.bytes(outcome));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String withoutFingerprint(String json) {
    return json.replaceFirst("\"fingerprint\" : \"[0-9a-f]{64}\"", "\"fingerprint\" : \"…\"")
        .replaceFirst("\"producedBy\" : \\{[^}]*}", "\"producedBy\" : …");
  }
}
