package org.convoca.outcome;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Writes a {@link CallOutcome} as canonical JSON ({@link OutcomeJson}), as CSV (one row per
 * proposal) or as a Markdown report. All three are UTF-8 with LF line ends and depend only on the
 * outcome. Writers are flushed, not closed; files are created or replaced.
 */
public final class OutcomeWriters {

  private OutcomeWriters() {}

  /** Writes the canonical JSON. @throws UncheckedIOException when writing fails */
  public static void json(CallOutcome outcome, Writer out) {
    OutcomeJson.write(outcome, out);
  }

  /** Writes the canonical JSON to {@code file}. @throws UncheckedIOException when writing fails */
  public static void json(CallOutcome outcome, Path file) {
    toFile(file, out -> json(outcome, out));
  }

  /**
   * Writes the CSV: a header, then one row per proposal sorted by id; columns id, title, applicant,
   * jurisdiction, level, theme, requested, eligible, total, rank, decision, override,
   * computed_decision, waitlist_position, tracks, reasons, then {@code points_<criterion>} per criterion.
   *
   * @throws UncheckedIOException when writing fails
   */
  public static void csv(CallOutcome outcome, Writer out) {
    OutcomeCsv.write(outcome, out);
    flush(out);
  }

  /** Writes the CSV to {@code file}. @throws UncheckedIOException when writing fails */
  public static void csv(CallOutcome outcome, Path file) {
    toFile(file, out -> csv(outcome, out));
  }

  /** Writes the Markdown report. @throws UncheckedIOException when writing fails */
  public static void markdown(CallOutcome outcome, Writer out) {
    try {
      out.write(OutcomeMarkdown.render(outcome));
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the Markdown report to {@code file}. @throws UncheckedIOException when writing fails */
  public static void markdown(CallOutcome outcome, Path file) {
    toFile(file, out -> markdown(outcome, out));
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
