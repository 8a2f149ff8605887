package org.convoca.dossier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Where one {@link CallChanges} setting writes in a call's JSON: the object and field, the JSON
 * path, whether {@code none} may remove it, whether it is an amount of money, and the criterion
 * whose weight it is, if it is one.
 */
record CallTarget(String path, ObjectNode parent, String field, boolean removable, boolean money,
    Optional<String> weightOf) {

  private static final String NONE = "none";
  private static final String CALL = "$.call";
  private static final List<String> CRITERION_FIELDS = List.of("weight", "maxPoints", "threshold", "rankingFactor");
  private static final List<String> REMOVABLE_CRITERION_FIELDS = List.of("threshold", "rankingFactor");
  private static final List<String> POLICY_FIELDS = List.of("slots", "totalBudget", "perJurisdictionCap",
      "perGovernmentCap", "minJurisdictions", "waitlistLength");
  private static final List<String> REMOVABLE_POLICY_FIELDS = List.of("totalBudget", "perJurisdictionCap",
      "perGovernmentCap");
  private static final String KEYS = "<criterion>.weight, <criterion>.maxPoints, <criterion>.threshold, "
      + "<criterion>.rankingFactor, overallThreshold, maxTotal, fundingCeiling, policy.<field>, parameters.<name> "
      + "or tracks.<track>.places";
  /** The most digits a number set takes on either side of its decimal point. */
  private static final int MAX_DIGITS = 30;
  private static final String WHOLE = "-?[0-9]{1," + MAX_DIGITS + "}";
  private static final String DECIMAL = WHOLE + "\\.[0-9]{1," + MAX_DIGITS + "}";

  /**
   * Where {@code key} writes in {@code call}, the call's JSON object.
   *
   * @throws IllegalArgumentException when it names nothing in the call, saying what it could name
   */
  static CallTarget of(String key, ObjectNode call) {
    if (key.equals("overallThreshold")) {
      return new CallTarget(CALL + ".overallThreshold", call, key, false, false, Optional.empty());
    }
    if (key.equals("maxTotal")) {
      return new CallTarget(CALL + ".maxTotal", call, key, true, false, Optional.empty());
    }
    if (key.equals("fundingCeiling")) {
      return new CallTarget(CALL + ".fundingCeiling", call, key, false, true, Optional.empty());
    }
    if (key.startsWith("policy.")) {
      String field = key.substring("policy.".length());
      if (!POLICY_FIELDS.contains(field)) {
        throw new IllegalArgumentException("the policy has no field '" + field + "'; its fields are "
            + String.join(", ", POLICY_FIELDS));
      }
      return new CallTarget(CALL + ".policy." + field, (ObjectNode) call.get("policy"), field,
          REMOVABLE_POLICY_FIELDS.contains(field), field.equals("totalBudget"), Optional.empty());
    }
    if (key.startsWith("parameters.") && key.length() > "parameters.".length()) {
      String name = key.substring("parameters.".length());
      JsonNode parameters = call.get("parameters");
      ObjectNode parent = parameters instanceof ObjectNode object ? object : call.putObject("parameters");
      return new CallTarget(JsonPath.field(CALL + ".parameters", name), parent, name, true, false, Optional.empty());
    }
    if (key.startsWith("tracks.")) {
      return track(key.substring("tracks.".length()), call);
    }
    return criterion(key.startsWith("criteria.") ? key.substring("criteria.".length()) : key, call);
  }

  private static CallTarget track(String rest, ObjectNode call) {
    int dot = rest.lastIndexOf('.');
    if (dot <= 0 || !rest.substring(dot + 1).equals("places")) {
      throw new IllegalArgumentException("a track's key is tracks.<track>.places");
    }
    String id = rest.substring(0, dot);
    int index = indexOf((ArrayNode) call.get("tracks"), id, "track", "tracks");
    return new CallTarget(CALL + ".tracks[" + index + "].places", (ObjectNode) call.get("tracks").get(index), "places",
        false, false, Optional.empty());
  }

  private static CallTarget criterion(String rest, ObjectNode call) {
    int dot = rest.lastIndexOf('.');
    if (dot <= 0) {
      throw new IllegalArgumentException("unknown key; a key is " + KEYS);
    }
    String id = rest.substring(0, dot);
    String field = rest.substring(dot + 1);
    if (!CRITERION_FIELDS.contains(field)) {
      throw new IllegalArgumentException("unknown key; a key is " + KEYS);
    }
    ArrayNode criteria = (ArrayNode) call.get("criteria");
    int index = indexOf(criteria, id, "criterion", "criteria");
    return new CallTarget(CALL + ".criteria[" + index + "]." + field, (ObjectNode) criteria.get(index), field,
        REMOVABLE_CRITERION_FIELDS.contains(field), false, field.equals("weight") ? Optional.of(id) : Optional.empty());
  }

  private static int indexOf(ArrayNode array, String id, String what, String whats) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      String each = array.get(i).path("id").asText();
      if (each.equals(id)) {
        return i;
      }
      ids.add(each);
    }
    throw new IllegalArgumentException("the call has no " + what + " '" + id + "'; its " + whats + " are "
        + (ids.isEmpty() ? "none" : ids.stream().collect(Collectors.joining(", "))));
  }

  /**
   * Writes {@code value} here: removes the field for {@code none}; an amount of money keeps its
   * currency, or takes the funding ceiling's.
   *
   * @throws IllegalArgumentException when {@code none} is given for a field that cannot be removed
   */
  void set(String value, ObjectNode call) {
    if (value.equals(NONE)) {
      if (!removable) {
        throw new IllegalArgumentException(path + " cannot be removed: none removes only a criterion's threshold or "
            + "rankingFactor, maxTotal, the budget, a cap or a parameter");
      }
      parent.remove(field);
      return;
    }
    JsonNode node = node(value);
    if (!money) {
      parent.set(field, node);
      return;
    }
    JsonNode present = parent.get(field);
    ObjectNode amount = present instanceof ObjectNode object ? object
        : parent.putObject(field).put("currency", call.path("fundingCeiling").path("currency").asText());
    amount.set("amount", node);
  }

  /** Whether this is the call's {@code maxTotal}, which the weights must sum to. */
  boolean isMaxTotal() {
    return path.equals(CALL + ".maxTotal");
  }

  /** Whether this is a criterion's weight. */
  boolean isWeight() {
    return weightOf.isPresent();
  }

  /**
   * The JSON value {@code value} stands for: a whole or decimal number, a boolean, or text ({@code "..."} always text).
   *
   * @throws IllegalArgumentException when it looks like a number in a form not taken (a sign {@code +}, an
   *     exponent, more than {@value #MAX_DIGITS} digits on a side of the point), saying which form is
   */
  static JsonNode node(String value) {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
      return nodes.textNode(value.substring(1, value.length() - 1));
    }
    if (value.equals("true") || value.equals("false")) {
      return nodes.booleanNode(Boolean.parseBoolean(value));
    }
    if (value.matches(WHOLE)) {
      return nodes.numberNode(new BigDecimal(value).toBigIntegerExact());
    }
    if (value.matches(DECIMAL)) {
      return nodes.numberNode(new BigDecimal(value));
    }
    if (value.matches("[-+]?[0-9]*\\.?[0-9]*([eE][-+]?[0-9]*)?") && value.chars().anyMatch(Character::isDigit)) {
      throw new IllegalArgumentException("a number is written as a plain decimal, such as 30, -2 or 12.5, with no "
          + "sign + and no exponent, and at most " + MAX_DIGITS + " digits on each side of the point (write \"...\" "
          + "for text)");
    }
    return nodes.textNode(value);
  }
}
