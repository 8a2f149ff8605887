package org.convoca.outcome;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The versions that produced an outcome ({@code producedBy}: a name such as {@code convoca} to its
 * version), compared with the versions running now. They are outside the comparison and the
 * fingerprint, so that a patch release can verify an older outcome; a difference is a note.
 */
final class ProducedByNote {

  private ProducedByNote() {}

  /**
   * {@return the note that {@code claimed} differs from {@code running}, such as "produced by Convoca
   * 0.1.0 with Drools 10.1.0; verified with Convoca 0.2.0 with Drools 10.2.0"; empty when the outcome
   * states no versions or the same ones}
   */
  static Optional<String> note(JsonNode claimed, Map<String, String> running) {
    if (claimed == null || !claimed.isObject()) {
      return Optional.empty();
    }
    Map<String, String> stated = new LinkedHashMap<>();
    claimed.fields().forEachRemaining(e -> stated.put(e.getKey(), e.getValue().isTextual()
        ? e.getValue().textValue() : e.getValue().toString()));
    if (stated.equals(running)) {
      return Optional.empty();
    }
    return Optional.of("produced by " + versions(stated) + "; verified with " + versions(running));
  }

  private static String versions(Map<String, String> versions) {
    if (versions.isEmpty()) {
      return "no stated versions";
    }
    return versions.entrySet().stream()
        .map(e -> Shown.text(name(e.getKey()) + " " + e.getValue()))
        .collect(Collectors.joining(" with "));
  }

  private static String name(String key) {
    return switch (key) {
      case "convoca" -> "Convoca";
      case "drools" -> "Drools";
      default -> key;
    };
  }
}
