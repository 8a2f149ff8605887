package org.convoca.dossier;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Validates a parsed dossier against {@link DossierSchema} and words each violation for the person
 * who wrote the dossier. Compiled once; thread-safe.
 */
final class SchemaCheck {

  private static final Map<String, String> PATTERN_MEANINGS = Map.of(
      DossierSchema.ID_PATTERN, "must " + DossierSchema.ID_RULE,
      "^[A-Z][A-Z0-9_]{0,63}$", "must be an upper-case code of at most 64 characters such as OPEN_DATA",
      "^[A-Z]{2}-[A-Z0-9]{1,3}$", "must be an ISO 3166-2 code such as AR-X",
      "^[A-Z]{3}$", "must be an ISO 4217 code such as ARS");

  private final Schema schema;

  private SchemaCheck(Schema schema) {
    this.schema = schema;
  }

  static SchemaCheck load() {
    SchemaRegistryConfig config = SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build();
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(
        SpecificationVersion.DRAFT_2020_12, builder -> builder.schemaRegistryConfig(config));
    try (InputStream in = DossierSchema.asStream()) {
      return new SchemaCheck(registry.getSchema(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void check(JsonNode tree, Problems problems) {
    for (Error error : schema.validate(tree)) {
      String path = pathOf(error.getInstanceLocation());
      switch (error.getKeyword()) {
        case "required", "additionalProperties" -> problems.add(
            JsonPath.field(path, error.getProperty()),
            error.getKeyword().equals("required") ? "is required" : "is not a known field");
        default -> problems.add(path, explain(error));
      }
    }
  }

  private static String explain(Error error) {
    JsonNode value = error.getInstanceNode();
    JsonNode rule = error.getSchemaNode();
    String was = ", was " + shown(value);
    return switch (error.getKeyword()) {
      case "type" -> "must be " + expectedTypes(rule) + ", was " + typeName(kindOf(value));
      case "enum" -> "must be one of " + StreamSupport.stream(rule.spliterator(), false)
          .map(JsonNode::asText).collect(Collectors.joining(", ")) + was;
      case "const" -> "must be " + rule + was;
      case "pattern" -> PATTERN_MEANINGS.getOrDefault(rule.asText(), "must match " + rule.asText()) + was;
      case "minimum" -> "must be at least " + rule + was;
      case "exclusiveMinimum" -> "must be more than " + rule + was;
      case "maximum" -> "must be at most " + rule + was;
      case "minItems" -> "must hold at least " + rule + (rule.asInt() == 1 ? " entry" : " entries")
          + ", holds " + value.size();
      case "format" -> "date".equals(rule.asText())
          ? "must be a real day written YYYY-MM-DD" + was
          : "must be an instant with its offset, such as 2021-03-01T12:00:00Z" + was;
      default -> error.getMessage();
    };
  }

  private static String shown(JsonNode value) {
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

  private static String expectedTypes(JsonNode rule) {
    if (!rule.isArray()) {
      return typeName(rule.asText());
    }
    return StreamSupport.stream(rule.spliterator(), false)
        .map(t -> typeName(t.asText())).collect(Collectors.joining(" or "));
  }

  private static String typeName(String jsonType) {
    return switch (jsonType) {
      case "object" -> "an object";
      case "array" -> "a list";
      case "string" -> "a string";
      case "number" -> "a number";
      case "integer" -> "a whole number";
      case "boolean" -> "true or false";
      case "null" -> "null";
      default -> jsonType;
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
