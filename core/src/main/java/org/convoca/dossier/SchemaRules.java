package org.convoca.dossier;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.format.DateFormat;
import com.networknt.schema.format.DateTimeFormat;
import com.networknt.schema.format.Format;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The constraints of {@link DossierSchema}, compiled once into plain rules that a {@link
 * CheckingParser} applies to each token as it is read: the same checks the JSON Schema validator
 * makes, without building a tree or a path for each value.
 *
 * <p>It knows only the keywords the schema uses today ({@code type}, {@code properties}, {@code
 * required}, {@code additionalProperties}, {@code items}, {@code minItems}, {@code enum} of texts,
 * a whole-number {@code const}, {@code minimum}, {@code exclusiveMinimum}, {@code maximum}, {@code
 * pattern} anchored at both ends, the {@code date} and {@code date-time} formats, and a {@code
 * $ref} to one of its {@code $defs}); a schema that uses any other is not compiled, and the reader
 * then validates with the validator alone. Where it could differ from the validator it is the
 * stricter: it accepts a whole number only as written without a point or an exponent, and a
 * pattern ends at the end of the text, as the validator's does. What it accepts the validator
 * accepts; what it refuses, the reader sends to the validator.
 */
final class SchemaRules {

  static final int OBJECT = 1;
  static final int ARRAY = 2;
  static final int STRING = 4;
  static final int INTEGER = 8;
  static final int NUMBER = 16;
  static final int BOOLEAN = 32;
  static final int NULL = 64;
  private static final int ANY_TYPE = OBJECT | ARRAY | STRING | INTEGER | NUMBER | BOOLEAN | NULL;

  private static final Set<String> KNOWN = Set.of("description", "title", "type", "properties", "required",
      "additionalProperties", "items", "minItems", "enum", "const", "minimum", "exclusiveMinimum", "maximum",
      "pattern", "format", "$ref");
  private static final Set<String> NOTES = Set.of("description", "title");

  /**
   * A field that a rule's {@code properties} name, as a reading meets it: its rule, its bit among
   * the rule's required fields (0 when it is optional), whether it holds prose ({@link
   * ControlCharacters#PROSE_FIELDS}), and its own bit among the fields the rule names, by which a
   * reading finds it written twice in one object (0 beyond the 64th, which a reading finds by
   * name). Only a name that {@link ControlCharacters} accepts is one.
   */
  record Field(Rule rule, long bit, boolean prose, long once) {}

  /** What one schema asks of a value. */
  static final class Rule {
    /** The value's kinds that are allowed, a union of {@link #OBJECT}, {@link #ARRAY}... */
    private int types = ANY_TYPE;
    private Map<String, Rule> properties = Map.of();
    private String[] required = new String[0];
    /** The fields {@link #properties} names whose names are accepted, as a reading meets them. */
    private Map<String, Field> fields = Map.of();
    /** Whether a field that {@link #properties} does not name is refused. */
    private boolean closed;
    /** The rule of a field that {@link #properties} does not name, when not {@link #closed}. */
    private Rule additional = ANY;
    private Rule items = ANY;
    private int minItems;
    private @Nullable Set<String> texts;
    private @Nullable Long constant;
    private @Nullable BigDecimal minimum;
    private @Nullable BigDecimal exclusiveMinimum;
    private @Nullable BigDecimal maximum;
    private @Nullable Pattern pattern;
    private @Nullable Format format;

    /** {@return the kinds of value allowed, a union of {@link #OBJECT}, {@link #ARRAY}...} */
    int types() {
      return types;
    }

    /** {@return the fields an object must have} */
    String[] required() {
      return required;
    }

    /** {@return the rule of each entry of an array} */
    Rule items() {
      return items;
    }

    /** {@return the fewest entries an array may have} */
    int minItems() {
      return minItems;
    }

    /** {@return every bit of {@link #required}: what an object has when it has all its required fields} */
    long allRequired() {
      return (1L << required.length) - 1;
    }

    /**
     * The field {@code name} when {@code properties} names it and its name is accepted; null
     * otherwise, for {@link #field} to say.
     */
    @Nullable Field named(String name) {
      return fields.get(name);
    }

    /** The rule of the field {@code name}, or null when the field is refused. */
    @Nullable Rule field(String name) {
      Rule rule = properties.get(name);
      return rule != null ? rule : closed ? null : additional;
    }

    /** Whether {@code text}, a string this rule's types allow, meets its other constraints. */
    boolean acceptsText(String text) {
      return (texts == null || texts.contains(text))
          && constant == null
          && (pattern == null || pattern.matcher(text).find())
          && (format == null || format.matches(null, text));
    }

    /** Whether {@code number} meets the rule's constraints on numbers; {@code integral} when written whole. */
    boolean acceptsNumber(BigDecimal number, boolean integral) {
      return texts == null
          && (constant == null || (integral && number.compareTo(BigDecimal.valueOf(constant)) == 0))
          && (minimum == null || number.compareTo(minimum) >= 0)
          && (exclusiveMinimum == null || number.compareTo(exclusiveMinimum) > 0)
          && (maximum == null || number.compareTo(maximum) <= 0);
    }

    /** Whether the rule asks anything of a number beyond its type. */
    boolean limitsNumbers() {
      return texts != null || constant != null || minimum != null || exclusiveMinimum != null || maximum != null;
    }

    /** Whether a value that is neither a text nor a number meets the rule's other constraints. */
    boolean acceptsOther() {
      return texts == null && constant == null;
    }
  }

  /** The rule of a schema that asks nothing. */
  static final Rule ANY = new Rule();

  private final JsonNode root;
  private final Map<String, Rule> defs = new HashMap<>();

  private SchemaRules(JsonNode root) {
    this.root = root;
  }

  /** Thrown when the schema uses a keyword, or a form of one, that these rules do not know. */
  static final class Unknown extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unknown(String what) {
      super(what);
    }
  }

  /**
   * The rule of each schema of {@code refs} (such as {@code #/$defs/Proposal}), by the ref, compiled
   * from the schema document {@code root}.
   *
   * @throws Unknown when the schema uses what these rules cannot check
   */
  static Map<String, Rule> compile(JsonNode root, Set<String> refs) {
    SchemaRules rules = new SchemaRules(root);
    Map<String, Rule> compiled = new HashMap<>();
    for (String ref : refs) {
      compiled.put(ref, rules.ref(ref));
    }
    return compiled;
  }

  private Rule ref(String ref) {
    Rule known = defs.get(ref);
    if (known != null) {
      return known;
    }
    if (!ref.startsWith("#/$defs/") || ref.indexOf('/', "#/$defs/".length()) >= 0) {
      throw new Unknown("$ref " + ref);
    }
    JsonNode schema = root.path("$defs").path(ref.substring("#/$defs/".length()));
    if (!schema.isObject()) {
      throw new Unknown("$ref " + ref);
    }
    Rule rule = new Rule();
    defs.put(ref, rule);  // before its parts, which may refer to it
    fill(rule, schema);
    return rule;
  }

  private Rule rule(JsonNode schema) {
    if (schema.isBoolean() && schema.booleanValue()) {
      return ANY;
    }
    if (!schema.isObject()) {
      throw new Unknown("schema " + schema);
    }
    if (schema.has("$ref")) {
      List<String> others = new ArrayList<>();
      schema.fieldNames().forEachRemaining(others::add);
      others.remove("$ref");
      if (!NOTES.containsAll(others) || !schema.get("$ref").isTextual()) {
        throw new Unknown("$ref beside " + others);
      }
      return ref(schema.get("$ref").textValue());
    }
    Rule rule = new Rule();
    fill(rule, schema);
    return rule;
  }

  private void fill(Rule rule, JsonNode schema) {
    schema.fieldNames().forEachRemaining(keyword -> {
      if (!KNOWN.contains(keyword) || keyword.equals("$ref")) {
        throw new Unknown(keyword);
      }
    });
    if (schema.has("type")) {
      rule.types = types(schema.get("type"));
    }
    JsonNode properties = schema.path("properties");
    if (!properties.isMissingNode()) {
      if (!properties.isObject()) {
        throw new Unknown("properties");
      }
      Map<String, Rule> fields = new HashMap<>();
      properties.properties().forEach(field -> fields.put(field.getKey(), rule(field.getValue())));
      rule.properties = Map.copyOf(fields);
    }
    JsonNode required = schema.path("required");
    if (!required.isMissingNode()) {
      Set<String> names = new HashSet<>();
      for (JsonNode name : required) {
        if (!name.isTextual()) {
          throw new Unknown("required");
        }
        names.add(name.textValue());
      }
      if (!required.isArray() || names.size() > 62) {
        throw new Unknown("required");
      }
      rule.required = names.toArray(String[]::new);
    }
    JsonNode additional = schema.path("additionalProperties");
    if (additional.isBoolean()) {
      rule.closed = !additional.booleanValue();
    } else if (!additional.isMissingNode()) {
      rule.additional = rule(additional);
    }
    if (schema.has("items")) {
      rule.items = rule(schema.get("items"));
    }
    if (schema.has("minItems")) {
      if (!schema.get("minItems").canConvertToExactIntegral()) {
        throw new Unknown("minItems");
      }
      rule.minItems = schema.get("minItems").intValue();
    }
    if (schema.has("enum")) {
      Set<String> texts = new HashSet<>();
      for (JsonNode value : schema.get("enum")) {
        if (!value.isTextual()) {
          throw new Unknown("enum");
        }
        texts.add(value.textValue());
      }
      rule.texts = Set.copyOf(texts);
    }
    fields(rule);
    if (schema.has("const")) {
      if (!schema.get("const").isIntegralNumber() || !schema.get("const").canConvertToLong()) {
        throw new Unknown("const");
      }
      rule.constant = schema.get("const").longValue();
    }
    rule.minimum = bound(schema, "minimum");
    rule.exclusiveMinimum = bound(schema, "exclusiveMinimum");
    rule.maximum = bound(schema, "maximum");
    if (schema.has("pattern")) {
      rule.pattern = pattern(schema.get("pattern"));
    }
    if (schema.has("format")) {
      rule.format = switch (schema.get("format").asText()) {
        case "date" -> new DateFormat();
        case "date-time" -> new DateTimeFormat();
        default -> throw new Unknown("format " + schema.get("format"));
      };
    }
  }

  /** Fills {@code rule}'s {@link Rule#fields} from its properties and required fields. */
  private static void fields(Rule rule) {
    Map<String, Field> fields = new HashMap<>();
    rule.properties.forEach((name, field) -> {
      if (ControlCharacters.firstRefused(name, false) < 0) {
        long bit = 0;
        for (int i = 0; i < rule.required.length; i++) {
          if (rule.required[i].equals(name)) {
            bit = 1L << i;
          }
        }
        int index = fields.size();
        fields.put(name, new Field(field, bit, ControlCharacters.PROSE_FIELDS.contains(name), index < 64 ? 1L << index : 0));
      }
    });
    rule.fields = fields;
  }

  private static int types(JsonNode type) {
    if (type.isTextual()) {
      return type(type.textValue());
    }
    int types = 0;
    for (JsonNode each : type) {
      if (!each.isTextual()) {
        throw new Unknown("type " + type);
      }
      types |= type(each.textValue());
    }
    if (!type.isArray() || types == 0) {
      throw new Unknown("type " + type);
    }
    return types;
  }

  /** The kinds of token a JSON type allows: a number may be written whole or with a point. */
  private static int type(String name) {
    return switch (name) {
      case "object" -> OBJECT;
      case "array" -> ARRAY;
      case "string" -> STRING;
      case "integer" -> INTEGER;
      case "number" -> NUMBER | INTEGER;
      case "boolean" -> BOOLEAN;
      case "null" -> NULL;
      default -> throw new Unknown("type " + name);
    };
  }

  private static @Nullable BigDecimal bound(JsonNode schema, String keyword) {
    JsonNode bound = schema.get(keyword);
    if (bound == null) {
      return null;
    }
    if (!bound.isNumber()) {
      throw new Unknown(keyword);
    }
    return bound.decimalValue();
  }

  /**
   * A pattern anchored at both ends ({@code ^...$}), whose end is made the end of the text: the
   * validator does the same, so that a line break after the text does not match.
   */
  private static Pattern pattern(JsonNode pattern) {
    String regex = pattern.asText();
    String inner = regex.substring(0, Math.max(0, regex.length() - 1));
    if (!pattern.isTextual() || !regex.startsWith("^") || !regex.endsWith("$") || inner.endsWith("\\")
        || inner.indexOf('$') >= 0) {
      throw new Unknown("pattern " + regex);
    }
    return Pattern.compile(inner + "\\z");
  }
}
