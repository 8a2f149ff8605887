package org.convoca.outcome;

import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.Writer;
import java.util.Iterator;
import java.util.List;
import org.convoca.assessment.AwardFinding;

/**
 * The awards of an outcome as CSV ({@code outcome-awards.csv}), one row per award: proposal,
 * criterion, rule, points, sentence. Rows go by proposal id, then by the call's criteria in order,
 * then in the assessment's order of awards (by rule), so the file is the same for the same outcome.
 * A proposal with no award has no row. Text cells get the same protection against formulas as
 * {@link OutcomeCsv}'s; the points are plain decimals, never altered.
 */
final class OutcomeAwardsCsv {

  static final List<String> COLUMNS = List.of("proposal", "criterion", "rule", "points", "sentence");

  private OutcomeAwardsCsv() {}

  static void write(CallOutcome outcome, Writer out, CsvOptions options) {
    CsvSchema.Builder schema = CsvSchema.builder();
    COLUMNS.forEach(schema::addColumn);
    Iterator<String[]> rows = outcome.proposals().stream()
        .flatMap(p -> p.assessment().criteria().stream())
        .flatMap(c -> c.awards().stream())
        .map(OutcomeAwardsCsv::row)
        .iterator();
    OutcomeCsv.writeCells(schema, rows, out, options);
  }

  /** {@return the award's cells, in the order of {@link #COLUMNS}} */
  private static String[] row(AwardFinding award) {
    return new String[] {
      OutcomeCsv.inert(award.proposal().value()),
      OutcomeCsv.inert(award.criterion().value()),
      OutcomeCsv.inert(award.rule()),
      award.points().toPlainString(),
      OutcomeCsv.inert(award.sentence())};
  }
}
