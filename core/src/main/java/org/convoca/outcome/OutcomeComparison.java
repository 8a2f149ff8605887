package org.convoca.outcome;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.convoca.dossier.DossierSchema;
import org.convoca.outcome.Verification.Difference;
import org.convoca.outcome.Verification.Kind;

/**
 * Compares a claimed outcome's JSON tree with the recomputed one, generically, so that fields added
 * to the outcome are compared without a change here. Lists are matched by the ids of their elements
 * when they have ids (see {@link Verification}), by position otherwise.
 */
final class OutcomeComparison {

  /** The fields by which a list's objects are told apart, tried in this order. */
  private static final List<String> ID_FIELDS = List.of("id", "criterion", "juror");
  /** The top-level fields outside the comparison: the versions that produced the outcome. */
  private static final String PRODUCED_BY = "producedBy";
  private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  /** A proposal's decision, total or rank, or a part of one (a decision written as an object with its cause). */
  private static final Pattern PROPOSAL_FIELD = Pattern.compile("\\$\\.proposals\\[[^\\]]+\\]\\.(decision|cause|computedDecision|computedCause|override|total|rank)([.\\[].*)?");

  /** The most characters of a path shown: room for any path of a real outcome, not for a hostile key. */
  private static final int MAX_PATH_CHARS = 200;

  private final List<Difference> found = new ArrayList<>();

  private OutcomeComparison() {}

  /** {@return every difference between {@code claimed} and {@code recomputed}, grouped by kind in the order of {@link Kind}} */
  static List<Difference> compare(JsonNode claimed, JsonNode recomputed) {
    OutcomeComparison comparison = new OutcomeComparison();
    comparison.compare("$", claimed, recomputed);
    List<Difference> sorted = new ArrayList<>(comparison.found);
    sorted.sort(Comparator.comparing(Difference::kind)); // stable: each kind keeps the recomputed order
    return sorted;
  }

  private void compare(String path, JsonNode claimed, JsonNode recomputed) {
    if (claimed.isObject() && recomputed.isObject()) {
      objects(path, claimed, recomputed);
    } else if (claimed.isArray() && recomputed.isArray()) {
      arrays(path, claimed, recomputed);
    } else if (!same(claimed, recomputed)) {
      differ(path, claimed, recomputed);
    }
  }

  private void objects(String path, JsonNode claimed, JsonNode recomputed) {
    Iterator<String> names = recomputed.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!skipped(path, name)) {
        JsonNode theirs = claimed.get(name);
        String at = field(path, name);
        if (theirs == null) {
          differ(at, null, recomputed.get(name));
        } else {
          compare(at, theirs, recomputed.get(name));
        }
      }
    }
    Iterator<String> claimedNames = claimed.fieldNames();
    while (claimedNames.hasNext()) {
      String name = claimedNames.next();
      if (!recomputed.has(name) && !skipped(path, name)) {
        differ(field(path, name), claimed.get(name), null);
      }
    }
  }

  private static boolean skipped(String path, String name) {
    return path.equals("$") && name.equals(PRODUCED_BY);
  }

  private void arrays(String path, JsonNode claimed, JsonNode recomputed) {
    Optional<Map<String, JsonNode>> mine = keyed(recomputed);
    Optional<Map<String, JsonNode>> theirs = mine.flatMap(m -> keyed(claimed));
    if (mine.isEmpty() || theirs.isEmpty()) {
      positions(path, claimed, recomputed);
      return;
    }
    boolean ids = isIds(recomputed) && isIds(claimed);
    for (Map.Entry<String, JsonNode> entry : mine.get().entrySet()) {
      String at = path + "[" + entry.getKey() + "]";
      JsonNode other = theirs.get().get(entry.getKey());
      if (other == null) {
        differ(at, null, entry.getValue());
      } else if (!ids) {
        compare(at, other, entry.getValue());
      }
    }
    for (Map.Entry<String, JsonNode> entry : theirs.get().entrySet()) {
      if (!mine.get().containsKey(entry.getKey())) {
        differ(path + "[" + entry.getKey() + "]", entry.getValue(), null);
      }
    }
    List<String> mineOrder = List.copyOf(mine.get().keySet());
    List<String> theirOrder = List.copyOf(theirs.get().keySet());
    if (mineOrder.size() == theirOrder.size() && !mineOrder.equals(theirOrder)
        && mine.get().keySet().equals(theirs.get().keySet())) {
      differ(path, keys(theirOrder), keys(mineOrder));
    }
  }

  private void positions(String path, JsonNode claimed, JsonNode recomputed) {
    int common = Math.min(claimed.size(), recomputed.size());
    for (int i = 0; i < common; i++) {
      compare(path + "[" + i + "]", claimed.get(i), recomputed.get(i));
    }
    for (int i = common; i < recomputed.size(); i++) {
      differ(path + "[" + i + "]", null, recomputed.get(i));
    }
    for (int i = common; i < claimed.size(); i++) {
      differ(path + "[" + i + "]", claimed.get(i), null);
    }
  }

  /**
   * The elements of {@code array} by their id, in order, when each has one and no id repeats: ids
   * themselves, or objects with one of {@link #ID_FIELDS}, the same for every element.
   */
  private static Optional<Map<String, JsonNode>> keyed(JsonNode array) {
    if (array.isEmpty()) {
      return Optional.of(Map.of());
    }
    if (isIds(array)) {
      return unique(array, node -> node.textValue());
    }
    for (String field : ID_FIELDS) {
      boolean all = true;
      for (JsonNode element : array) {
        JsonNode id = element.get(field);
        all &= element.isObject() && id != null && id.isTextual() && DossierSchema.isId(id.textValue());
      }
      if (all) {
        return unique(array, node -> node.get(field).textValue());
      }
    }
    return Optional.empty();
  }

  private static boolean isIds(JsonNode array) {
    for (JsonNode element : array) {
      if (!element.isTextual() || !DossierSchema.isId(element.textValue())) {
        return false;
      }
    }
    return true;
  }

  private static Optional<Map<String, JsonNode>> unique(JsonNode array, java.util.function.Function<JsonNode, String> id) {
    Map<String, JsonNode> byId = new LinkedHashMap<>();
    for (JsonNode element : array) {
      if (byId.put(id.apply(element), element) != null) {
        return Optional.empty();
      }
    }
    return Optional.of(byId);
  }

  private static JsonNode keys(List<String> keys) {
    var array = JsonNodeFactory.instance.arrayNode();
    keys.forEach(array::add);
    return array;
  }

  /** Numbers compare by value, so that a file written with other decimals still reads the same. */
  private static boolean same(JsonNode claimed, JsonNode recomputed) {
    if (claimed.isNumber() && recomputed.isNumber()) {
      return claimed.decimalValue().compareTo(recomputed.decimalValue()) == 0;
    }
    return claimed.equals(recomputed);
  }

  private void differ(String path, JsonNode claimed, JsonNode recomputed) {
    String shown = Shown.text(path, MAX_PATH_CHARS);
    found.add(new Difference(kind(path), shown, Optional.ofNullable(claimed).map(Shown::value),
        Optional.ofNullable(recomputed).map(Shown::value)));
  }

  private static Kind kind(String path) {
    if (path.equals("$.selected") || path.startsWith("$.selected[")) {
      return Kind.SELECTION;
    }
    if (path.equals("$.fingerprint")) {
      return Kind.FINGERPRINT;
    }
    var matcher = PROPOSAL_FIELD.matcher(path);
    if (matcher.matches()) {
      return switch (matcher.group(1)) {
        case "decision", "cause", "computedDecision", "computedCause", "override" -> Kind.DECISION;
        case "total" -> Kind.TOTAL;
        default -> Kind.RANK;
      };
    }
    return Kind.OTHER;
  }

  private static String field(String path, String name) {
    return PLAIN_NAME.matcher(name).matches()
        ? path + "." + name
        : path + "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']";
  }
}
