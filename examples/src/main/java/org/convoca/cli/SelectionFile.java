package org.convoca.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.convoca.dossier.Json;
import org.convoca.proposal.ProposalId;

/**
 * A claimed selection: a JSON array of proposal ids, or one id per line (blank lines and lines
 * starting with {@code #} are skipped).
 */
final class SelectionFile {

  private SelectionFile() {}

  static List<ProposalId> read(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw UserError.invalidInput("--selection " + file + ": cannot read: " + e.getMessage());
    }
    return text.stripLeading().startsWith("[") ? fromJson(file, text) : fromLines(file, text);
  }

  private static List<ProposalId> fromJson(Path file, String text) {
    List<String> ids;
    try {
      ids = Json.mapper().readValue(text, new TypeReference<List<String>>() {});
    } catch (JsonProcessingException e) {
      var at = e.getLocation();
      throw UserError.invalidInput(file + (at == null ? "" : ": line " + at.getLineNr() + ", column " + at.getColumnNr())
          + ": expected a JSON array of proposal ids (strings): " + e.getOriginalMessage());
    }
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      if (ids.get(i) == null || ids.get(i).isBlank()) {
        problems.add(file + ": $[" + i + "]: a proposal id must not be blank");
      }
    }
    if (!problems.isEmpty()) {
      throw new UserError(ExitCodes.INVALID_INPUT, problems);
    }
    return ids.stream().map(ProposalId::of).toList();
  }

  private static List<ProposalId> fromLines(Path file, String text) {
    List<ProposalId> ids = new ArrayList<>();
    for (String line : text.split("\\R")) {
      String id = line.strip();
      if (!id.isEmpty() && !id.startsWith("#")) {
        ids.add(ProposalId.of(id));
      }
    }
    return ids;
  }
}
