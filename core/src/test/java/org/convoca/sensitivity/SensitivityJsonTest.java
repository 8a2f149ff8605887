package org.convoca.sensitivity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SensitivityJsonTest {

  private static final SensitivityReport REPORT = WeightSensitivity.analyse(WeightSensitivityTest.twoSeats().dossier(),
      WeightSensitivityTest.twoSeats().assessments(), new Perturbation(2000, new BigDecimal("30"), 2026));

  @Test
  void writesTheTwoSeatCallAsTheFixtureHasIt() throws IOException {
    try (InputStream in = getClass().getResourceAsStream("two-seats-sensitivity.json")) {
      assertThat(SensitivityJson.text(REPORT)).isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  @Test
  void listsEveryProposalWithItsProbabilityAndTheParametersThatExplainIt() throws IOException {
    JsonNode json = new ObjectMapper().readTree(SensitivityJson.text(REPORT));

    assertThat(json.get("draws").asInt()).isEqualTo(2000);
    assertThat(json.get("spread").decimalValue()).isEqualByComparingTo("30");
    assertThat(json.get("seed").asLong()).isEqualTo(2026);
    assertThat(json.get("proposals")).hasSize(6);
    assertThat(json.get("proposals").get(0).get("id").asText()).isEqualTo("P-01");
    assertThat(json.get("proposals").get(0).get("probability").decimalValue()).isEqualByComparingTo("1");
    assertThat(json.get("stableCore")).extracting(JsonNode::asText).containsExactly("P-01");
    assertThat(json.get("marginal").get(1).get("mostMovingWeight").get("criterion").asText()).isEqualTo("cocreation");
  }

  @Test
  void writeGivesTheSameText() {
    StringWriter out = new StringWriter();
    SensitivityJson.write(REPORT, out);

    assertThat(out).hasToString(SensitivityJson.text(REPORT));
  }
}
