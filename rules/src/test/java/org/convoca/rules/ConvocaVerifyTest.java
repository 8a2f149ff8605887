package org.convoca.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.convoca.dossier.Dossier;
import org.convoca.dossier.internal.Json;
import org.convoca.outcome.CallOutcome;
import org.convoca.outcome.ClaimedOutcome;
import org.convoca.outcome.InvalidOutcomeException;
import org.convoca.outcome.OutcomeJson;
import org.convoca.outcome.Verification;
import org.convoca.outcome.Verification.Difference;
import org.convoca.outcome.Verification.Kind;
import org.convoca.sample.DossierGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Convoca#verify}: a published outcome recomputed from its dossier, and every way a tampered one differs, by path. */
class ConvocaVerifyTest {

  private static final Convoca CONVOCA = Convoca.withBundledRules();
  private static Dossier dossier;
  private static CallOutcome outcome;

  @BeforeAll
  static void decide() {
    dossier = DossierGenerator.withSeed(9).proposals(40).generate();
    outcome = CONVOCA.decide(dossier);
  }

  private static ObjectNode published() throws Exception {
    return (ObjectNode) Json.mapper().readTree(OutcomeJson.text(outcome));
  }

  private static Verification verify(JsonNode claimed) {
    return CONVOCA.verify(dossier, ClaimedOutcome.parse(claimed.toString(), "outcome.json"));
  }

  private static ObjectNode proposal(ObjectNode tree, String id) {
    for (JsonNode p : tree.get("proposals")) {
      if (p.get("id").textValue().equals(id)) {
        return (ObjectNode) p;
      }
    }
    throw new AssertionError(id);
  }

  @Test
  void reproducesTheOutcomeItPublished() {
    Verification v = CONVOCA.verify(dossier, ClaimedOutcome.parse(OutcomeJson.text(outcome), "outcome.json"));

    assertThat(v.reproduced()).isTrue();
    assertThat(v.differences()).isEmpty();
    assertThat(v.notes()).isEmpty();
    assertThat(v.claimedFingerprint()).isEqualTo(v.recomputedFingerprint()).isEqualTo(outcome.fingerprint());
  }

  @Test
  void namesATamperedTotalByTheProposalsIdWithBothValues() throws Exception {
    ObjectNode tree = published();
    String id = outcome.selected().get(0).value();
    proposal(tree, id).put("total", 99.5);

    Verification v = verify(tree);

    assertThat(v.reproduced()).isFalse();
    assertThat(v.differences()).singleElement().satisfies(d -> {
      assertThat(d.kind()).isEqualTo(Kind.TOTAL);
      assertThat(d.path()).isEqualTo("$.proposals[" + id + "].total");
      assertThat(d.claimed()).contains("99.5");
      assertThat(d.recomputed()).isPresent().isNotEqualTo(Optional.of("99.5"));
    });
  }

  @Test
  void listsTheSelectionFirstThenDecisionsTotalsRanksTheFingerprintAndTheRest() throws Exception {
    ObjectNode tree = published();
    String first = outcome.selected().get(0).value();
    tree.put("fingerprint", "0".repeat(64));
    ((ArrayNode) tree.get("notes")).add("an extra note");
    proposal(tree, first).put("rank", 40).put("total", 1).put("decision", "NOT_SELECTED");
    ((ArrayNode) tree.get("selected")).remove(0);

    Verification v = verify(tree);

    assertThat(v.differences()).extracting(Difference::kind)
        .containsExactly(Kind.SELECTION, Kind.DECISION, Kind.TOTAL, Kind.RANK, Kind.FINGERPRINT, Kind.OTHER);
    assertThat(v.differences().get(0).sentence())
        .isEqualTo("$.selected[" + first + "]: selected when recomputed, not claimed selected");
    assertThat(v.claimedFingerprint()).isEqualTo("0".repeat(64));
    assertThat(v.recomputedFingerprint()).isEqualTo(outcome.fingerprint());
  }

  @Test
  void comparesNumbersByValueAndIgnoresLayout() throws Exception {
    String compact = Json.mapper().writer().without(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT)
        .writeValueAsString(published()).replace("\"total\":" + outcome.proposals().get(0).total() + ",",
            "\"total\":" + outcome.proposals().get(0).total().setScale(4) + ",");

    assertThat(CONVOCA.verify(dossier, ClaimedOutcome.parse(compact, "outcome.json")).reproduced()).isTrue();
  }

  @Test
  void aReorderedListOfProposalsIsOneDifferenceNotOnePerProposal() throws Exception {
    ObjectNode tree = published();
    ArrayNode proposals = (ArrayNode) tree.get("proposals");
    JsonNode firstProposal = proposals.remove(0);
    proposals.add(firstProposal);

    Verification v = verify(tree);

    assertThat(v.differences()).singleElement().satisfies(d -> {
      assertThat(d.path()).isEqualTo("$.proposals");
      assertThat(d.kind()).isEqualTo(Kind.OTHER);
    });
  }

  @Test
  void notesOtherProducingVersionsWithoutFailing() throws Exception {
    ObjectNode tree = published();
    tree.putObject("producedBy").put("convoca", "0.0.1").put("drools", "9.44.0");

    Verification v = verify(tree);

    assertThat(v.reproduced()).isTrue();
    assertThat(v.notes()).singleElement().asString()
        .startsWith("produced by Convoca 0.0.1 with Drools 9.44.0; verified with Convoca ")
        .contains(" with Drools ");
  }

  @Test
  void refusesJsonThatIsNotAnOutcomeNamingWhere() {
    assertThatThrownBy(() -> ClaimedOutcome.parse("[1, 2]", "x.json"))
        .isInstanceOf(InvalidOutcomeException.class).hasMessage("x.json: not an outcome: $ must be an object, was a list");
    assertThatThrownBy(() -> ClaimedOutcome.parse("{\"fingerprint\": \"ab\", \"selected\": []}", "x.json"))
        .hasMessage("x.json: not an outcome: $.proposals is missing");
    assertThatThrownBy(() -> ClaimedOutcome.parse("{\"fingerprint\": 1, \"selected\": [], \"proposals\": []}", "x.json"))
        .hasMessage("x.json: not an outcome: $.fingerprint must be text, was a number");
    assertThatThrownBy(() -> ClaimedOutcome.parse("{\"fingerprint\": \"a\", \"selected\": [],\n \"proposals\": [{}]}", "x.json"))
        .hasMessage("x.json: not an outcome: $.proposals[0].id is missing");
    assertThatThrownBy(() -> ClaimedOutcome.parse("{\"fingerprint\": \"a\",\n \"selected\": [", "x.json"))
        .isInstanceOf(InvalidOutcomeException.class).hasMessageStartingWith("x.json: not JSON at line 2, column");
  }

  @Test
  void readsTheOutcomeFileBeforeTheDossier(@TempDir Path dir) throws Exception {
    Path notAnOutcome = Files.writeString(dir.resolve("outcome.json"), "{}");

    assertThatThrownBy(() -> CONVOCA.verify(dir.resolve("no-dossier.json"), notAnOutcome))
        .isInstanceOf(InvalidOutcomeException.class).hasMessageContaining("$.fingerprint is missing");
  }
}
