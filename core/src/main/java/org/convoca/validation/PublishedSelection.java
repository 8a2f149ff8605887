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
import org.convoca.dossier.internal.Sentence;
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
  private final List<Sentence> problems = new ArrayList<>();
  private final Map<String, Sentence> firstSeen = new HashMap<>();
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
      throw problem(sentence("file.noSuchFile"));
    } catch (AccessDeniedException e) {
      throw problem(sentence("file.permissionDenied"));
    } catch (TextInputException e) {
      throw problem(switch (e.kind()) {
        case NOT_A_REGULAR_FILE -> sentence("file.notRegular");
        case TOO_LARGE -> sentence("file.tooLarge", e.limit());
        case NOT_UTF8 -> sentence("file.notUtf8", String.valueOf(e.line()), String.valueOf(e.column()));
      });
    } catch (IOException e) {
      throw problem(sentence("file.cannotRead", String.valueOf(e.getMessage())));
    }
  }

  private void fromJson(String text) {
    JsonNode tree;
    try {
      tree = Json.mapper().readTree(text);
    } catch (JsonProcessingException e) {
      var at = e.getLocation();
      String why = plain(e.getOriginalMessage());
      throw problem(at == null ? sentence("json.invalid", why)
          : sentence("json.invalidAt", String.valueOf(at.getLineNr()), String.valueOf(at.getColumnNr()), why));
    }
    if (!tree.isArray()) {
      throw problem(sentence("json.notArray", kind(tree)));
    }
    for (int i = 0; i < tree.size(); i++) {
      JsonNode element = tree.get(i);
      String where = "$[" + i + "]";
      if (!element.isTextual()) {
        problems.add(sentence("json.notAnId", where, kind(element)));
      } else {
        claim(element.textValue(), Sentence.literal(where), sentence("first.at", where));
      }
    }
    throwIfAny();
  }

  private void fromLines(String text) {
    String[] lines = text.split("\\R", -1);
    for (int n = 0; n < lines.length; n++) {
      String content = lines[n].strip();
      if (!content.isEmpty() && !content.startsWith("#")) {
        String line = String.valueOf(n + 1);
        claim(lines[n], sentence("where.line", line), sentence("first.line", line));
      }
    }
    throwIfAny();
    if (ids.isEmpty()) {
      throw problem(sentence("lines.none"));
    }
  }

  /** Takes {@code id} as claimed at {@code where}, or records why it cannot be; never shows a bad id. */
  private void claim(String id, Sentence where, Sentence place) {
    if (!DossierSchema.isId(id)) {
      String inside = id.strip();
      problems.add(DossierSchema.isId(inside) ? sentence("id.blanks", where, inside) : sentence("id.pattern", where));
      return;
    }
    Sentence first = firstSeen.putIfAbsent(id, place);
    if (first != null) {
      problems.add(sentence("id.twice", where, id, first));
      return;
    }
    ids.add(ProposalId.of(id));
  }

  private void throwIfAny() {
    if (!problems.isEmpty()) {
      throw new InvalidSelectionFileException(file, problems);
    }
  }

  private InvalidSelectionFileException problem(Sentence what) {
    return new InvalidSelectionFileException(file, List.of(what));
  }

  private static Sentence sentence(String key, Object... arguments) {
    return InvalidSelectionFileException.sentence(key, arguments);
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

  /** The kind of {@code node}, as a message names it: "a list". */
  private static Sentence kind(JsonNode node) {
    return sentence(switch (node.getNodeType()) {
      case ARRAY -> "kind.list";
      case OBJECT -> "kind.object";
      case NUMBER -> "kind.number";
      case BOOLEAN -> "kind.boolean";
      case NULL -> "kind.null";
      default -> "kind.other";
    });
  }
}
