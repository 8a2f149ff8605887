package org.convoca.rules.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convoca.sample.Theories.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.convoca.dossier.internal.Json;
import org.junit.jupiter.api.Test;

class FragmentMergeTest {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final List<String> problems = new ArrayList<>();

  private JsonNode merge(String base, String changes) {
    return FragmentMerge.merge(tree(base), tree(changes), (path, message) -> problems.add(path + ": " + message)).tree();
  }

  static JsonNode tree(String json) {
    try {
      return Json.mapper().readTree(json.replace('\'', '"'));
    } catch (Exception e) {
      throw new IllegalArgumentException(e);
    }
  }

  @Test
  void mergesObjectsFieldByFieldAndRemovesAFieldSetToNull() {
    JsonNode merged = merge("{'call': {'slots': 2, 'name': 'A', 'note': 'x'}, 'keep': 1}",
        "{'call': {'slots': 3, 'note': null, 'added': true}}");

    assertThat(merged).isEqualTo(tree("{'call': {'slots': 3, 'name': 'A', 'added': true}, 'keep': 1}"));
    assertThat(problems).isEmpty();
  }

  @Test
  void mergesAListOfObjectsByIdKeepingTheBasesOrderAndAddingNewIdsAtTheEnd() {
    JsonNode merged = merge("{'proposals': [{'id': 'P-1', 'title': 'a', 'n': 1}, {'id': 'P-2', 'title': 'b'}]}",
        "{'proposals': [{'id': 'P-3', 'title': 'c'}, {'id': 'P-1', 'title': 'A'}]}");

    assertThat(merged).isEqualTo(tree(
        "{'proposals': [{'id': 'P-1', 'title': 'A', 'n': 1}, {'id': 'P-2', 'title': 'b'}, {'id': 'P-3', 'title': 'c'}]}"));
  }

  @Test
  void changesTheOneEntryThatMatchMatchesAndAddsAnEntryWithoutIdAtTheEnd() {
    JsonNode merged = merge("{'scores': [{'juror': 'J-1', 'proposal': 'P-1', 'value': 3}, {'juror': 'J-2', 'proposal': 'P-1', 'value': 4}]}",
        "{'scores': [{'$match': {'juror': 'J-2', 'proposal': 'P-1'}, 'value': 5}, {'juror': 'J-3', 'proposal': 'P-1', 'value': 2}]}");

    assertThat(merged).isEqualTo(tree("{'scores': [{'juror': 'J-1', 'proposal': 'P-1', 'value': 3}, "
        + "{'juror': 'J-2', 'proposal': 'P-1', 'value': 5}, {'juror': 'J-3', 'proposal': 'P-1', 'value': 2}]}"));
  }

  @Test
  void removesTheEntryNamedByIdOrByMatch() {
    JsonNode merged = merge("{'people': [{'id': 'A'}, {'id': 'B'}], 'completions': [{'person': 'A', 'course': 'C'}, {'person': 'B', 'course': 'C'}]}",
        "{'people': [{'id': 'A', '$remove': true}], 'completions': [{'$match': {'person': 'B'}, '$remove': true}]}");

    assertThat(merged).isEqualTo(tree("{'people': [{'id': 'B'}], 'completions': [{'person': 'A', 'course': 'C'}]}"));
  }

  @Test
  void replacesAListOfStringsAndEmptiesAListWithAnEmptyOne() {
    JsonNode merged = merge("{'themes': ['A', 'B'], 'overrides': [{'proposal': 'P-1'}]}", "{'themes': ['C'], 'overrides': []}");

    assertThat(merged).isEqualTo(tree("{'themes': ['C'], 'overrides': []}"));
  }

  @Test
  void reportsAMatchOfNoEntryOrOfSeveralAndARemovalOfNothing() {
    merge("{'scores': [{'juror': 'J-1', 'value': 3}, {'juror': 'J-1', 'value': 4}], 'people': [{'id': 'A'}]}",
        "{'scores': [{'$match': {'juror': 'J-9'}, 'value': 1}, {'$match': {'juror': 'J-1'}, 'value': 1}],"
            + " 'people': [{'id': 'Z', '$remove': true}, {'$remove': true}, {'id': 'A', '$remove': true, 'name': 'x'}]}");

    assertThat(problems).containsExactly(
        "$.scores[0]['$match']: matches no entry of the base's list at $.scores",
        "$.scores[1]['$match']: matches 2 entries of the base's list at $.scores; give more fields, so that it matches one",
        "$.people[0]: removes the entry with id \"Z\" that the base's list at $.people does not have",
        "$.people[1]['$remove']: names no entry to remove; give its \"id\" or a \"$match\"",
        "$.people[2]: removes an entry and changes it; give only \"$remove\" and the id or \"$match\"");
  }

  @Test
  void reportsADirectiveOutsideAListEntry() {
    merge("{'call': {'slots': 2}}", "{'call': {'$remove': true}}");

    assertThat(problems).containsExactly("$.call['$remove']: applies only to an entry of a list laid over the base's list");
  }

  @Test
  void placesAPartOfTheMergedTreeInTheFileItCameFrom() {
    FragmentMerge.Merged merged = FragmentMerge.merge(
        tree("{'proposals': [{'id': 'P-1', 'title': 'a', 'funding': {'amount': 1}}, {'id': 'P-2', 'title': 'b'}]}"),
        tree("{'proposals': [{'id': 'P-2', 'title': 'B'}, {'id': 'P-3', 'title': 'c', 'funding': {'amount': 2}}]}"),
        (path, message) -> problems.add(message));

    assertThat(merged.place("$.proposals[0].funding.amount"))
        .isEqualTo(new FragmentMerge.Place(FragmentMerge.Source.BASE, "$.proposals[0].funding.amount"));
    assertThat(merged.place("$.proposals[1].title"))
        .isEqualTo(new FragmentMerge.Place(FragmentMerge.Source.CHANGES, "$.proposals[0].title"));
    assertThat(merged.place("$.proposals[1].id"))
        .isEqualTo(new FragmentMerge.Place(FragmentMerge.Source.CHANGES, "$.proposals[0].id"));
    assertThat(merged.place("$.proposals[2].funding.amount"))
        .isEqualTo(new FragmentMerge.Place(FragmentMerge.Source.CHANGES, "$.proposals[1].funding.amount"));
  }

  @Test
  void mergingNoChangeGivesTheBaseBack() {
    qt(200).forAll(longs().all()).checkAssert(seed -> {
      JsonNode base = RandomTree.of(new Random(seed), true);

      assertThat(FragmentMerge.merge(base, NODES.objectNode(), (p, m) -> problems.add(m)).tree()).isEqualTo(base);
      assertThat(problems).isEmpty();
    });
  }

  @Test
  void mergingADocumentWhoseListsOfObjectsHaveIdsOverItselfGivesItBack() {
    qt(200).forAll(longs().all()).checkAssert(seed -> {
      JsonNode base = RandomTree.of(new Random(seed), true);

      assertThat(FragmentMerge.merge(base, base.deepCopy(), (p, m) -> problems.add(m)).tree()).isEqualTo(base);
      assertThat(problems).isEmpty();
    });
  }

  @Test
  void changesWithoutListsOfObjectsMergeAsRfc7386SaysAndLeaveBothTreesAlone() {
    qt(300).forAll(longs().all(), longs().all()).checkAssert((baseSeed, changesSeed) -> {
      JsonNode base = RandomTree.of(new Random(baseSeed), true);
      JsonNode changes = RandomTree.of(new Random(changesSeed), false);
      JsonNode baseBefore = base.deepCopy();
      JsonNode changesBefore = changes.deepCopy();

      JsonNode merged = FragmentMerge.merge(base, changes, (p, m) -> problems.add(m)).tree();

      assertThat(merged).isEqualTo(Rfc7386.apply(base, changes));
      assertThat(base).isEqualTo(baseBefore);
      assertThat(changes).isEqualTo(changesBefore);
    });
  }

  /** RFC 7386's MergePatch pseudo-code, as written there, to compare with. */
  private static final class Rfc7386 {
    static JsonNode apply(JsonNode target, JsonNode patch) {
      if (!patch.isObject()) {
        return patch;
      }
      ObjectNode result = target.isObject() ? ((ObjectNode) target).deepCopy() : NODES.objectNode();
      patch.fields().forEachRemaining(f -> {
        if (f.getValue().isNull()) {
          result.remove(f.getKey());
        } else {
          result.set(f.getKey(), apply(result.has(f.getKey()) ? result.get(f.getKey()) : NODES.missingNode(), f.getValue()));
        }
      });
      return result;
    }
  }

  /** Random JSON documents: objects of a few fields from a small set of names, so that two trees share some. */
  private static final class RandomTree {
    private static final String[] NAMES = {"a", "b", "c", "d", "items"};

    static JsonNode of(Random random, boolean objectLists) {
      return object(random, 0, objectLists, false);
    }

    private static ObjectNode object(Random random, int depth, boolean objectLists, boolean withId) {
      ObjectNode node = NODES.objectNode();
      if (withId) {
        node.put("id", "E-" + random.nextInt(1000));
      }
      int fields = random.nextInt(4);
      for (int i = 0; i < fields; i++) {
        node.set(NAMES[random.nextInt(NAMES.length)], value(random, depth + 1, objectLists));
      }
      return node;
    }

    private static JsonNode value(Random random, int depth, boolean objectLists) {
      int kind = random.nextInt(depth > 3 ? 3 : 6);
      return switch (kind) {
        case 0 -> NODES.numberNode(random.nextInt(5));
        case 1 -> NODES.textNode("t" + random.nextInt(3));
        case 2 -> objectLists ? NODES.booleanNode(random.nextBoolean()) : NODES.nullNode();
        case 3 -> object(random, depth, objectLists, false);
        case 4 -> scalars(random);
        default -> objectLists ? entries(random, depth) : scalars(random);
      };
    }

    private static ArrayNode scalars(Random random) {
      ArrayNode list = NODES.arrayNode();
      for (int i = random.nextInt(3); i > 0; i--) {
        list.add("s" + random.nextInt(4));
      }
      return list;
    }

    /** A list of objects with distinct ids. */
    private static ArrayNode entries(Random random, int depth) {
      ArrayNode list = NODES.arrayNode();
      List<String> ids = new ArrayList<>();
      for (int i = random.nextInt(4); i > 0; i--) {
        ObjectNode entry = object(random, depth, true, true);
        if (!ids.contains(entry.get("id").asText())) {
          ids.add(entry.get("id").asText());
          list.add(entry);
        }
      }
      return list;
    }
  }
}
