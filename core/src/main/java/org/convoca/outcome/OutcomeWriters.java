package org.convoca.outcome;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.convoca.outcome.html.HtmlReport;

/**
 * Writes a {@link CallOutcome} as canonical JSON ({@link OutcomeJson}), as CSV (one row per
 * proposal, and one row per award in the awards CSV), as a Markdown report or as an HTML report.
 * All are UTF-8 with LF line ends and depend only on the outcome (and, for the CSVs, their
 * {@link CsvOptions}). Writers are flushed, not closed.
 *
 * <p>Dossier text cannot be turned against the people who open these files. In the CSV, a text
 * cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab, a carriage return or NUL
 * gets a single quote in front, so that spreadsheets do not run it as a formula; numeric columns
 * are never altered. In the Markdown report every text taken from the dossier is escaped so that
 * it renders as the same text and cannot add HTML, headings, list items, links, images or table
 * cells; line breaks in it become spaces. The JSON is escaped by the JSON writer.
 *
 * <p>The {@code Path} methods create or replace one file directly; a failure can leave that file
 * partly written. The command line's {@code assess --out} writes its files all or nothing.
 */
public final class OutcomeWriters {

  private OutcomeWriters() {}

  /**
   * Writes the canonical JSON. @throws UncheckedIOException when writing fails
   *
   * @param outcome the outcome to write
   * @param out where to write it; not closed
   */
  public static void json(CallOutcome outcome, Writer out) {
    OutcomeJson.write(outcome, out);
  }

  /**
   * Writes the canonical JSON to {@code file}. @throws UncheckedIOException when writing fails
   *
   * @param outcome the outcome to write
   * @param file the file to write, replaced when it exists
   */
  public static void json(CallOutcome outcome, Path file) {
    toFile(file, out -> json(outcome, out));
  }

  /**
   * Writes the CSV with {@link CsvOptions#standard()}: a header, then one row per proposal sorted
   * by id; columns id, title, applicant, jurisdiction, level, theme, requested, eligible, total,
   * rank, decision, override, computed_decision, waitlist_position, tracks, reasons, then
   * {@code points_<criterion>} per criterion, then, per criterion the jury scores,
   * {@code jury_<criterion>} (the consensus score, else the aggregate), {@code jury_<criterion>_valid},
   * {@code jury_<criterion>_excluded} and {@code jury_<criterion>_consensus}. A text cell that a
   * spreadsheet would take for a formula starts with a single quote (see the class comment).
   *
   * @param outcome the outcome to write
   * @param out where to write it; not closed
   * @throws UncheckedIOException when writing fails
   */
  public static void csv(CallOutcome outcome, Writer out) {
    csv(outcome, out, CsvOptions.standard());
  }

  /**
   * As {@link #csv(CallOutcome, Writer)}, encoded as {@code options} say.
   *
   * @param outcome the outcome to write
   * @param out where to write it; not closed
   * @param options how to write the CSV
   * @throws UncheckedIOException when writing fails
   */
  public static void csv(CallOutcome outcome, Writer out, CsvOptions options) {
    OutcomeCsv.write(outcome, out, options);
    flush(out);
  }

  /**
   * Writes the CSV to {@code file}. @throws UncheckedIOException when writing fails
   *
   * @param outcome the outcome to write
   * @param file the file to write, replaced when it exists
   */
  public static void csv(CallOutcome outcome, Path file) {
    csv(outcome, file, CsvOptions.standard());
  }

  /**
   * Writes the CSV to {@code file}, encoded as {@code options} say. @throws UncheckedIOException when writing fails
   *
   * @param outcome the outcome to write
   * @param file the file to write, replaced when it exists
   * @param options how to write the CSV
   */
  public static void csv(CallOutcome outcome, Path file, CsvOptions options) {
    toFile(file, out -> csv(outcome, out, options));
  }

  /**
   * Writes the awards CSV ({@code outcome-awards.csv}) with {@link CsvOptions#standard()}: a header,
   * then one row per award a rule gave, with columns proposal, criterion, rule, points and sentence;
   * rows go by proposal id, then by the call's criteria in order, then by rule. A text cell that a
   * spreadsheet would take for a formula starts with a single quote, as in {@link #csv(CallOutcome,
   * Writer)}; the points are never altered.
   *
   * @param outcome the outcome to write
   * @param out where to write it; not closed
   * @throws UncheckedIOException when writing fails
   */
  public static void awardsCsv(CallOutcome outcome, Writer out) {
    awardsCsv(outcome, out, CsvOptions.standard());
  }

  /**
   * As {@link #awardsCsv(CallOutcome, Writer)}, encoded as {@code options} say.
   *
   * @param outcome the outcome to write
   * @param out where to write it; not closed
   * @param options how to write the CSV
   * @throws UncheckedIOException when writing fails
   */
  public static void awardsCsv(CallOutcome outcome, Writer out, CsvOptions options) {
    OutcomeAwardsCsv.write(outcome, out, options);
    flush(out);
  }

  /**
   * Writes the awards CSV to {@code file}. @throws UncheckedIOException when writing fails
   *
   * @param outcome the outcome to write
   * @param file the file to write, replaced when it exists
   */
  public static void awardsCsv(CallOutcome outcome, Path file) {
    awardsCsv(outcome, file, CsvOptions.standard());
  }

  /**
   * Writes the awards CSV to {@code file}, encoded as {@code options} say.
   *
   * @param outcome the outcome to write
   * @param file the file to write, replaced when it exists
   * @param options how to write the CSV
   * @throws UncheckedIOException when writing fails
   */
  public static void awardsCsv(CallOutcome outcome, Path file, CsvOptions options) {
    toFile(file, out -> awardsCsv(outcome, out, options));
  }

  /**
   * Writes the Markdown report; dossier text in it is escaped (see the class comment).
   *
   * @param outcome the outcome to write
   * @param out where to write it; not closed
   * @throws UncheckedIOException when writing fails
   */
  public static void markdown(CallOutcome outcome, Writer out) {
    OutcomeMarkdown.render(outcome, out);
  }

  /**
   * Writes the Markdown report to {@code file}. @throws UncheckedIOException when writing fails
   *
   * @param outcome the outcome to write
   * @param file the file to write, replaced when it exists
   */
  public static void markdown(CallOutcome outcome, Path file) {
    toFile(file, out -> markdown(outcome, out));
  }

  /**
   * Writes the HTML report: one self-contained page (inline CSS and SVG charts, no script, nothing
   * loaded from elsewhere) with the summary, the fingerprint and how to verify it, the charts each
   * with the table of its figures, and every proposal with its decision, reasons and trail, at the
   * anchor of its id ({@code report.html#P-042}). Every text taken from the dossier or a rule book is
   * escaped for HTML.
   *
   * @param outcome the outcome to write
   * @param out where to write it; flushed, not closed
   * @throws UncheckedIOException when writing fails
   */
  public static void html(CallOutcome outcome, Writer out) {
    HtmlReport.write(outcome, out);
    flush(out);
  }

  /**
   * Writes the HTML report to {@code file}. @throws UncheckedIOException when writing fails
   *
   * @param outcome the outcome to write
   * @param file the file to write, replaced when it exists
   */
  public static void html(CallOutcome outcome, Path file) {
    toFile(file, out -> html(outcome, out));
  }

  private static void toFile(Path file, Consumer<Writer> body) {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      body.accept(out);
    } catch (IOException e) {
      throw new UncheckedIOException("could not write " + file + ": " + e.getMessage(), e);
    }
  }

  private static void flush(Writer out) {
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
