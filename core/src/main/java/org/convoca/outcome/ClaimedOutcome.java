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
import org.convoca.dossier.internal.Sentence;

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
      throw invalid(file.toString(), "file.noSuchFile");
    } catch (AccessDeniedException e) {
      throw invalid(file.toString(), "file.permissionDenied");
    } catch (TextInputException e) {
      throw new InvalidOutcomeException(file.toString(), switch (e.kind()) {
        case NOT_A_REGULAR_FILE -> sentence("file.notRegular");
        case TOO_LARGE -> sentence("file.tooLarge", e.limit());
        case NOT_UTF8 -> sentence("file.notUtf8", String.valueOf(e.line()), String.valueOf(e.column()));
      });
    } catch (IOException e) {
      throw invalid(file.toString(), "file.cannotRead", Shown.plain(e.getMessage()));
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
      String why = Shown.plain(e.getOriginalMessage().replaceAll("\\[Source: [^;\\]]*; ", "["));
      throw at == null ? invalid(source, "json.invalid", why)
          : invalid(source, "json.invalidAt", String.valueOf(at.getLineNr()), String.valueOf(at.getColumnNr()), why);
    }
    if (tree == null || tree.isMissingNode()) {
      throw invalid(source, "json.empty");
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
    if (!tree.isObject()) {
      throw invalid(source, "shape.object", "$", kind(tree));
    }
    text(tree, "fingerprint", "$.fingerprint", source);
    JsonNode version = tree.get("formatVersion");
    if (version != null && !(version.canConvertToExactIntegral() && version.canConvertToInt())) {
      throw invalid(source, "shape.wholeNumber", "$.formatVersion", kind(version));
    }
    JsonNode selected = list(tree, "selected", "$.selected", source);
    for (int i = 0; i < selected.size(); i++) {
      if (!selected.get(i).isTextual()) {
        throw invalid(source, "shape.proposalId", "$.selected[" + i + "]", kind(selected.get(i)));
      }
    }
    JsonNode proposals = list(tree, "proposals", "$.proposals", source);
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < proposals.size(); i++) {
      String where = "$.proposals[" + i + "]";
      if (!proposals.get(i).isObject()) {
        throw invalid(source, "shape.object", where, kind(proposals.get(i)));
      }
      String id = text(proposals.get(i), "id", where + ".id", source);
      if (!ids.add(id)) {
        throw invalid(source, "shape.twice", where + ".id", Shown.value(proposals.get(i).get("id")));
      }
    }
    return tree;
  }

  private static String text(JsonNode parent, String field, String where, String source) {
    JsonNode value = parent.get(field);
    if (value == null) {
      throw invalid(source, "shape.missing", where);
    }
    if (!value.isTextual()) {
      throw invalid(source, "shape.text", where, kind(value));
    }
    return value.textValue();
  }

  private static JsonNode list(JsonNode parent, String field, String where, String source) {
    JsonNode value = parent.get(field);
    if (value == null) {
      throw invalid(source, "shape.missing", where);
    }
    if (!value.isArray()) {
      throw invalid(source, "shape.list", where, kind(value));
    }
    return value;
  }

  private static InvalidOutcomeException invalid(String source, String key, Object... arguments) {
    return new InvalidOutcomeException(source, sentence(key, arguments));
  }

  private static Sentence sentence(String key, Object... arguments) {
    return InvalidOutcomeException.sentence(key, arguments);
  }

  /** The kind of {@code node}, as a message names it: "a list". */
  private static Sentence kind(JsonNode node) {
    return sentence(switch (node.getNodeType()) {
      case ARRAY -> "kind.list";
      case OBJECT -> "kind.object";
      case NUMBER -> "kind.number";
      case BOOLEAN -> "kind.boolean";
      case NULL -> "kind.null";
      case STRING -> "kind.text";
      default -> "kind.other";
    });
  }
}
