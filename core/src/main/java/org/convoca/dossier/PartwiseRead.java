package org.convoca.dossier;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.convoca.dossier.internal.Json;
import org.jspecify.annotations.Nullable;

/**
 * Reads a dossier that has no problem up to its consistency checks in one pass over its text: the
 * call and the other small parts are read as trees, and the entries of the dossier's and the
 * jury's lists are each bound straight from the text through a {@link CheckingParser}, which checks
 * their text and numbers and the schema of an entry ({@link SchemaRules}) as the binder reads them.
 * When the schema cannot be compiled to rules, each entry is parsed to a tree, checked (its text and
 * numbers, then by the validator against the schema of an entry) and bound on its own, then
 * dropped.
 *
 * <p>It words no problem: at the first thing it does not accept, it gives up, and the reader reads
 * the text again stage by stage, which finds every problem and words it with its path. What it
 * accepts, the stages accept too, and bind to the same dossier: an entry is checked and bound
 * exactly as the stages check and bind it inside the whole tree, and the schema asks nothing of
 * those lists but the schema of each entry ({@link SchemaCheck#lists()}).
 *
 * <p>The texts of up to {@value #SHARED_LENGTH} characters are shared: each id, code, date or name
 * that the dossier repeats (a person named as applicant contact, team member and trainee) is one
 * string in the model, however often it is written; so are the ids and the days themselves
 * ({@link Json#sharingValues}).
 */
final class PartwiseRead {

  /** The longest text shared; longer ones (titles, summaries) seldom repeat. */
  static final int SHARED_LENGTH = 64;

  /** Thrown when the text has something this reading does not accept; carries nothing. */
  private static final class GiveUp extends Exception {
    private static final long serialVersionUID = 1L;

    GiveUp() {
      super(null, null, false, false);
    }
  }

  /** Makes the trees' nodes, with one node for each short text however often it occurs. */
  private static final class SharingNodes extends JsonNodeFactory {
    private static final long serialVersionUID = 1L;
    private final transient Map<String, TextNode> nodes = new HashMap<>();
    private final transient SharedTexts texts;

    SharingNodes(SharedTexts texts) {
      this.texts = texts;
    }

    @Override
    public TextNode textNode(String text) {
      return text.length() > SHARED_LENGTH ? super.textNode(text) : nodes.computeIfAbsent(texts.intern(text), TextNode::valueOf);
    }
  }

  private final SchemaCheck schema;
  private final SharedTexts texts;
  private final SharingNodes nodes;
  private final ObjectReader trees;
  /** Binds an entry of each list, by the list's path. */
  private final Map<String, ObjectReader> binders = new HashMap<>();
  private final Map<String, List<?>> lists = new HashMap<>();
  /** Reads the entries that {@link SchemaCheck#entryRule} has a rule for, checking them as it goes. */
  private @Nullable CheckingParser checking;
  private PartwiseRead(SchemaCheck schema, long length) {
    this.schema = schema;
    this.texts = new SharedTexts(length);
    this.nodes = new SharingNodes(texts);
    // The parser does not look for a field written twice (the CheckingParser and these do): a tree
    // with one is refused as it is read.
    this.trees = Json.mapper().readerFor(JsonNode.class).with(nodes)
        .with(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    // An entry read through a CheckingParser ends where its list goes on.
    Binder.ENTRY_TYPES.forEach((list, type) -> binders.put(list, Json.mapper().readerFor(type)
        .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)));
  }

  /**
   * The dossier that {@code parser} reads, when it has no problem up to its consistency checks;
   * otherwise empty, and the caller reads it stage by stage: also when the text cannot be read,
   * which reading it again reports. The parser is not closed.
   */
  static Optional<Dossier> read(JsonParser parser, SchemaCheck schema) {
    return read(parser, schema, 0);
  }

  /**
   * The dossier that {@code parser} reads, as {@link #read(JsonParser, SchemaCheck)} gives it, from
   * a text of about {@code length} bytes or characters, which sizes the table of its texts.
   */
  static Optional<Dossier> read(JsonParser parser, SchemaCheck schema, long length) {
    try {
      return Optional.ofNullable(Json.sharingValues(() -> new PartwiseRead(schema, length).dossier(parser)));
    } catch (Exception e) {
      // A syntax error, a byte that is not UTF-8, a part that does not bind: the stages word each.
      return Optional.empty();
    }
  }

  private @Nullable Dossier dossier(JsonParser parser) throws IOException, GiveUp {
    // A field written twice is found by the checks (the CheckingParser, the trees' reader and
    // object), where the parser would keep a set of names for every object.
    parser.disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
    checking = new CheckingParser(parser, texts);
    if (parser.nextToken() != JsonToken.START_OBJECT) {
      return null;
    }
    ObjectNode root = object(parser, JsonPath.ROOT);
    if (parser.nextToken() != null) {
      return null;
    }
    Problems problems = new Problems();
    ScalarCheck.check(root, problems);
    if (!problems.isEmpty() || !schema.accepts(root)) {
      return null;
    }
    Optional<Dossier> dossier = Binder.bind(root, lists, problems);
    return problems.isEmpty() ? dossier.orElse(null) : null;
  }

  /**
   * The object that starts at the parser's current token, up to its end, with its lists of {@link
   * SchemaCheck#lists()} left empty and their entries bound into {@link #lists}.
   */
  private ObjectNode object(JsonParser parser, String path) throws IOException, GiveUp {
    ObjectNode object = nodes.objectNode();
    for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
      if (object.has(name)) {
        throw new GiveUp();
      }
      String at = JsonPath.field(path, name);
      JsonToken token = parser.nextToken();
      if (token == JsonToken.START_ARRAY && schema.lists().contains(at)) {
        lists.put(at, entries(parser, at));
        object.set(name, nodes.arrayNode());
      } else if (token == JsonToken.START_OBJECT && at.equals("$.jury")) {
        object.set(name, object(parser, at));
      } else {
        object.set(name, tree(parser));
      }
    }
    if (parser.currentToken() != JsonToken.END_OBJECT) {
      throw new GiveUp();
    }
    return object;
  }

  /** The entries of the list that starts at the parser's current token, each checked and bound. */
  private List<Object> entries(JsonParser parser, String list) throws IOException, GiveUp {
    SchemaRules.Rule rule = schema.entryRule(list);
    CheckingParser checked = checking;
    List<Object> bound = new ArrayList<>();
    if (rule != null && checked != null) {
      ObjectReader binder = binders.get(list);
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        checked.start(rule);
        Object value = binder.readValue(checked);
        if (value == null || !checked.accepted()) {
          throw new GiveUp();
        }
        bound.add(value);
      }
      return bound;
    }
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      JsonNode entry = tree(parser);
      Problems problems = new Problems();
      ScalarCheck.check(entry, problems);
      if (!problems.isEmpty() || !schema.acceptsEntry(list, entry)) {
        throw new GiveUp();
      }
      Object value = binders.get(list).readValue(entry);
      if (value == null) {
        throw new GiveUp();
      }
      bound.add(value);
    }
    return bound;
  }

  private JsonNode tree(JsonParser parser) throws IOException, GiveUp {
    JsonNode tree = trees.readValue(parser);
    if (tree == null) {
      throw new GiveUp();
    }
    return tree;
  }
}
