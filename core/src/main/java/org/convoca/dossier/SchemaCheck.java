package org.convoca.dossier;

import org.convoca.dossier.internal.Sentence;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import com.fasterxml.jackson.databind.JsonNode;
import org.jspecify.annotations.Nullable;

/**
 * Validates a parsed dossier against {@link DossierSchema} and words each violation for the person
 * who wrote the dossier. Compiled once; thread-safe.
 */
final class SchemaCheck {

  /** The key of the sentence that says what each pattern of the schema asks, by the pattern. */
  private static final Map<String, String> PATTERN_MEANINGS = Map.of(
      DossierSchema.ID_PATTERN, "pattern.id",
      "^[A-Z][A-Z0-9_]{0,63}$", "pattern.code",
      "^[A-Z]{2}-[A-Z0-9]{1,3}$", "pattern.jurisdiction",
      "^[A-Z]{3}$", "pattern.currency");

  /** The lists whose entries {@link #acceptsEntry} checks alone: the dossier's and its jury's. */
  private static final Map<String, String> LISTS_OF_PARTS = Map.of("$", "/properties", "$.jury", "/$defs/Jury/properties");

  private final Schema schema;
  /** The schema of an entry of each list that {@link #LISTS_OF_PARTS} hold, by the list's path ({@code $.proposals}). */
  private final Map<String, Schema> entries;
  /**
   * The same schemas as {@link #entries}, compiled to rules that a {@link CheckingParser} checks as
   * it reads; empty when the schema uses what {@link SchemaRules} does not know.
   */
  private final Map<String, SchemaRules.Rule> rules;

  private SchemaCheck(Schema schema, Map<String, Schema> entries, Map<String, SchemaRules.Rule> rules) {
    this.schema = schema;
    this.entries = entries;
    this.rules = rules;
  }

  static SchemaCheck load() {
    SchemaRegistryConfig config = SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build();
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(
        SpecificationVersion.DRAFT_2020_12, builder -> builder.schemaRegistryConfig(config));
    Schema schema;
    try (InputStream in = DossierSchema.asStream()) {
      schema = registry.getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // The schema of a list's entry is a part of the schema already compiled, found by its $ref.
    Map<String, Schema> entries = new HashMap<>();
    Map<String, String> refs = new HashMap<>();
    LISTS_OF_PARTS.forEach((owner, properties) -> schema.getSchemaNode().at(properties).properties().forEach(field -> {
      String entry = field.getValue().path("items").path("$ref").asText();
      if (onlyItems(field.getValue()) && entry.startsWith("#/")) {
        NodePath at = new NodePath(PathType.JSON_POINTER);
        for (String step : entry.substring(2).split("/")) {
          at = at.append(step);
        }
        entries.put(JsonPath.field(owner, field.getKey()), schema.getSubSchema(at));
        refs.put(JsonPath.field(owner, field.getKey()), entry);
      }
    }));
    return new SchemaCheck(schema, Map.copyOf(entries), compiled(schema.getSchemaNode(), refs));
  }

  /** The rule of each list's entry, by the list's path; none when the schema cannot be compiled. */
  private static Map<String, SchemaRules.Rule> compiled(JsonNode document, Map<String, String> refs) {
    try {
      Map<String, SchemaRules.Rule> byRef = SchemaRules.compile(document, Set.copyOf(refs.values()));
      Map<String, SchemaRules.Rule> rules = new HashMap<>();
      refs.forEach((list, ref) -> rules.put(list, byRef.get(ref)));
      return Map.copyOf(rules);
    } catch (SchemaRules.Unknown e) {
      return Map.of();
    }
  }

  /** Whether {@code list} is the schema of a list that asks nothing but the schema of its entries. */
  private static boolean onlyItems(JsonNode list) {
    Set<String> keywords = new HashSet<>();
    list.fieldNames().forEachRemaining(keywords::add);
    return list.path("type").asText().equals("array") && Set.of("type", "items", "description").containsAll(keywords);
  }

  /** The paths of the lists whose entries {@link #acceptsEntry} can check one at a time. */
  Set<String> lists() {
    return entries.keySet();
  }

  /**
   * The rule that an entry of the list at {@code list}, one of {@link #lists()}, must meet, as a
   * {@link CheckingParser} checks it; null when the schema could not be compiled to rules, and
   * then {@link #acceptsEntry} checks each entry.
   */
  SchemaRules.@Nullable Rule entryRule(String list) {
    return rules.get(list);
  }

  /** Whether {@code tree} agrees with the schema. */
  boolean accepts(JsonNode tree) {
    return schema.validate(tree).isEmpty();
  }

  /**
   * Whether {@code entry} agrees with the schema of an entry of the list at {@code list}, one of
   * {@link #lists()}. A dossier whose lists are all empty and that {@link #accepts}, with entries
   * that each this accepts, agrees with the schema as a whole: the schema says nothing of a list
   * of the dossier or its jury but the schema of its entries.
   */
  boolean acceptsEntry(String list, JsonNode entry) {
    return entries.get(list).validate(entry).isEmpty();
  }

  void check(JsonNode tree, Problems problems) {
    for (Error error : schema.validate(tree)) {
      String path = pathOf(error.getInstanceLocation());
      switch (error.getKeyword()) {
        case "required" -> problems.add(JsonPath.field(path, error.getProperty()), "field.required");
        case "additionalProperties" -> problems.add(JsonPath.field(path, error.getProperty()), "field.unknown");
        default -> problems.add(path, explain(error));
      }
    }
  }

  /**
   * What the violation {@code error} means, in a sentence of the problems bundles; a keyword the
   * schema does not use today keeps the validator's own message, which is English.
   */
  private static Sentence explain(Error error) {
    JsonNode value = error.getInstanceNode();
    JsonNode rule = error.getSchemaNode();
    return switch (error.getKeyword()) {
      case "type" -> ProblemText.of("mustBe.was", expectedTypes(rule), typeName(kindOf(value)));
      case "enum" -> ProblemText.of("mustBeOneOf.was", StreamSupport.stream(rule.spliterator(), false)
          .map(JsonNode::asText).collect(Collectors.joining(", ")), shown(value));
      case "const" -> ProblemText.of("mustBe.was", ProblemText.literal(rule.toString()), shown(value));
      case "pattern" -> PATTERN_MEANINGS.containsKey(rule.asText())
          ? ProblemText.of(PATTERN_MEANINGS.get(rule.asText()), shown(value))
          : ProblemText.of("pattern.other", rule.asText(), shown(value));
      case "minimum" -> ProblemText.of("minimum", rule.toString(), shown(value));
      case "exclusiveMinimum" -> ProblemText.of("exclusiveMinimum", rule.toString(), shown(value));
      case "maximum" -> ProblemText.of("maximum", rule.toString(), shown(value));
      case "minItems" -> ProblemText.of("minItems", rule.asInt(), value.size());
      case "format" -> ProblemText.of("mustBe.was",
          ProblemText.of("date".equals(rule.asText()) ? "type.date" : "type.instant"), shown(value));
      default -> ProblemText.literal(error.getMessage());
    };
  }

  private static Sentence shown(JsonNode value) {
    return Shown.value(value);
  }

  private static String kindOf(JsonNode value) {
    if (value.isNull()) {
      return "null";
    }
    if (value.isIntegralNumber()) {
      return "integer";
    }
    return value.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
  }

  /** The types a rule asks for, joined by "or". */
  private static Sentence expectedTypes(JsonNode rule) {
    if (!rule.isArray()) {
      return typeName(rule.asText());
    }
    Sentence types = null;
    for (int i = rule.size() - 1; i >= 0; i--) {
      Sentence type = typeName(rule.get(i).asText());
      types = types == null ? type : ProblemText.of("type.or", type, types);
    }
    return types == null ? ProblemText.literal("") : types;
  }

  /** The name of a JSON type as a message says it ("a whole number"), or the type as it is when unknown. */
  static Sentence typeName(String jsonType) {
    return switch (jsonType) {
      case "object", "array", "string", "number", "integer", "boolean" -> ProblemText.of("type." + jsonType);
      default -> ProblemText.literal(jsonType);
    };
  }

  static String pathOf(NodePath location) {
    String path = JsonPath.ROOT;
    for (int i = 0; i < location.getNameCount(); i++) {
      Object step = location.getElement(i);
      path = step instanceof Integer index ? JsonPath.index(path, index) : JsonPath.field(path, String.valueOf(step));
    }
    return path;
  }
}
