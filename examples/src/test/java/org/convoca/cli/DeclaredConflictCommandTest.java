package org.convoca.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.convoca.dossier.internal.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jury panel end to end through {@code convoca assess}, on the tiny call with a jury policy and
 * conflicts added: a conflicted score no longer counts, and a proposal left with too few valid
 * scores is not ranked, with the reason in the outcome.
 */
class DeclaredConflictCommandTest {

  @TempDir
  Path dir;

  /** The tiny call with {@code minScores} 3, and J-2 declaring a conflict with Rafaela's proposal P-002. */
  private Path dossierWithADeclaredConflict() throws Exception {
    ObjectNode tree = (ObjectNode) Json.mapper().readTree(Cli.TINY.toFile());
    ((ObjectNode) tree.get("call")).set("jury", Json.mapper().readTree("{\"minScores\": 3}"));
    ((ArrayNode) tree.get("jury").get("conflicts")).add(Json.mapper().readTree(
        "{\"juror\": \"J-2\", \"proposal\": \"P-002\", \"reason\": \"Advised the municipality on its portal in 2020.\"}"));
    Path file = dir.resolve("tiny-with-conflict.json");
    Files.writeString(file, Json.mapper().writeValueAsString(tree));
    return file;
  }

  private JsonNode proposal(JsonNode outcome, String id) {
    for (JsonNode p : outcome.get("proposals")) {
      if (p.get("id").asText().equals(id)) {
        return p;
      }
    }
    throw new AssertionError("no proposal " + id);
  }

  @Test
  void aProposalLeftWithTooFewValidScoresIsNotRankedAndTheOutcomeSaysWhy() throws Exception {
    Path out = dir.resolve("outcome");

    Cli run = Cli.run("assess", dossierWithADeclaredConflict().toString(), "--out", out.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode outcome = Json.mapper().readTree(out.resolve("outcome.json").toFile());
    JsonNode rafaela = proposal(outcome, "P-002");
    assertThat(rafaela.get("decision").asText()).isEqualTo("INCOMPLETE_REVIEW");
    assertThat(rafaela.get("reasons").toString())
        .contains("On criterion jury it has 2 valid scores of the 3 the call needs: "
            + "J-2's score is excluded for a conflict of interest (DECLARED).");
    assertThat(outcome.get("selected").toString()).doesNotContain("P-002");
  }

  @Test
  void withoutAMinimumTheConflictedScoreIsLeftOutOfTheJuryPoints() throws Exception {
    Path dossier = dossierWithADeclaredConflict();
    ObjectNode tree = (ObjectNode) Json.mapper().readTree(dossier.toFile());
    ((ObjectNode) tree.get("call")).remove("jury");
    Files.writeString(dossier, Json.mapper().writeValueAsString(tree));

    Cli run = Cli.run("explain", dossier.toString(), "P-002");

    assertThat(run.exitCode()).as(run.err()).isZero();
    // J-1 and J-3 gave 4.5 each; J-2's 5.0 is excluded, so the mean is 4.5, not 4.67.
    assertThat(run.out()).contains("2 jurors' valid scores give a mean of 4.5 on the scale from 0 to 5.");
  }

  @Test
  void anExcludedScoreByAJurorNotAssignedIsNotSaidToCount() throws Exception {
    Path dossier = dossierWithADeclaredConflict();
    ObjectNode tree = (ObjectNode) Json.mapper().readTree(dossier.toFile());
    ((ArrayNode) tree.get("jury").get("assignments")).add(Json.mapper().readTree(
        "{\"proposal\": \"P-002\", \"jurors\": [\"J-1\", \"J-3\"]}"));
    Files.writeString(dossier, Json.mapper().writeValueAsString(tree));

    Cli run = Cli.run("explain", dossier.toString(), "P-002");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("    J-2: raw 5, adjusted 5, EXCLUDED: DECLARED: ")
        .contains("Advised the municipality on its portal in 2020., and not assigned to this proposal\n")
        .doesNotContain("(counted, flagged)");
  }
}
