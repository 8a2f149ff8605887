package org.convoca.outcome;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.convoca.dossier.TextInput;
import org.convoca.dossier.TextInputException;
import org.convoca.dossier.internal.Json;

/**
 * An outcome someone published, as {@code outcome.json} holds it, to be {@linkplain
 * Verification#of verified} against the outcome recomputed from its dossier.
 *
 * <p>It is read as JSON and checked for the shape every outcome has: an object with a
 * {@code fingerprint} (text), a {@code selected} list of ids (texts) and a {@code proposals} list of
 * objects, each with an {@code id} (text) listed once. Nothing else is checked here: every other
 * field is compared with the recomputed outcome, whatever it holds.
 */
public final class ClaimedOutcome {

  /** The largest outcome file read, in bytes. */
  public static final int MAX_BYTES = 256 * 1024 * 1024;

  private final String source;
  private final JsonNode tree;

  private ClaimedOutcome(String source, JsonNode tree) {
    this.source = source;
    this.tree = tree;
  }

  /**
   * Reads the outcome in {@code file}.
   *
   * @param file the outcome file, UTF-8; not null
   * @return the claimed outcome
   * @throws InvalidOutcomeException when the file cannot be read (never an {@code IOException}), is
   *     larger than {@link #MAX_BYTES}, or is not an outcome
   */
  public static ClaimedOutcome read(Path file) {
    String text;
    try {
      text = TextInput.read(file, MAX_BYTES);
    } catch (NoSuchFileException e) {
      throw new InvalidOutcomeException(file + ": no such file");
    } catch (AccessDeniedException e) {
      throw new InvalidOutcomeException(file + ": permission denied");
    } catch (TextInputException e) {
      throw new InvalidOutcomeException(file + ": " + e.getMessage());
    } catch (IOException e) {
      throw new InvalidOutcomeException(file + ": cannot read: " + Shown.plain(e.getMessage()));
    }
    return parse(text, file.toString());
  }

  /**
   * Reads the outcome in {@code json}.
   *
   * @param json the outcome's JSON text; not null
   * @param source what to call the text in messages, such as its file name; not null
   * @return the claimed outcome
   * @throws InvalidOutcomeException when {@code json} is not an outcome
   */
  public static ClaimedOutcome parse(String json, String source) {
    JsonNode tree;
    try {
      tree = Json.mapper().readTree(json);
    } catch (JsonProcessingException e) {
      var at = e.getLocation();
      throw new InvalidOutcomeException(source + ": not JSON"
          + (at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr()) + ": "
          + Shown.plain(e.getOriginalMessage().replaceAll("\\[Source: [^;\\]]*; ", "[")));
    }
    if (tree == null || tree.isMissingNode()) {
      throw new InvalidOutcomeException(source + ": not JSON: the file is empty");
    }
    return new ClaimedOutcome(source, checked(tree, source));
  }

  /** {@return what the outcome is called in messages: its file, as given} */
  public String source() {
    return source;
  }

  /** {@return the fingerprint the outcome claims} */
  public String fingerprint() {
    return tree.get("fingerprint").textValue();
  }

  /** {@return the outcome format the file states ({@code formatVersion}); empty when it states none} */
  public Optional<Integer> formatVersion() {
    JsonNode version = tree.get("formatVersion");
    return version != null && version.canConvertToExactIntegral() && version.canConvertToInt()
        ? Optional.of(version.intValue()) : Optional.empty();
  }

  JsonNode tree() {
    return tree;
  }

  private static JsonNode checked(JsonNode tree, String source) {
    String notAnOutcome = source + ": not an outcome: ";
    if (!tree.isObject()) {
      throw new InvalidOutcomeException(notAnOutcome + "$ must be an object, was " + kind(tree));
    }
    text(tree, "fingerprint", "$.fingerprint", notAnOutcome);
    JsonNode version = tree.get("formatVersion");
    if (version != null && !(version.canConvertToExactIntegral() && version.canConvertToInt())) {
      throw new InvalidOutcomeException(notAnOutcome + "$.formatVersion must be a whole number, was " + kind(version));
    }
    JsonNode selected = list(tree, "selected", "$.selected", notAnOutcome);
    for (int i = 0; i < selected.size(); i++) {
      if (!selected.get(i).isTextual()) {
        throw new InvalidOutcomeException(notAnOutcome + "$.selected[" + i + "] must be a proposal id (text), was "
            + kind(selected.get(i)));
      }
    }
    JsonNode proposals = list(tree, "proposals", "$.proposals", notAnOutcome);
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < proposals.size(); i++) {
      String where = "$.proposals[" + i + "]";
      if (!proposals.get(i).isObject()) {
        throw new InvalidOutcomeException(notAnOutcome + where + " must be an object, was " + kind(proposals.get(i)));
      }
      String id = text(proposals.get(i), "id", where + ".id", notAnOutcome);
      if (!ids.add(id)) {
        throw new InvalidOutcomeException(notAnOutcome + where + ".id: " + Shown.value(proposals.get(i).get("id"))
            + " is listed twice");
      }
    }
    return tree;
  }

  private static String text(JsonNode parent, String field, String where, String prefix) {
    JsonNode value = parent.get(field);
    if (value == null) {
      throw new InvalidOutcomeException(prefix + where + " is missing");
    }
    if (!value.isTextual()) {
      throw new InvalidOutcomeException(prefix + where + " must be text, was " + kind(value));
    }
    return value.textValue();
  }

  private static JsonNode list(JsonNode parent, String field, String where, String prefix) {
    JsonNode value = parent.get(field);
    if (value == null) {
      throw new InvalidOutcomeException(prefix + where + " is missing");
    }
    if (!value.isArray()) {
      throw new InvalidOutcomeException(prefix + where + " must be a list, was " + kind(value));
    }
    return value;
  }

  private static String kind(JsonNode node) {
    return switch (node.getNodeType()) {
      case ARRAY -> "a list";
      case OBJECT -> "an object";
      case NUMBER -> "a number";
      case BOOLEAN -> "true or false";
      case NULL -> "null";
      case STRING -> "text";
      default -> "something else";
    };
  }
}
