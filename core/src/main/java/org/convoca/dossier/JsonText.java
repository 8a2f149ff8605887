package org.convoca.dossier;

import org.convoca.dossier.internal.Sentence;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;
import org.convoca.dossier.internal.Json;
import org.jspecify.annotations.Nullable;

/**
 * Parses dossier text into a tree, reporting a syntax error, or a limit of {@link Json} that the
 * text goes beyond, with its line, column and path.
 */
final class JsonText {

  private static final ObjectReader TREE = Json.mapper().readerFor(JsonNode.class);

  private JsonText() {}

  /** The tree of {@code text}, or null after adding the syntax problem to {@code problems}. */
  static @Nullable JsonNode parse(String text, Problems problems) {
    try (JsonParser parser = Json.mapper().createParser(text)) {
      try {
        if (parser.nextToken() == null) {
          problems.add(JsonPath.ROOT, "syntax.empty");
          return null;
        }
        return TREE.readValue(parser);
      } catch (JsonProcessingException e) {
        problems.add(problemOf(e, parser));
        return null;
      } catch (NumberFormatException e) {
        // An exponent whose scale no BigDecimal can hold, such as 1e-2147483648: the parser fails on it.
        problems.add(pathOf(parser.getParsingContext()), "number.exponent", Json.MAX_INTEGER_DIGITS, Json.MAX_DECIMAL_PLACES);
        return null;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);  // a String does not fail to be read
    }
  }

  /**
   * A limit is found while the parser is still inside the offending token, and Jackson gives it no
   * location: the parser's token location is where the offending value (or its field's name)
   * starts. A field name that is too long is found before the parser knows it as a name, so it is
   * reported on its object, where the parser stopped.
   */
  private static DossierProblem problemOf(JsonProcessingException e, JsonParser parser) {
    ReaderLimit limit = e instanceof StreamConstraintsException ? ReaderLimit.reportedBy(e.getOriginalMessage()) : null;
    JsonLocation at = limit == ReaderLimit.NAME_LENGTH ? parser.currentLocation()
        : limit != null || e.getLocation() == null ? parser.currentTokenLocation() : e.getLocation();
    int line = at == null ? 0 : Math.max(at.getLineNr(), 0);
    int column = at == null ? 0 : Math.max(at.getColumnNr(), 0);
    Sentence message = limit != null ? limit.sentence() : explain(e);
    JsonStreamContext context = parser.getParsingContext();
    String path = pathOf(limit == ReaderLimit.NAME_LENGTH && context.inObject() ? context.getParent() : context);
    return new DossierProblem(path, line > 0
        ? ProblemText.of("syntax.at", message, String.valueOf(line), String.valueOf(column)) : message, line, column);
  }

  private static final Pattern START_MARKER =
      Pattern.compile("(?s)\\s*\\(start marker at \\[Source: .*?; line: (\\d+), column: (\\d+)\\]\\)");

  /** Jackson's description of the error, which is English in every language: Convoca only frames it. */
  private static Sentence explain(JsonProcessingException e) {
    String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    // Where an unclosed object or list began, without the excerpt of the document Jackson puts there.
    String opened = START_MARKER.matcher(original).replaceAll(" (opened at line $1, column $2)");
    // Jackson names its own settings between backticks; the reader of the dossier cannot act on them.
    String plain = opened.replaceAll("\\s*\\(?[^()]*`[^`]*`[^()]*\\)?", "").strip();
    return ProblemText.of("syntax.invalid", Shown.safe(plain));
  }

  private static String pathOf(JsonStreamContext context) {
    Deque<JsonStreamContext> chain = new ArrayDeque<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
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
