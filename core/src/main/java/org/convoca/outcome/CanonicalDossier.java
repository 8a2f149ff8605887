package org.convoca.outcome;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.convoca.dossier.Dossier;
import org.convoca.dossier.Json;

/**
 * The dossier as canonical JSON: the same bytes for the same content, whatever the order of its
 * keys and of its unordered lists.
 *
 * <ul>
 *   <li>Object keys are sorted at every level.
 *   <li>The lists that are sets — {@code governments}, {@code courses}, {@code people},
 *       {@code completions}, {@code proposals}, {@code progressReports}, and the jury's
 *       {@code jurors}, {@code scores} and {@code overrides} — are sorted by their {@code id} (when
 *       the elements have one) and then by their canonical text. Other lists keep their order,
 *       because it means something (criteria, tie-break steps, a proposal's themes).
 *   <li>Decimals are written plain, without trailing zeros ({@code 50.0} as {@code 50}).
 *   <li>Compact: no spaces or line breaks; UTF-8.
 * </ul>
 */
public final class CanonicalDossier {

  private static final Set<String> TOP_LEVEL_SETS =
      Set.of("governments", "courses", "people", "completions", "proposals", "progressReports");
  private static final Set<String> JURY_SETS = Set.of("jurors", "scores", "overrides");
  private static final ObjectWriter COMPACT = Json.mapper().writer()
      .without(SerializationFeature.INDENT_OUTPUT)
      .with(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN);

  private CanonicalDossier() {}

  /** The canonical JSON bytes of {@code dossier}, UTF-8. */
  public static byte[] bytes(Dossier dossier) {
    return write(tree(dossier));
  }

  /** The canonical JSON tree of {@code dossier}. */
  public static JsonNode tree(Dossier dossier) {
    ObjectNode root = (ObjectNode) canonical(Json.mapper().valueToTree(dossier));
    sortSets(root, TOP_LEVEL_SETS);
    if (root.get("jury") instanceof ObjectNode jury) {
      sortSets(jury, JURY_SETS);
    }
    return root;
  }

  private static void sortSets(ObjectNode node, Set<String> names) {
    for (String name : names) {
      if (node.get(name) instanceof ArrayNode array) {
        List<Keyed> elements = new ArrayList<>();
        array.forEach(e -> elements.add(new Keyed(e.path("id").asText(""), new String(write(e), UTF_8), e)));
        elements.sort(Comparator.comparing(Keyed::id).thenComparing(Keyed::text));
        ArrayNode sorted = JsonNodeFactory.instance.arrayNode();
        elements.forEach(k -> sorted.add(k.node()));
        node.set(name, sorted);
      }
    }
  }

  private record Keyed(String id, String text, JsonNode node) {}

  private static JsonNode canonical(JsonNode node) {
    if (node.isObject()) {
      Map<String, JsonNode> fields = new TreeMap<>();
      node.properties().forEach(e -> fields.put(e.getKey(), canonical(e.getValue())));
      ObjectNode sorted = JsonNodeFactory.instance.objectNode();
      fields.forEach(sorted::set);
      return sorted;
    }
    if (node.isArray()) {
      ArrayNode copy = JsonNodeFactory.instance.arrayNode();
      node.forEach(e -> copy.add(canonical(e)));
      return copy;
    }
    if (node.isBigDecimal()) {
      BigDecimal d = node.decimalValue();
      return JsonNodeFactory.instance.numberNode(d.signum() == 0 ? BigDecimal.ZERO : d.stripTrailingZeros());
    }
    return node;
  }

  static byte[] write(JsonNode node) {
    try {
      return COMPACT.writeValueAsBytes(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
