package org.convoca.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.convoca.dossier.internal.Json;
import org.junit.jupiter.api.Test;

/**
 * The outcome schema accepts every outcome the core's tests write, and is strict enough to refuse
 * an outcome with a field renamed, added or missing. (The outcomes of real dossiers decided by the
 * rule book are checked in the examples module, which has the samples and the rules.)
 */
class OutcomeSchemaTest {

  @Test
  void acceptsTheWorkedExampleTheJuryPanelAndTheirFixtures() throws Exception {
    assertThat(OutcomeSchema.problems(OutcomeJson.text(OutcomeFixtures.workedExampleOutcome()))).isEmpty();
    assertThat(OutcomeSchema.problems(OutcomeJson.text(JuryPanelOutcomes.outcome()))).isEmpty();
    assertThat(OutcomeSchema.problems(resource("worked-example-outcome.json"))).isEmpty();
    assertThat(OutcomeSchema.problems(resource("jury-panel-outcome.json"))).isEmpty();
  }

  @Test
  void acceptsAnOutcomeWhoseDossierTextIsHostile() {
    String hostile = "=HYPERLINK(\"http://x\")</script><b>\u202e\"\\";

    assertThat(OutcomeSchema.problems(OutcomeJson.text(HostileOutcomes.with(hostile)))).isEmpty();
  }

  @Test
  void refusesARenamedFieldAnywhere() throws Exception {
    assertThat(problemsAfter(root -> rename((ObjectNode) root, "fingerprint", "fingerPrint"))).isNotEmpty();
    assertThat(problemsAfter(root -> rename((ObjectNode) root.at("/proposals/0"), "cause", "causes"))).isNotEmpty();
    assertThat(problemsAfter(root -> rename((ObjectNode) root.at("/proposals/0/criteria/0/awards/0"), "rule", "ruleName")))
        .isNotEmpty();
    assertThat(problemsAfter(root -> rename((ObjectNode) root.at("/proposals/1/computedCause"), "slots", "slot")))
        .isNotEmpty();
    assertThat(problemsAfter(root -> rename((ObjectNode) root.at("/jury"), "minScores", "minimumScores"))).isNotEmpty();
  }

  @Test
  void refusesAnotherFormatVersionAMissingCauseAndAnUnknownCauseKind() throws Exception {
    assertThat(problemsAfter(root -> ((ObjectNode) root).put("formatVersion", 1))).isNotEmpty();
    assertThat(problemsAfter(root -> ((ObjectNode) root.at("/proposals/0")).remove("cause"))).isNotEmpty();
    assertThat(problemsAfter(root -> ((ObjectNode) root.at("/proposals/0/cause")).put("kind", "LUCK"))).isNotEmpty();
    assertThat(problemsAfter(root -> ((ArrayNode) root.at("/proposals/0/checks")).addObject().put("rule", "r")))
        .isNotEmpty();
  }

  @Test
  void namesTheFormatVersionInItsId() throws Exception {
    JsonNode schema;
    try (InputStream in = OutcomeSchema.asStream()) {
      schema = Json.mapper().readTree(in);
    }

    assertThat(schema.get("$id").asText()).isEqualTo(OutcomeSchema.uri().toString()).contains("/outcome/2/");
    assertThat(schema.at("/properties/formatVersion/const").asInt()).isEqualTo(OutcomeJson.FORMAT_VERSION);
  }

  private static java.util.List<String> problemsAfter(Consumer<JsonNode> change) throws Exception {
    JsonNode root = Json.mapper().readTree(OutcomeJson.text(OutcomeFixtures.workedExampleOutcome()));
    change.accept(root);
    return OutcomeSchema.problems(Json.mapper().writeValueAsString(root));
  }

  private static void rename(ObjectNode node, String from, String to) {
    node.set(to, node.remove(from));
  }

  private String resource(String name) throws Exception {
    try (InputStream in = getClass().getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
