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
        "fingerprint", "call", "summary", "selected", "waitlist", "tracks", "ties", "overrides", "notes", "jury",
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
  void givesTheSameBytesEveryTime() {
    assertThat(OutcomeJson.bytes(OutcomeFixtures.workedExampleOutcome())).isEqualTo(OutcomeJson.bytes(outcome));
  }

  private static String withoutFingerprint(String json) {
    return json.replaceFirst("\"fingerprint\" : \"[0-9a-f]{64}\"", "\"fingerprint\" : \"…\"");
  }
}
