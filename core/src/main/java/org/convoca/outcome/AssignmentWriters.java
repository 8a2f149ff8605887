package org.convoca.outcome;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.convoca.jury.assignment.JuryAssignment;
import org.convoca.review.PanelAssignment;

/**
 * Writes a jury assignment as {@code assignment.json} ({@link AssignmentJson}) and as a Markdown
 * summary, {@code assignment.md}: the settings (reviewers per proposal and where that number comes
 * from, proposals, jurors, conflict kinds, coverage, loads, expertise matches), a table of loads
 * and capacities, each juror's expertise and the themes it names, the conflicts kept apart, the
 * uncovered proposals with their reasons, and who reviews each proposal, in the call's language
 * ({@code Call.writtenIn()}). Both are UTF-8 with LF line ends; writers are flushed, not closed.
 *
 * <p>In the Markdown, every text taken from the dossier is escaped as in the outcome's report: it
 * reads as written, on one line, and cannot add HTML, headings, list items, links or table cells.
 */
public final class AssignmentWriters {

  private AssignmentWriters() {}

  /**
   * Writes {@code assignment.json}.
   *
   * @param assignment the assignment, never null
   * @param out where to write, never null
   * @throws UncheckedIOException when writing fails
   */
  public static void json(JuryAssignment assignment, Writer out) {
    write(AssignmentJson.text(assignment), out);
  }

  /**
   * Writes the Markdown summary of {@code assignment}, an assignment of {@code panel}'s problem.
   *
   * @param panel the dossier's assignment problem, never null
   * @param assignment its assignment (by {@link PanelAssignment#solve()}), never null
   * @param out where to write, never null
   * @throws UncheckedIOException when writing fails
   */
  public static void markdown(PanelAssignment panel, JuryAssignment assignment, Writer out) {
    write(AssignmentMarkdown.render(panel, assignment), out);
  }

  private static void write(String text, Writer out) {
    try {
      out.write(text);
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
