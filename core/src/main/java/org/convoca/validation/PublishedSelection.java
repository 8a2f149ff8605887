package org.convoca.validation;

import static java.util.Objects.requireNonNull;

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
import org.convoca.dossier.internal.Json;
import org.convoca.dossier.TextInput;
import org.convoca.dossier.TextInputException;
import org.convoca.proposal.ProposalId;

/**
 * Reads a published selection file, the claim that {@code convoca validate} and
 * {@link SelectionValidator} check: a JSON array of proposal ids, or one id per line (blank lines
 * and lines whose first non-blank character is {@code #} are skipped).
 *
 * <pre>{@code
 * List<ProposalId> claimed = PublishedSelection.read(Path.of("published.json"));
 * List<Violation> violations = SelectionValidator.validate(dossier, assessments, claimed);
 * }</pre>
 *
 * <p>It is read as strictly as a dossier: a regular file of at most 16 MiB, in UTF-8 (a byte order
 * mark is ignored). Every id follows the dossier's id pattern exactly, nothing around it, and is
 * listed once. A file with no id at all is an input error, since an empty export is more likely a
 * mistake than a claim; the JSON array {@code []} says explicitly that nothing was selected.
 */
public final class PublishedSelection {

  /** The largest selection file read, in bytes: room for more than a million ids. */
  public static final int MAX_BYTES = 16 * 1024 * 1024;

  private final Path file;
  private final List<String> problems = new ArrayList<>();
  private final Map<String, String> firstSeen = new HashMap<>();
  private final List<ProposalId> ids = new ArrayList<>();

  private PublishedSelection(Path file) {
    this.file = file;
  }

  /**
   * The ids claimed in {@code file}, in the order listed.
   *
   * @param file the selection file; not null
   * @return the claimed ids, unmodifiable; empty only for the JSON array {@code []}
   * @throws InvalidSelectionFileException listing every problem as {@code file: line N: ...} or
   *     {@code file: $[i]: ...} (or {@code file: ...} for the file as a whole), when there is any;
   *     a file that cannot be read is one of them, never an {@code IOException}
   */
  public static List<ProposalId> read(Path file) {
    requireNonNull(file, "'file' must not be null");
    PublishedSelection selection = new PublishedSelection(file);
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
      throw problem(file + ": no such file");
    } catch (AccessDeniedException e) {
      throw problem(file + ": permission denied");
    } catch (TextInputException e) {
      throw problem(file + ": " + e.getMessage());
    } catch (IOException e) {
      throw problem(file + ": cannot read: " + e.getMessage());
    }
  }

  private void fromJson(String text) {
    JsonNode tree;
    try {
      tree = Json.mapper().readTree(text);
    } catch (JsonProcessingException e) {
      var at = e.getLocation();
      throw problem(file + (at == null ? "" : ": line " + at.getLineNr() + ", column " + at.getColumnNr())
          + ": expected a JSON array of proposal ids (strings): " + plain(e.getOriginalMessage()));
    }
    if (!tree.isArray()) {
      throw problem(file + ": expected a JSON array of proposal ids (strings), was " + kind(tree));
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
      throw problem(file + ": lists no proposal ids; write one id per line,"
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
    if (!problems.isEmpty()) {
      throw new InvalidSelectionFileException(file, problems);
    }
  }

  private InvalidSelectionFileException problem(String line) {
    return new InvalidSelectionFileException(file, List.of(line));
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
