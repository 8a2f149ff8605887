package org.convoca.outcome;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.convoca.monitoring.MonitoringOutcome;

/**
 * Writes a {@link MonitoringOutcome} as canonical JSON ({@code monitoring.json}), as CSV (one row
 * per project: {@code monitoring.csv}) or as a Markdown report ({@code monitoring.md}), with the
 * conventions of {@link OutcomeWriters}: UTF-8, LF line ends, the same outcome always gives the
 * same text; writers are flushed, not closed; a CSV text cell a spreadsheet would take for a formula
 * starts with a single quote, numeric columns are never altered; every text the Markdown report
 * takes from the dossier or a rule book is escaped ({@code MarkdownText}), and the JSON is escaped by
 * the JSON writer. The {@code Path} methods create or replace one file directly; the command line's
 * {@code monitor --out} writes its files all or nothing.
 *
 * <h2>{@code monitoring.json}</h2>
 *
 * Its JSON Schema is {@link MonitoringSchema}. Top-level fields, in order: {@code formatVersion}
 * ({@value #FORMAT_VERSION}); {@code producedBy} ({@link ProducedBy}, outside the fingerprint);
 * {@code asOf} (the monitoring date); {@code selectionFingerprint} (the selection outcome it builds
 * on); {@code fingerprint} (its own: {@link MonitoringFingerprint}); {@code summary} ({@code projects},
 * then how many projects are in each status ({@code byStatus}) and each completion level
 * ({@code byCompletion}) and receive each recognition ({@code recognised}), every value present in
 * its enum's order); {@code projects}, in the selection's rank order; {@code lessons} (one group
 * per value of each dimension: {@code dimension}, {@code group}, {@code projects},
 * {@code completion} per level, {@code highCompletion}, {@code assessed}, {@code results} per
 * level, {@code strongResults}); {@code notes}.
 *
 * <p>Each project has {@code proposal}, {@code title}, {@code status}, {@code completion},
 * {@code results} (the level, or null when the jury has assessed none), {@code recognition} (a list
 * of {@code PROMISING} and {@code STARRED}), {@code gaps} (each with {@code milestone} (or null),
 * {@code rule} and {@code sentence}), {@code reasons} (every status concluded that day, the deciding
 * one first, each with {@code status}, {@code rule} and {@code sentence}), {@code selection} (what
 * the selection said: government, level, jurisdiction, theme, coCreated, tracks, total, rank),
 * {@code completionReason} and {@code resultsReason} (each {@code rule} and {@code sentence}, or
 * null), {@code commitments} (position from 1, completion, rule, sentence), {@code milestones}
 * (milestone, completion, rule, sentence), {@code conditions} (recognition, condition, met, rule,
 * sentence), {@code funds} (requested, spent, spentShare, completionShare), {@code lastReport}
 * (or null), {@code participants} and {@code history}: the project on each of its report dates and
 * on the monitoring date (date, status, reasons, completion, completionReason, results, spent,
 * spentShare, completionShare, participants).
 *
 * <h2>{@code monitoring.csv}</h2>
 *
 * A header, then one row per project in the selection's rank order; columns proposal, title,
 * government, jurisdiction, status, completion, results, recognition (joined with {@code "; "}),
 * gaps (how many), requested, spent, currency, spent_share, completion_share (percentages),
 * last_report and participants. Empty cells stand for "none".
 */
public final class MonitoringWriters {

  /**
   * The version of the {@code monitoring.json} format, written first as {@code formatVersion}. It
   * changes whenever a field is added, removed, renamed or changes meaning, together with
   * {@code monitoring.schema.json}.
   */
  public static final int FORMAT_VERSION = 1;

  private MonitoringWriters() {}

  /**
   * {@return the outcome as canonical JSON text, ending with a line feed}
   *
   * @param outcome the outcome to write
   */
  public static String jsonText(MonitoringOutcome outcome) {
    return MonitoringJson.text(outcome);
  }

  /**
   * Writes {@code monitoring.json}.
   *
   * @param outcome the outcome to write
   * @param out where to write it; flushed, not closed
   * @throws UncheckedIOException when writing fails
   */
  public static void json(MonitoringOutcome outcome, Writer out) {
    MonitoringJson.write(outcome, out);
  }

  /**
   * Writes {@code monitoring.json} to {@code file}.
   *
   * @param outcome the outcome to write
   * @param file the file to write, replaced when it exists
   * @throws UncheckedIOException when writing fails
   */
  public static void json(MonitoringOutcome outcome, Path file) {
    toFile(file, out -> json(outcome, out));
  }

  /**
   * Writes {@code monitoring.csv} with {@link CsvOptions#standard()}.
   *
   * @param outcome the outcome to write
   * @param out where to write it; flushed, not closed
   * @throws UncheckedIOException when writing fails
   */
  public static void csv(MonitoringOutcome outcome, Writer out) {
    csv(outcome, out, CsvOptions.standard());
  }

  /**
   * Writes {@code monitoring.csv}, encoded as {@code options} say.
   *
   * @param outcome the outcome to write
   * @param out where to write it; flushed, not closed
   * @param options how to write the CSV
   * @throws UncheckedIOException when writing fails
   */
  public static void csv(MonitoringOutcome outcome, Writer out, CsvOptions options) {
    MonitoringCsv.write(outcome, out, options);
    write(out, "");
  }

  /**
   * Writes {@code monitoring.csv} to {@code file}.
   *
   * @param outcome the outcome to write
   * @param file the file to write, replaced when it exists
   * @throws UncheckedIOException when writing fails
   */
  public static void csv(MonitoringOutcome outcome, Path file) {
    toFile(file, out -> csv(outcome, out));
  }

  /**
   * Writes the Markdown report {@code monitoring.md}; dossier and rule text in it is escaped.
   *
   * @param outcome the outcome to write
   * @param out where to write it; flushed, not closed
   * @throws UncheckedIOException when writing fails
   */
  public static void markdown(MonitoringOutcome outcome, Writer out) {
    write(out, MonitoringMarkdown.render(outcome));
  }

  /**
   * Writes the Markdown report to {@code file}.
   *
   * @param outcome the outcome to write
   * @param file the file to write, replaced when it exists
   * @throws UncheckedIOException when writing fails
   */
  public static void markdown(MonitoringOutcome outcome, Path file) {
    toFile(file, out -> markdown(outcome, out));
  }

  private static void write(Writer out, String text) {
    try {
      out.write(text);
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void toFile(Path file, Consumer<Writer> body) {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      body.accept(out);
    } catch (IOException e) {
      throw new UncheckedIOException("could not write " + file + ": " + e.getMessage(), e);
    }
  }
}
