package org.convoca.rules.testing;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * Lays a case's changes over a base dossier: JSON merge patch (RFC 7386) for objects, with lists
 * of objects (proposals, governments, people, jury scores, partners...) merged entry by entry
 * instead of replaced.
 *
 * <ul>
 *   <li>An object over an object: field by field; a field that is {@code null} in the changes is
 *       removed, a field the base lacks is added, any other is merged by these same rules.
 *   <li>A list of objects over a list (the changes' list not empty, every entry an object): each
 *       entry of the changes, in order, is laid over the base entry with the same {@code "id"}, or
 *       over the one base entry whose fields have the values that its {@code "$match"} object gives
 *       (for entries without an id, such as a juror's score); with {@code "$remove": true} it
 *       removes that entry instead. An entry with an id the base lacks, or with neither an id nor a
 *       {@code "$match"}, is added at the end. Base entries the changes do not name keep their place.
 *   <li>Anything else, an empty list or a list of strings included: the changes' value replaces the
 *       base's.
 * </ul>
 *
 * <p>{@code "$match"} and {@code "$remove"} never reach the merged dossier. Neither tree is changed:
 * the merged tree shares their unchanged parts. It remembers where each part came from, so that a
 * problem the dossier reader finds in it is reported in the file the author wrote.
 */
final class FragmentMerge {

  static final String MATCH = "$match";
  static final String REMOVE = "$remove";

  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

  /** Where a container of the merged tree came from: the base, the changes, or both merged. */
  private record Origin(@Nullable String basePath, @Nullable String changesPath, @Nullable JsonNode changes) {}

  /** Where a problem in the merged tree is in the files. */
  enum Source { BASE, CHANGES, MERGED }

  /**
   * A place in the files.
   *
   * @param source which file
   * @param path the JSON path in it: in the base, in the changes (from the changes' root, {@code $}),
   *     or in the merged tree when neither is known
   */
  record Place(Source source, String path) {}

  private final BiConsumer<String, String> problems;
  private final Map<JsonNode, Origin> origins = new IdentityHashMap<>();

  private FragmentMerge(BiConsumer<String, String> problems) {
    this.problems = problems;
  }

  /**
   * The merged tree and where its parts came from.
   *
   * @param tree the base with the changes laid over it
   */
  record Merged(JsonNode tree, Map<JsonNode, Origin> origins) {

    /** Where the part at {@code path} of the merged tree was written. */
    Place place(String path) {
      List<JsonPaths.Step> steps = JsonPaths.steps(path).orElse(null);
      Origin origin = origins.get(tree);
      if (steps == null || origin == null) {
        return new Place(Source.MERGED, path);
      }
      JsonNode node = tree;
      int known = 0;
      for (int i = 0; i < steps.size(); i++) {
        JsonPaths.Step step = steps.get(i);
        JsonNode child = step.isField() ? node.get(step.name()) : node.get(step.index());
        if (child == null || !child.isContainerNode()) {
          break;
        }
        node = child;
        Origin found = origins.get(child);
        if (found != null) {
          origin = found;
          known = i + 1;
        }
      }
      List<JsonPaths.Step> rest = steps.subList(known, steps.size());
      boolean fromChanges = origin.changesPath() != null
          && (origin.basePath() == null || origin.changes() == null || rest.isEmpty()
              || rest.get(0).isField() && origin.changes().has(rest.get(0).name()));
      if (fromChanges) {
        return new Place(Source.CHANGES, JsonPaths.join(origin.changesPath(), rest));
      }
      return origin.basePath() == null ? new Place(Source.MERGED, path)
          : new Place(Source.BASE, JsonPaths.join(origin.basePath(), rest));
    }
  }

  /**
   * {@code changes} laid over {@code base}.
   *
   * @param base the base dossier's tree, an object
   * @param changes the changes, an object
   * @param problems told each misuse of {@code $match} or {@code $remove}: its path in the changes
   *     (from {@code $}) and a sentence
   */
  static Merged merge(JsonNode base, JsonNode changes, BiConsumer<String, String> problems) {
    FragmentMerge merge = new FragmentMerge(problems);
    JsonNode tree = merge.value(base, changes, JsonPaths.ROOT, JsonPaths.ROOT);
    return new Merged(tree, Collections.unmodifiableMap(merge.origins));
  }

  private JsonNode value(JsonNode base, JsonNode changes, String basePath, String changesPath) {
    if (changes.isObject()) {
      // As RFC 7386 says, an object laid over anything else is laid over an empty object: its nulls go.
      return base.isObject() ? object(base, changes, basePath, changesPath)
          : object(NODES.objectNode(), changes, null, changesPath);
    }
    if (base.isArray() && changes.isArray() && keyed(changes)) {
      return list((ArrayNode) base, (ArrayNode) changes, basePath, changesPath);
    }
    return fromChanges(changes, changesPath);
  }

  /** {@code changes} laid over {@code base}, an object; {@code basePath} is null when the base is an empty object made here. */
  private ObjectNode object(JsonNode base, JsonNode changes, @Nullable String basePath, String changesPath) {
    ObjectNode merged = NODES.objectNode();
    origins.put(merged, new Origin(basePath, changesPath, changes));
    base.fields().forEachRemaining(field -> {
      String name = field.getKey();
      JsonNode change = changes.get(name);
      String at = JsonPaths.field(requireNonNull(basePath), name);
      if (change == null) {
        merged.set(name, fromBase(field.getValue(), at));
      } else if (!change.isNull()) {
        merged.set(name, value(field.getValue(), change, at, JsonPaths.field(changesPath, name)));
      }
    });
    changes.fields().forEachRemaining(field -> {
      String name = field.getKey();
      if (isDirective(name)) {
        problems.accept(JsonPaths.field(changesPath, name), "applies only to an entry of a list laid over the base's list");
      } else if (!base.has(name) && !field.getValue().isNull()) {
        String at = JsonPaths.field(changesPath, name);
        merged.set(name, field.getValue().isObject() ? object(NODES.objectNode(), field.getValue(), null, at)
            : fromChanges(field.getValue(), at));
      }
    });
    return merged;
  }

  /** Whether the changes' list is merged entry by entry: it is not empty and holds only objects. */
  static boolean keyed(JsonNode changes) {
    if (changes.isEmpty()) {
      return false;
    }
    for (JsonNode entry : changes) {
      if (!entry.isObject()) {
        return false;
      }
    }
    return true;
  }

  /** An entry of the merged list: the base's entry at {@code baseIndex} (or -1), as it now stands. */
  private record Entry(int baseIndex, JsonNode node) {}

  private ArrayNode list(ArrayNode base, ArrayNode changes, String basePath, String changesPath) {
    List<Entry> entries = new ArrayList<>();
    for (int i = 0; i < base.size(); i++) {
      entries.add(new Entry(i, base.get(i)));
    }
    for (int i = 0; i < changes.size(); i++) {
      JsonNode change = changes.get(i);
      String at = JsonPaths.index(changesPath, i);
      if (!change.has("id") && !change.has(MATCH)) {
        if (change.has(REMOVE)) {
          problems.accept(JsonPaths.field(at, REMOVE), "names no entry to remove; give its \"id\" or a \"" + MATCH + "\"");
        } else {
          entries.add(new Entry(-1, fromChanges(change, at)));
        }
        continue;
      }
      int found = change.has(MATCH) ? matching(entries, change.get(MATCH), at, basePath) : withId(entries, change.get("id"));
      if (found == -2) {
        continue;  // reported
      }
      if (found >= 0 && entries.get(found).baseIndex() < 0) {
        problems.accept(at, "names the entry that an earlier entry of this list added; give each entry once");
        continue;
      }
      JsonNode remove = change.get(REMOVE);
      if (remove != null) {
        removal(entries, found, change, remove, at, basePath);
      } else if (found >= 0) {
        Entry entry = entries.get(found);
        entries.set(found, new Entry(entry.baseIndex(),
            value(entry.node(), withoutDirectives(change), JsonPaths.index(basePath, entry.baseIndex()), at)));
      } else if (change.has(MATCH)) {
        problems.accept(JsonPaths.field(at, MATCH), "matches no entry of the base's list at " + basePath);
      } else {
        entries.add(new Entry(-1, fromChanges(change, at)));
      }
    }
    ArrayNode merged = NODES.arrayNode();
    origins.put(merged, new Origin(basePath, changesPath, null));
    for (Entry entry : entries) {
      merged.add(entry.baseIndex() >= 0 && origins.get(entry.node()) == null
          ? fromBase(entry.node(), JsonPaths.index(basePath, entry.baseIndex())) : entry.node());
    }
    return merged;
  }

  private void removal(List<Entry> entries, int found, JsonNode change, JsonNode remove, String at, String basePath) {
    if (!remove.isBoolean() || !remove.booleanValue()) {
      problems.accept(JsonPaths.field(at, REMOVE), "must be true, or left out");
    } else if (found < 0) {
      problems.accept(at, "removes " + (change.has(MATCH) ? "an entry" : "the entry with id " + change.get("id"))
          + " that the base's list at " + basePath + " does not have");
    } else if (change.size() > 2) {
      problems.accept(at, "removes an entry and changes it; give only \"" + REMOVE + "\" and the id or \"" + MATCH + "\"");
    } else {
      entries.remove(found);
    }
  }

  /** The index in {@code entries} of the one entry with the id {@code id}, or -1. */
  private static int withId(List<Entry> entries, JsonNode id) {
    for (int i = 0; i < entries.size(); i++) {
      if (id.equals(entries.get(i).node().get("id"))) {
        return i;
      }
    }
    return -1;
  }

  /** The index of the one entry whose fields have the values of {@code match}; -1 for none; -2 reported. */
  private int matching(List<Entry> entries, JsonNode match, String at, String basePath) {
    String matchPath = JsonPaths.field(at, MATCH);
    if (!match.isObject() || match.isEmpty()) {
      problems.accept(matchPath, "must be an object of at least one field and the value the entry has there");
      return -2;
    }
    int found = -1;
    int count = 0;
    for (int i = 0; i < entries.size(); i++) {
      JsonNode entry = entries.get(i).node();
      boolean all = true;
      for (Map.Entry<String, JsonNode> field : (Iterable<Map.Entry<String, JsonNode>>) match::fields) {
        all &= field.getValue().equals(entry.get(field.getKey()));
      }
      if (all) {
        found = found < 0 ? i : found;
        count++;
      }
    }
    if (count > 1) {
      problems.accept(matchPath, "matches " + count + " entries of the base's list at " + basePath
          + "; give more fields, so that it matches one");
      return -2;
    }
    return found;
  }

  private static JsonNode withoutDirectives(JsonNode change) {
    ObjectNode copy = NODES.objectNode();
    change.fields().forEachRemaining(f -> {
      if (!Set.of(MATCH, REMOVE).contains(f.getKey())) {
        copy.set(f.getKey(), f.getValue());
      }
    });
    return copy;
  }

  private static boolean isDirective(String name) {
    return name.equals(MATCH) || name.equals(REMOVE);
  }

  /** {@code node} from the base, unchanged; each of its containers remembers its path there. */
  private JsonNode fromBase(JsonNode node, String path) {
    remember(node, path, true);
    return node;
  }

  /**
   * {@code node} from the changes, as it is; each of its containers remembers its path there. A
   * directive inside it has nothing to apply to, which is a problem.
   */
  private JsonNode fromChanges(JsonNode node, String path) {
    remember(node, path, false);
    return node;
  }

  private void remember(JsonNode node, String path, boolean base) {
    if (!node.isContainerNode()) {
      return;
    }
    origins.put(node, base ? new Origin(path, null, null) : new Origin(null, path, node));
    if (node.isObject()) {
      node.fields().forEachRemaining(f -> {
        if (!base && isDirective(f.getKey())) {
          problems.accept(JsonPaths.field(path, f.getKey()), "applies only to an entry of a list laid over the base's list");
        }
        remember(f.getValue(), JsonPaths.field(path, f.getKey()), base);
      });
    } else {
      for (int i = 0; i < node.size(); i++) {
        remember(node.get(i), JsonPaths.index(path, i), base);
      }
    }
  }
}
