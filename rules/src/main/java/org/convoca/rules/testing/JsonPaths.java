package org.convoca.rules.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * JSON paths as the dossier reader writes them ({@code $.proposals[12].funding},
 * {@code $.expect['P-002']}): built step by step, and split back into steps.
 */
final class JsonPaths {

  static final String ROOT = "$";

  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Pattern STEP =
      Pattern.compile("\\.([A-Za-z_][A-Za-z0-9_]*)|\\[(\\d{1,9})\\]|\\['((?:[^'\\\\]|\\\\.)*)'\\]");

  private JsonPaths() {}

  static String field(String parent, String name) {
    return NAME.matcher(name).matches()
        ? parent + "." + name
        : parent + "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']";
  }

  static String index(String parent, int index) {
    return parent + "[" + index + "]";
  }

  /** One step of a path: a field's name, or an index when {@code name} is null. */
  record Step(String name, int index) {

    boolean isField() {
      return index < 0;
    }

    String appendTo(String path) {
      return isField() ? field(path, name) : JsonPaths.index(path, index);
    }
  }

  /** The steps of {@code path} after its {@code $}; empty when it is not a path this class writes. */
  static Optional<List<Step>> steps(String path) {
    if (!path.startsWith(ROOT)) {
      return Optional.empty();
    }
    List<Step> steps = new ArrayList<>();
    Matcher m = STEP.matcher(path);
    int at = ROOT.length();
    while (at < path.length()) {
      if (!m.find(at) || m.start() != at) {
        return Optional.empty();
      }
      if (m.group(1) != null) {
        steps.add(new Step(m.group(1), -1));
      } else if (m.group(2) != null) {
        steps.add(new Step("", Integer.parseInt(m.group(2))));
      } else {
        steps.add(new Step(m.group(3).replaceAll("\\\\(.)", "$1"), -1));
      }
      at = m.end();
    }
    return Optional.of(steps);
  }

  static String join(String path, List<Step> steps) {
    String joined = path;
    for (Step step : steps) {
      joined = step.appendTo(joined);
    }
    return joined;
  }
}
