package org.convoca.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import org.convoca.dossier.internal.Json;
import org.convoca.monitoring.MonitoringFixtures;
import org.convoca.monitoring.MonitoringOutcome;
import org.junit.jupiter.api.Test;

/** monitoring.json: its fixture, its fields and their order, its nulls, and its schema. */
class MonitoringJsonTest {

  private final MonitoringOutcome example = MonitoringFixtures.example("Open data portal for Rafaela");

  /**
   * The fixture is monitoring.json as this version writes the example; after a deliberate change of
   * the format, rewrite it with {@code -Dconvoca.regenerateFixtures=true} (from the core module's
   * folder) and read the difference before committing it.
   */
  @Test
  void writesTheExampleAsItsFixture() throws Exception {
    if (Boolean.getBoolean("convoca.regenerateFixtures")) {
      java.nio.file.Files.writeString(java.nio.file.Path.of("src/test/resources/org/convoca/outcome/monitoring-example.json"),
          MonitoringWriters.jsonText(example), StandardCharsets.UTF_8);
    }
    assertThat(withoutProducedBy(MonitoringWriters.jsonText(example))).isEqualTo(withoutProducedBy(resource("monitoring-example.json")));
  }

  @Test
  void writesTheSameTextToAWriterAndEveryTime() {
    StringWriter out = new StringWriter();
    MonitoringWriters.json(example, out);

    assertThat(out.toString()).isEqualTo(MonitoringWriters.jsonText(example))
        .isEqualTo(MonitoringWriters.jsonText(MonitoringFixtures.example("Open data portal for Rafaela"))).endsWith("}\n");
  }

  @Test
  void putsTheFieldsInTheirOrder() throws Exception {
    JsonNode root = Json.mapper().readTree(MonitoringWriters.jsonText(example));

    assertThat(root.fieldNames()).toIterable().containsExactly("formatVersion", "producedBy", "asOf",
        "selectionFingerprint", "fingerprint", "summary", "projects", "lessons", "notes");
    assertThat(root.at("/projects/0").fieldNames()).toIterable().startsWith("proposal", "title", "status", "completion",
        "results", "recognition", "gaps", "reasons");
    assertThat(root.get("formatVersion").asInt()).isEqualTo(MonitoringWriters.FORMAT_VERSION).isEqualTo(1);
    assertThat(root.at("/producedBy/convoca").asText()).isEqualTo(ProducedBy.current().convoca());
    assertThat(root.get("asOf").asText()).isEqualTo("2022-12-31");
    assertThat(root.get("selectionFingerprint").asText()).isEqualTo(MonitoringFixtures.SELECTION);
  }

  @Test
  void writesEveryConclusionWithItsRuleAndSentence() throws Exception {
    JsonNode full = Json.mapper().readTree(MonitoringWriters.jsonText(example)).at("/projects/0");

    assertThat(full.get("status").asText()).isEqualTo("ON_TRACK");
    assertThat(full.get("results").asText()).isEqualTo("MAJOR");
    assertThat(full.get("recognition")).hasSize(1);
    assertThat(full.at("/recognition/0").asText()).isEqualTo("PROMISING");
    assertThat(List.of("/reasons/0", "/completionReason", "/resultsReason", "/commitments/1", "/milestones/2",
        "/conditions/3", "/gaps/0", "/history/1/reasons/0", "/history/1/completionReason"))
        .allSatisfy(item -> assertThat(full.at(item).get("rule").asText()).isNotBlank())
        .allSatisfy(item -> assertThat(full.at(item).get("sentence").asText()).isNotBlank());
    assertThat(full.at("/history")).hasSize(4);
    assertThat(full.at("/history/1/status").asText()).isEqualTo("DELAYED");
    assertThat(full.at("/funds/spent/amount").decimalValue()).isEqualByComparingTo("2100000");
  }

  @Test
  void writesNullForWhatAProjectDoesNotHaveYet() throws Exception {
    JsonNode quiet = Json.mapper().readTree(MonitoringWriters.jsonText(example)).at("/projects/1");

    assertThat(quiet.get("results").isNull()).isTrue();
    assertThat(quiet.get("resultsReason").isNull()).isTrue();
    assertThat(quiet.get("lastReport").isNull()).isTrue();
    assertThat(quiet.at("/gaps/0/milestone").isNull()).isTrue();
    assertThat(quiet.get("recognition")).isEmpty();
  }

  @Test
  void summarisesEveryStatusCompletionAndRecognitionEvenWhenNone() throws Exception {
    JsonNode summary = Json.mapper().readTree(MonitoringWriters.jsonText(example)).get("summary");

    assertThat(summary.get("projects").asInt()).isEqualTo(2);
    assertThat(summary.get("byStatus").fieldNames()).toIterable()
        .containsExactly("NOT_STARTED", "ON_TRACK", "DELAYED", "AT_RISK", "COMPLETED", "NO_RECENT_REPORT");
    assertThat(summary.at("/byStatus/ON_TRACK").asInt()).isEqualTo(1);
    assertThat(summary.at("/byStatus/AT_RISK").asInt()).isZero();
    assertThat(summary.at("/byCompletion/SUBSTANTIAL").asInt()).isEqualTo(1);
    assertThat(summary.at("/recognised/PROMISING").asInt()).isEqualTo(1);
    assertThat(summary.at("/recognised/STARRED").asInt()).isZero();
  }

  @Test
  void conformsToItsSchemaWithTheFixtureAnEmptyOutcomeAndHostileText() throws Exception {
    String hostile = "=HYPERLINK(\"http://x\")</script><b>\u202e\"\\\n# heading";

    assertThat(MonitoringSchema.problems(MonitoringWriters.jsonText(example))).isEmpty();
    assertThat(MonitoringSchema.problems(resource("monitoring-example.json"))).isEmpty();
    assertThat(MonitoringSchema.problems(MonitoringWriters.jsonText(MonitoringFixtures.outcome(List.of())))).isEmpty();
    assertThat(MonitoringSchema.problems(MonitoringWriters.jsonText(MonitoringFixtures.example(hostile)))).isEmpty();
    assertThat(Json.mapper().readTree(MonitoringWriters.jsonText(MonitoringFixtures.example(hostile))).at("/projects/0/title")
        .asText()).isEqualTo(hostile);
  }

  @Test
  void itsSchemaRefusesARenamedAnAddedOrAnUnknownField() throws Exception {
    assertThat(problemsAfter(root -> rename((ObjectNode) root, "fingerprint", "fingerPrint"))).isNotEmpty();
    assertThat(problemsAfter(root -> rename((ObjectNode) root.at("/projects/0"), "gaps", "gap"))).isNotEmpty();
    assertThat(problemsAfter(root -> ((ObjectNode) root.at("/projects/0/history/0")).put("extra", 1))).isNotEmpty();
    assertThat(problemsAfter(root -> ((ObjectNode) root.at("/projects/0")).put("status", "LATE"))).isNotEmpty();
    assertThat(problemsAfter(root -> ((ObjectNode) root).put("formatVersion", 2))).isNotEmpty();
    assertThat(problemsAfter(root -> ((ObjectNode) root.at("/summary/byStatus")).remove("AT_RISK"))).isNotEmpty();
  }

  @Test
  void namesTheFormatVersionInItsSchemaId() throws Exception {
    JsonNode schema;
    try (InputStream in = MonitoringSchema.asStream()) {
      schema = Json.mapper().readTree(in);
    }

    assertThat(schema.get("$id").asText()).isEqualTo(MonitoringSchema.uri().toString()).contains("/monitoring/1/");
    assertThat(schema.at("/properties/formatVersion/const").asInt()).isEqualTo(MonitoringWriters.FORMAT_VERSION);
  }

  private List<String> problemsAfter(Consumer<JsonNode> change) throws Exception {
    JsonNode root = Json.mapper().readTree(MonitoringWriters.jsonText(example));
    change.accept(root);
    return MonitoringSchema.problems(Json.mapper().writeValueAsString(root));
  }

  private static void rename(ObjectNode node, String from, String to) {
    node.set(to, node.remove(from));
  }

  private static String withoutProducedBy(String json) {
    return json.replaceFirst("\"producedBy\" : \\{[^}]*}", "\"producedBy\" : …");
  }

  private String resource(String name) throws Exception {
    try (InputStream in = getClass().getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
