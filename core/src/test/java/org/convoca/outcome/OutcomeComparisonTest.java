package org.convoca.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.convoca.dossier.internal.Json;
import org.convoca.outcome.Verification.Difference;
import org.junit.jupiter.api.Test;

/**
 * The comparison behind {@link Verification}, on small hand-written trees: it works on any field,
 * matches lists by id, and shows nothing from the claimed file that could act on a terminal.
 */
class OutcomeComparisonTest {

  private static JsonNode json(String text) throws Exception {
    return Json.mapper().readTree(text.replace('\'', '"'));
  }

  private static List<String> sentences(String claimed, String recomputed) throws Exception {
    return OutcomeComparison.compare(json(claimed), json(recomputed)).stream().map(Difference::sentence).toList();
  }

  @Test
  void comparesFieldsItDoesNotKnowByPath() throws Exception {
    assertThat(sentences("{'a': {'b': [1, 2], 'new': true}}", "{'a': {'b': [1, 3], 'c': 'x'}}")).containsExactly(
        "$.a.b[1]: claimed 2, recomputed 3",
        "$.a.c: missing from the claimed outcome, recomputed \"x\"",
        "$.a.new: claimed true, not in the recomputed outcome");
  }

  @Test
  void matchesObjectsInListsByIdThenCriterionThenJuror() throws Exception {
    assertThat(sentences(
        "{'proposals': [{'id': 'P-2', 'criteria': [{'criterion': 'impact', 'points': 4}]}, {'id': 'P-9'}]}",
        "{'proposals': [{'id': 'P-1'}, {'id': 'P-2', 'criteria': [{'criterion': 'impact', 'points': 5}]}]}"))
        .containsExactly(
            "$.proposals[P-1]: missing from the claimed outcome, recomputed {\"id\":\"P-1\"}",
            "$.proposals[P-2].criteria[impact].points: claimed 4, recomputed 5",
            "$.proposals[P-9]: claimed {\"id\":\"P-9\"}, not in the recomputed outcome");
  }

  @Test
  void groupsByKindWhateverTheShapeOfADecision() throws Exception {
    List<Difference> found = OutcomeComparison.compare(
        json("{'fingerprint': 'a', 'proposals': [{'id': 'P-1', 'decision': {'kind': 'SELECTED', 'cause': {'seat': 'MERIT'}}, 'total': 2}]}"),
        json("{'fingerprint': 'b', 'proposals': [{'id': 'P-1', 'decision': {'kind': 'REJECTED', 'cause': {'seat': null}}, 'total': 1}]}"));

    assertThat(found).extracting(Difference::kind).containsExactly(Verification.Kind.DECISION,
        Verification.Kind.DECISION, Verification.Kind.TOTAL, Verification.Kind.FINGERPRINT);
    assertThat(found).extracting(Difference::path).containsExactly("$.proposals[P-1].decision.kind",
        "$.proposals[P-1].decision.cause.seat", "$.proposals[P-1].total", "$.fingerprint");
  }

  @Test
  void leavesProducedByOutOnlyAtTheTop() throws Exception {
    assertThat(sentences("{'producedBy': {'convoca': '1'}, 'x': {'producedBy': 1}}", "{'x': {'producedBy': 2}}"))
        .containsExactly("$.x.producedBy: claimed 1, recomputed 2");
  }

  @Test
  void showsTerminalEscapesInValuesAndKeysAsText() throws Exception {
    JsonNode claimed = Json.mapper().createObjectNode().put("title", "\u001b[2J\u009b31m").put("k\u001b]0;x\u0007", 1);
    JsonNode recomputed = Json.mapper().createObjectNode().put("title", "fine");

    List<String> lines = OutcomeComparison.compare(claimed, recomputed).stream().map(Difference::sentence).toList();

    assertThat(lines).containsExactly(
        "$.title: claimed \"\\u001B[2J\\u009B31m\", recomputed \"fine\"",
        "$['k\\u001B]0;x\\u0007']: claimed 1, not in the recomputed outcome");
    assertThat(String.join("", lines)).doesNotContain("\u001b", "\u009b", "\u0007");
  }

  @Test
  void cutsLongValues() throws Exception {
    String text = OutcomeComparison.compare(json("{'a': '" + "x".repeat(500) + "'}"), json("{'a': 'y'}")).get(0).sentence();

    assertThat(text).contains("x".repeat(79) + "…").doesNotContain("x".repeat(81));
  }

  @Test
  void refusesAnOutcomeFormatOtherThanTheOneWritten() throws Exception {
    ClaimedOutcome newer = ClaimedOutcome.parse("{'formatVersion': 3, 'fingerprint': 'f', 'selected': [], 'proposals': []}"
        .replace('\'', '"'), "outcome.json");
    ClaimedOutcome older = ClaimedOutcome.parse("{'formatVersion': 1, 'fingerprint': 'f', 'selected': [], 'proposals': []}"
        .replace('\'', '"'), "outcome.json");

    assertThatThrownBy(() -> Verification.checkFormat(newer, json("{'formatVersion': 2}")))
        .isInstanceOf(InvalidOutcomeException.class)
        .hasMessage("outcome.json: outcome format 3 is newer than this Convoca reads (2)");
    assertThatThrownBy(() -> Verification.checkFormat(older, json("{'formatVersion': 2}")))
        .hasMessageStartingWith("outcome.json: outcome format 1 is older than this Convoca writes (2)");
    Verification.checkFormat(newer, json("{'formatVersion': 3}"));
    Verification.checkFormat(newer, json("{}"));
  }

  @Test
  void takesAnOutcomeThatStatesNoFormatForFormatOne() throws Exception {
    ClaimedOutcome unstated = ClaimedOutcome.parse("{'fingerprint': 'f', 'selected': [], 'proposals': []}"
        .replace('\'', '"'), "outcome.json");

    assertThatThrownBy(() -> Verification.checkFormat(unstated, json("{'formatVersion': 2}")))
        .isInstanceOf(InvalidOutcomeException.class)
        .hasMessageStartingWith("outcome.json: outcome format 1 (it states no formatVersion) is older than this Convoca writes (2)");
    Verification.checkFormat(unstated, json("{'formatVersion': 1}"));
  }

  @Test
  void countsATamperedCauseAsADecisionDifference() throws Exception {
    List<Difference> differences = OutcomeComparison.compare(
        json("{'proposals': [{'id': 'P-1', 'cause': {'kind': 'JURISDICTION_CAP', 'cap': 7}}]}"),
        json("{'proposals': [{'id': 'P-1', 'cause': {'kind': 'JURISDICTION_CAP', 'cap': 6}}]}"));

    assertThat(differences).singleElement()
        .satisfies(d -> assertThat(d.kind()).isEqualTo(Verification.Kind.DECISION))
        .satisfies(d -> assertThat(d.path()).isEqualTo("$.proposals[P-1].cause.cap"));
  }

  @Test
  void notesVersionsOnlyWhenStatedAndDifferent() throws Exception {
    Map<String, String> running = Map.of("convoca", "0.2.0");

    assertThat(ProducedByNote.note(null, running)).isEmpty();
    assertThat(ProducedByNote.note(json("{'convoca': '0.2.0'}"), running)).isEmpty();
    assertThat(ProducedByNote.note(json("{'convoca': '0.1.0'}"), running))
        .contains("produced by Convoca 0.1.0; verified with Convoca 0.2.0");
  }
}
