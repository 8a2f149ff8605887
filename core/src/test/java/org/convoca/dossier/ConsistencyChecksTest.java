package org.convoca.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.convoca.dossier.internal.Json;
import org.convoca.sample.DossierGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The consistency checks of a large dossier, made on two threads, find the problems that they find
 * one after the other on one thread, in the same order: shown for every dossier of the bad-dossier
 * corpus that binds, and for a generated dossier with ids written twice and references to nothing.
 */
class ConsistencyChecksTest {

  static List<String> corpus() throws Exception {
    return BadDossierCorpusTest.badDossiers().toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void findTheSameProblemsInTheSameOrderOnTwoThreadsAsOnOne(String name) throws Exception {
    String text;
    try (InputStream in = getClass().getResourceAsStream("/org/convoca/dossier/bad/" + name + ".json")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Optional<Dossier> dossier = bound(text);
    if (dossier.isPresent()) {
      assertSameProblems(dossier.get());
    }
  }

  @Test
  void findTheSameProblemsInTheSameOrderInALargerDossier() throws Exception {
    ObjectNode tree = (ObjectNode) Json.mapper().readTree(
        DossierWriter.toJson(DossierGenerator.withSeed(5).proposals(200).generate()));
    ArrayNode proposals = (ArrayNode) tree.get("proposals");
    ((ObjectNode) proposals.get(7)).put("id", proposals.get(3).get("id").asText());
    ((ObjectNode) proposals.get(11)).put("applicant", "NOBODY");
    ArrayNode people = (ArrayNode) tree.get("people");
    ((ObjectNode) people.get(2)).put("id", people.get(1).get("id").asText());
    ArrayNode scores = (ArrayNode) tree.path("jury").get("scores");
    if (scores != null && !scores.isEmpty()) {
      ((ObjectNode) scores.get(0)).put("proposal", "P-NOWHERE");
    }
    Dossier dossier = bound(tree.toString()).orElseThrow();
    Problems once = new Problems();
    DossierReader.checkOnOneThread(dossier, once);

    assertThat(once.isEmpty()).isFalse();
    assertSameProblems(dossier);
  }

  private static void assertSameProblems(Dossier dossier) {
    Problems oneThread = new Problems();
    DossierReader.checkOnOneThread(dossier, oneThread);
    Problems twoThreads = new Problems();
    DossierReader.checkOnTwoThreads(dossier, twoThreads);

    assertThat(problemsOf(twoThreads)).containsExactlyElementsOf(problemsOf(oneThread));
  }

  private static List<String> problemsOf(Problems problems) {
    try {
      problems.throwIfAny();
      return List.of();
    } catch (InvalidDossierException e) {
      return e.problems().stream().map(DossierProblem::toString).toList();
    }
  }

  /** The dossier the stages bind from {@code text} before the consistency checks, when they do. */
  private static Optional<Dossier> bound(String text) {
    Problems problems = new Problems();
    JsonNode tree = JsonText.parse(text, problems);
    if (tree == null || !problems.isEmpty()) {
      return Optional.empty();
    }
    ScalarCheck.check(tree, problems);
    SchemaCheck.load().check(tree, problems);
    Optional<Dossier> dossier = problems.isEmpty() ? Binder.bind(tree, problems) : Optional.empty();
    return problems.isEmpty() ? dossier : Optional.empty();
  }
}
