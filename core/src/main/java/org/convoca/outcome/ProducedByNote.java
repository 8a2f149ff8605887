package org.convoca.outcome;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The versions that produced an outcome ({@code producedBy}: a name such as {@code convoca} to its
 * version), compared with the versions running now. They are outside the comparison and the
 * fingerprint, so that a patch release can verify an older outcome; a difference is a note. So is
 * the rule book named there ({@code book}, {@code rules}) when another one was run: a hint at the
 * {@code --book} and {@code --rules} to verify with.
 */
final class ProducedByNote {

  /** The fields of {@code producedBy} that name the rule book, not a version. */
  private static final Set<String> BOOK_FIELDS = Set.of("book", "rules");
  /** A bundled book's name as the command line takes it; anything else is not repeated as an option. */
  private static final String BOOK_NAME = "[A-Za-z0-9._-]{1,64}";

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
    claimed.fields().forEachRemaining(e -> {
      if (!BOOK_FIELDS.contains(e.getKey())) {
        stated.put(e.getKey(), e.getValue().isTextual() ? e.getValue().textValue() : e.getValue().toString());
      }
    });
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

  /**
   * {@return a hint at the rule book to verify with, when {@code claimed} (the published outcome's
   * {@code producedBy}) names another one than {@code recomputed} (this run's), such as "the outcome
   * was produced by the book 'horizon-europe'; run verify with --book horizon-europe"; empty when
   * the outcome names no book (it was written before {@code producedBy} named one) or the same one}
   */
  static Optional<String> bookHint(JsonNode claimed, JsonNode recomputed) {
    if (claimed == null || !claimed.isObject() || recomputed == null || !(claimed.has("book") || claimed.has("rules"))) {
      return Optional.empty();
    }
    String book = claimed.path("book").isTextual() ? claimed.path("book").textValue() : "";
    String mine = recomputed.path("book").isTextual() ? recomputed.path("book").textValue() : "";
    List<String> rules = texts(claimed.path("rules"));
    List<String> myRules = texts(recomputed.path("rules"));
    if (book.equals(mine) && rules.equals(myRules)) {
      return Optional.empty();
    }
    String folders = rules.isEmpty() ? "" : " with rule folders holding " + Shown.text(String.join(", ", rules));
    if (book.isEmpty()) {
      return Optional.of("the outcome was produced by rule folders alone, without a bundled book, holding "
          + Shown.text(String.join(", ", rules)) + "; verify it with a book of those folders alone (RuleBook.ownRules)");
    }
    String shown = Shown.text(book);
    String option = book.matches(BOOK_NAME) ? "--book " + book : "the --book that names it";
    if (!book.equals(mine)) {
      return Optional.of("the outcome was produced by the book '" + shown + "'" + folders + "; run verify with " + option
          + (rules.isEmpty() ? "" : " and --rules folders holding those files"));
    }
    return Optional.of("the outcome was produced by the book '" + shown + "'"
        + (rules.isEmpty() ? " without rule folders; run verify without --rules"
            : folders + "; run verify with --rules folders holding those files"));
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    if (array.isArray()) {
      array.forEach(n -> texts.add(n.isTextual() ? n.textValue() : n.toString()));
    }
    return texts;
  }
}
