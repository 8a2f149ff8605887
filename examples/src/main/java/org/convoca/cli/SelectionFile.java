package org.convoca.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.convoca.proposal.ProposalId;
import org.convoca.validation.InvalidSelectionFileException;
import org.convoca.validation.PublishedSelection;

/**
 * A claimed selection file, read by the library's {@link PublishedSelection}, whose problems the
 * command line reports as invalid input, at most {@value #MAX_PROBLEMS_SHOWN} of them.
 */
final class SelectionFile {

  /** The largest selection file read, in bytes: {@link PublishedSelection#MAX_BYTES}. */
  static final int MAX_BYTES = PublishedSelection.MAX_BYTES;
  private static final int MAX_PROBLEMS_SHOWN = 20;

  private SelectionFile() {}

  /**
   * The ids claimed in {@code file}, in the order listed.
   *
   * @throws UserError (invalid input) listing every problem as {@code file: line N: ...} or
   *     {@code file: $[i]: ...}, when there is any; past {@value #MAX_PROBLEMS_SHOWN}, how many more
   */
  static List<ProposalId> read(Path file) {
    try {
      return PublishedSelection.read(file);
    } catch (InvalidSelectionFileException e) {
      List<String> problems = e.problems(UserLanguage.current());
      List<UserError.Line> shown = new ArrayList<>(problems.subList(0, Math.min(problems.size(), MAX_PROBLEMS_SHOWN))
          .stream().map(UserError.Line::text).toList());
      if (problems.size() > MAX_PROBLEMS_SHOWN) {
        shown.add(UserError.Line.of("selection.more", file, problems.size() - MAX_PROBLEMS_SHOWN));
      }
      throw new UserError(ExitCodes.INVALID_INPUT, shown);
    }
  }
}
