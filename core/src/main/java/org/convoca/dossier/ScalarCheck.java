package org.convoca.dossier;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.convoca.dossier.internal.Json;
import org.convoca.dossier.internal.NumberBounds;

/**
 * Checks every string and every number of a dossier tree in one walk, before anything else reads
 * them: no text holds a control character ({@link ControlCharacters}), no field name either, and
 * every number lies within {@link NumberBounds}. A path is built only for a problem found.
 */
final class ScalarCheck {

  private final Problems problems;
  /** The steps from the root to the node being walked: field names and indexes. */
  private final List<Object> steps = new ArrayList<>();

  private ScalarCheck(Problems problems) {
    this.problems = problems;
  }

  static void check(JsonNode tree, Problems problems) {
    new ScalarCheck(problems).walk(tree, false);
  }

  private void walk(JsonNode node, boolean prose) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        String name = field.getKey();
        int bad = ControlCharacters.firstRefused(name, false);
        if (bad >= 0) {
          problems.add(path(), "control.fieldName", ControlCharacters.problem(name, bad, false));
          continue;
        }
        steps.add(name);
        walk(field.getValue(), ControlCharacters.PROSE_FIELDS.contains(name));
        steps.remove(steps.size() - 1);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        steps.add(i);
        walk(node.get(i), false);
        steps.remove(steps.size() - 1);
      }
    } else if (node.isTextual()) {
      String text = node.textValue();
      int bad = ControlCharacters.firstRefused(text, prose);
      if (bad >= 0) {
        problems.add(path(), ControlCharacters.problem(text, bad, prose));
      }
    } else if (node.isNumber()) {
      NumberBounds.Bound beyond = NumberBounds.beyond(node);
      if (beyond == NumberBounds.Bound.DECIMAL_PLACES) {
        problems.add(path(), "number.decimalPlaces", Json.MAX_DECIMAL_PLACES);
      } else if (beyond == NumberBounds.Bound.INTEGER_DIGITS) {
        problems.add(path(), "number.integerDigits", Json.MAX_INTEGER_DIGITS);
      }
    }
  }

  private String path() {
    String path = JsonPath.ROOT;
    for (Object step : steps) {
      path = step instanceof Integer index ? JsonPath.index(path, index) : JsonPath.field(path, (String) step);
    }
    return path;
  }
}
