package org.convoca.dossier;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.Deque;
import org.jspecify.annotations.Nullable;

/** Parses dossier text into a tree, reporting a syntax error with its line, column and path. */
final class JsonText {

  private JsonText() {}

  /** The tree of {@code text}, or null after adding the syntax problem to {@code problems}. */
  static @Nullable JsonNode parse(String text, Problems problems) {
    try {
      JsonNode tree = Json.mapper().readTree(text);
      if (tree == null || tree.isMissingNode()) {
        problems.add(JsonPath.ROOT, "is empty; a dossier is a JSON object");
        return null;
      }
      return tree;
    } catch (JsonProcessingException e) {
      problems.add(problemOf(e));
      return null;
    }
  }

  private static DossierProblem problemOf(JsonProcessingException e) {
    JsonLocation at = e.getLocation();
    int line = at == null ? 0 : Math.max(at.getLineNr(), 0);
    int column = at == null ? 0 : Math.max(at.getColumnNr(), 0);
    String where = line > 0 ? " (line " + line + ", column " + column + ")" : "";
    return new DossierProblem(pathOf(e), explain(e) + where, line, column);
  }

  private static String explain(JsonProcessingException e) {
    if (e instanceof StreamConstraintsException) {
      return "goes beyond the reader's limits (nesting depth " + Json.MAX_NESTING_DEPTH
          + ", string length " + Json.MAX_STRING_LENGTH + " characters, number length "
          + Json.MAX_NUMBER_LENGTH + " characters)";
    }
    String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    // Jackson names its own settings between backticks; the reader of the dossier cannot act on them.
    String plain = original.replaceAll("\\s*\\(?[^()]*`[^`]*`[^()]*\\)?", "").strip();
    return "is not valid JSON: " + plain;
  }

  private static String pathOf(JsonProcessingException e) {
    if (!(e.getProcessor() instanceof JsonParser parser)) {
      return JsonPath.ROOT;
    }
    Deque<JsonStreamContext> chain = new ArrayDeque<>();
    for (JsonStreamContext c = parser.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
      chain.push(c);
    }
    String path = JsonPath.ROOT;
    for (JsonStreamContext c : chain) {
      if (c.inObject() && c.getCurrentName() != null) {
        path = JsonPath.field(path, c.getCurrentName());
      } else if (c.inArray() && c.getCurrentIndex() >= 0) {
        path = JsonPath.index(path, c.getCurrentIndex());
      }
    }
    return path;
  }
}
