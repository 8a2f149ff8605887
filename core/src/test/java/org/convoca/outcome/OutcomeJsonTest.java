package org.convoca.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.convoca.dossier.internal.Json;
import org.junit.jupiter.api.Test;

class OutcomeJsonTest {

  private final CallOutcome outcome = OutcomeFixtures.workedExampleOutcome();

  @Test
  void writesTheWorkedExampleExactlyAsTheFixture() throws Exception {
    String expected;
    try (InputStream in = getClass().getResourceAsStream("worked-example-outcome.json")) {
      expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    assertThat(withoutFingerprint(OutcomeJson.text(outcome))).isEqualTo(withoutFingerprint(expected));
  }

  @Test
  void putsTheFieldsOtherToolsRelyOnAtTheTop() throws Exception {
    JsonNode root = Json.mapper().readTree(OutcomeJson.bytes(outcome));

    assertThat(root.fieldNames()).toIterable().containsExactly(
        "formatVersion", "producedBy", "fingerprint", "call", "summary", "selected", "waitlist", "tracks", "ties", "overrides", "notes", "jury",
        "proposals");
    assertThat(root.get("fingerprint").asText()).matches("[0-9a-f]{64}");
    assertThat(root.get("selected")).extracting(JsonNode::asText).containsExactly("P-01", "P-02", "P-04", "P-11");
    assertThat(root.get("waitlist")).extracting(JsonNode::asText).containsExactly("P-03");
    assertThat(root.at("/tracks/ogp-local")).extracting(JsonNode::asText).containsExactly("P-01", "P-04");
  }

  @Test
  void describesEveryProposalWithItsRankDecisionReasonsAndCriteria() throws Exception {
    JsonNode proposals = Json.mapper().readTree(OutcomeJson.bytes(outcome)).get("proposals");

    assertThat(proposals).hasSize(11);
    JsonNode p08 = proposals.get(7);
    assertThat(p08.get("id").asText()).isEqualTo("P-08");
    assertThat(p08.get("eligible").asBoolean()).isFalse();
    assertThat(p08.get("rank").isNull()).isTrue();
    assertThat(p08.get("decision").asText()).isEqualTo("INELIGIBLE");
    JsonNode p02 = proposals.get(1);
    assertThat(p02.get("rank").asInt()).isEqualTo(2);
    assertThat(p02.get("decision").asText()).isEqualTo("SELECTED_BY_JURY");
    assertThat(p02.get("override").asBoolean()).isTrue();
    assertThat(p02.get("reasons")).hasSize(2);
    assertThat(p02.get("criteria").get(0).get("criterion").asText()).isEqualTo("cocreation");
    assertThat(p02.get("total").decimalValue()).isEqualByComparingTo("85");
  }

  @Test
  void publishesEveryFindingWithTheRuleThatMadeIt() throws Exception {
    JsonNode proposals = Json.mapper().readTree(OutcomeJson.bytes(outcome)).get("proposals");

    for (int i = 0; i < outcome.proposals().size(); i++) {
      ProposalOutcome p = outcome.proposals().get(i);
      JsonNode node = proposals.get(i);
      assertThat(node.get("checks")).hasSize(p.assessment().checks().size());
      for (int c = 0; c < p.assessment().criteria().size(); c++) {
        var awards = p.assessment().criteria().get(c).awards();
        JsonNode published = node.get("criteria").get(c).get("awards");
        assertThat(published).hasSize(awards.size());
        for (int a = 0; a < awards.size(); a++) {
          assertThat(published.get(a).get("rule").asText()).isEqualTo(awards.get(a).rule());
          assertThat(published.get(a).get("points").decimalValue()).isEqualByComparingTo(awards.get(a).points());
          assertThat(published.get(a).get("sentence").asText()).isEqualTo(awards.get(a).sentence());
        }
      }
    }
    JsonNode p08 = proposals.get(7);
    assertThat(p08.at("/checks/0/passed").asBoolean()).isFalse();
    assertThat(p08.at("/checks/0/rule").asText()).isEqualTo("Proposal is submitted within the window");
  }

  @Test
  void writesEachDecisionsCauseAsDataBesideItsReasons() throws Exception {
    JsonNode proposals = Json.mapper().readTree(OutcomeJson.bytes(outcome)).get("proposals");

    JsonNode p02 = proposals.get(1);
    assertThat(p02.at("/cause/kind").asText()).isEqualTo("JURY_INCLUDE");
    assertThat(p02.at("/cause/computedSelected").asBoolean()).isFalse();
    assertThat(p02.at("/computedCause/kind").asText()).isEqualTo("SLOTS_FULL");
    assertThat(p02.at("/computedCause/slots").asInt()).isEqualTo(4);
    assertThat(p02.at("/computedCause/reservedSeats").asInt()).isEqualTo(3);
    assertThat(proposals.get(7).at("/cause/failedRules/0").asText()).isEqualTo("Proposal is submitted within the window");
  }

  @Test
  void startsWithTheFormatVersionAndTheVersionsThatProducedIt() throws Exception {
    JsonNode root = Json.mapper().readTree(OutcomeJson.bytes(outcome));

    assertThat(root.get("formatVersion").asInt()).isEqualTo(OutcomeJson.FORMAT_VERSION).isEqualTo(2);
    assertThat(root.at("/producedBy/convoca").asText()).isEqualTo(ProducedBy.current().convoca()).isNotEmpty();
    assertThat(root.at("/producedBy/drools").asText()).isEqualTo(ProducedBy.UNKNOWN);
  }

  @Test
  void givesTheSameBytesEveryTime() {
    assertThat(OutcomeJson.bytes(OutcomeFixtures.workedExampleOutcome())).isEqualTo(OutcomeJson.bytes(outcome));
  }

  private static String withoutFingerprint(String json) {
    return json.replaceFirst("\"fingerprint\" : \"[0-9a-f]{64}\"", "\"fingerprint\" : \"…\"")
        .replaceFirst("\"producedBy\" : \\{[^}]*}", "\"producedBy\" : …");
  }
}
