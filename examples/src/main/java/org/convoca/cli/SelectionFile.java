package org.convoca.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.convoca.dossier.DossierSchema;
import org.convoca.dossier.Json;
import org.convoca.dossier.TextInput;
import org.convoca.dossier.TextInputException;
import org.convoca.proposal.ProposalId;

/**
 * A claimed selection: a JSON array of proposal ids, or one id per line (blank lines and lines
 * whose first non-blank character is {@code #} are skipped).
 *
 * <p>It is read as strictly as a dossier: a regular file of at most 16 MiB, in UTF-8 (a byte order
 * mark is ignored). Every id follows the dossier's id pattern exactly, nothing around it, and is
 * listed once. A file with no id at all is an input error, since an empty export is more likely a
 * mistake than a claim; the JSON array {@code []} says explicitly that nothing was selected.
 */
final class SelectionFile {

  /** The largest selection file read, in bytes: room for more than a million ids. */
  static final int MAX_BYTES = 16 * 1024 * 1024;
  private static final int MAX_PROBLEMS_SHOWN = 20;

  private final Path file;
  private final List<String> problems = new ArrayList<>();
  private final Map<String, String> firstSeen = new HashMap<>();
  private final List<ProposalId> ids = new ArrayList<>();

  private SelectionFile(Path file) {
    this.file = file;
  }

  /**
   * The ids claimed in {@code file}, in the order listed.
   *
   * @throws UserError (invalid input) listing every problem as {@code file: line N: ...} or
   *     {@code file: $[i]: ...}, when there is any
   */
  static List<ProposalId> read(Path file) {
    SelectionFile selection = new SelectionFile(file);
    String text = selection.text();
    String start = text.stripLeading();
    if (start.startsWith("[") || start.startsWith("{")) {
      selection.fromJson(text);
    } else {
      selection.fromLines(text);
    }
    return selection.claimed();
  }

  private String text() {
    try {
      return TextInput.read(file, MAX_BYTES);
    } catch (NoSuchFileException e) {
      throw UserError.invalidInput(file + ": no such file");
    } catch (AccessDeniedException e) {
      throw UserError.invalidInput(file + ": permission denied");
    } catch (TextInputException e) {
      throw UserError.invalidInput(file + ": " + e.getMessage());
    } catch (IOException e) {
      throw UserError.invalidInput(file + ": cannot read: " + e.getMessage());
    }
  }

  private void fromJson(String text) {
    JsonNode tree;
    try {
      tree = Json.mapper().readTree(text);
    } catch (JsonProcessingException e) {
      var at = e.getLocation();
      throw UserError.invalidInput(file + (at == null ? "" : ": line " + at.getLineNr() + ", column " + at.getColumnNr())
          + ": expected a JSON array of proposal ids (strings): " + plain(e.getOriginalMessage()));
    }
    if (!tree.isArray()) {
      throw UserError.invalidInput(file + ": expected a JSON array of proposal ids (strings), was " + kind(tree));
    }
    for (int i = 0; i < tree.size(); i++) {
      JsonNode element = tree.get(i);
      String where = "$[" + i + "]";
      if (!element.isTextual()) {
        problems.add(file + ": " + where + ": must be a proposal id (a string), was " + kind(element));
      } else {
        claim(element.textValue(), where, "at " + where);
      }
    }
    throwIfAny();
  }

  private void fromLines(String text) {
    String[] lines = text.split("\\R", -1);
    for (int n = 0; n < lines.length; n++) {
      String content = lines[n].strip();
      if (!content.isEmpty() && !content.startsWith("#")) {
        claim(lines[n], "line " + (n + 1), "on line " + (n + 1));
      }
    }
    throwIfAny();
    if (ids.isEmpty()) {
      throw UserError.invalidInput(file + ": lists no proposal ids; write one id per line,"
          + " or the JSON array [] to claim that nothing was selected");
    }
  }

  /** Takes {@code id} as claimed at {@code where}, or records why it cannot be; never shows a bad id. */
  private void claim(String id, String where, String place) {
    if (!DossierSchema.isId(id)) {
      String inside = id.strip();
      problems.add(file + ": " + where + ": " + (DossierSchema.isId(inside)
          ? "has blanks around '" + inside + "'; an id is compared exactly, nothing around it"
          : "must " + DossierSchema.ID_RULE));
      return;
    }
    String first = firstSeen.putIfAbsent(id, place);
    if (first != null) {
      problems.add(file + ": " + where + ": '" + id + "' is listed twice, first " + first);
      return;
    }
    ids.add(ProposalId.of(id));
  }

  private void throwIfAny() {
    if (problems.isEmpty()) {
      return;
    }
    List<String> shown = new ArrayList<>(problems.subList(0, Math.min(problems.size(), MAX_PROBLEMS_SHOWN)));
    if (problems.size() > MAX_PROBLEMS_SHOWN) {
      shown.add(file + ": and " + (problems.size() - MAX_PROBLEMS_SHOWN) + " more problems");
    }
    throw new UserError(ExitCodes.INVALID_INPUT, shown);
  }

  private List<ProposalId> claimed() {
    return List.copyOf(ids);
  }

  /**
   * Jackson's message without the settings it names between backticks, which the user cannot act
   * on, and with anything but printable ASCII (such as a control character it quotes) as {@code ?}.
   */
  private static String plain(String message) {
    return String.valueOf(message).replaceAll("\\s*\\(?[^()]*`[^`]*`[^()]*\\)?", "")
        .replaceAll("[^\\x20-\\x7E]", "?").strip();
  }

  private static String kind(JsonNode node) {
    return switch (node.getNodeType()) {
      case ARRAY -> "a list";
      case OBJECT -> "an object";
      case NUMBER -> "a number";
      case BOOLEAN -> "true or false";
      case NULL -> "null";
      default -> "not an id";
    };
  }
}
