package org.convoca.outcome;

import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Writes a {@link Comparison} as {@code compare.json} (the format of {@link ComparisonJson}: stable,
 * with English keys and JSON numbers, in every language) and as {@code compare.md}, a Markdown
 * summary in the comparison's {@link Comparison#language() language} in which every text from a
 * dossier or a rule book is escaped as in the outcome's report: it reads as written, on
 * one line, and cannot add HTML, headings, list items, links or table cells. Both are UTF-8 with LF
 * line ends; writers are flushed, not closed.
 */
public final class ComparisonWriters {

  private ComparisonWriters() {}

  /**
   * Writes {@code compare.json}.
   *
   * @param comparison the comparison, never null
   * @param out where to write, never null
   * @throws UncheckedIOException when writing fails
   */
  public static void json(Comparison comparison, Writer out) {
    new TextOut(out).append(ComparisonJson.text(comparison)).flush();
  }

  /**
   * Writes {@code compare.md}.
   *
   * @param comparison the comparison, never null
   * @param out where to write, never null
   * @throws UncheckedIOException when writing fails
   */
  public static void markdown(Comparison comparison, Writer out) {
    new TextOut(out).append(ComparisonMarkdown.render(comparison)).flush();
  }
}
