package org.convoca.outcome;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.convoca.assessment.CriterionResult;
import org.convoca.call.Criterion;
import org.convoca.call.CriterionId;
import org.convoca.language.Language;
import org.convoca.review.CriterionReview;

/**
 * The outcome as CSV, one row per proposal sorted by id, with a header. Columns: id, title,
 * applicant, jurisdiction, level, theme, requested, eligible, total, rank, decision, override,
 * computed_decision, waitlist_position, tracks, reasons, then {@code points_<criterion>} for each
 * criterion of the call in the call's order, then, for each criterion the jury scores (in the call's
 * order), {@code jury_<criterion>} (the figure the rules read: the consensus score when there is one,
 * else the aggregate of the valid scores; empty when there is neither), {@code jury_<criterion>_valid}
 * and {@code jury_<criterion>_excluded} (how many scores count, and how many a conflict of interest
 * excludes) and {@code jury_<criterion>_consensus} ({@code true} when a consensus score replaces the
 * aggregate). Empty cells stand for "none"; lists are joined with {@code "; "}, and several reasons
 * with {@code " | "}. Lines end with LF.
 *
 * <p>Spreadsheets take a cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab, a
 * carriage return or NUL for a formula, so a title such as {@code =HYPERLINK(...)} would run on the
 * reader's computer (OWASP's "CSV injection"). Every text cell that starts with one of them gets a
 * single quote ({@code '}) in front, as OWASP advises; spreadsheets show the rest as text. The
 * numeric columns (requested, total, rank, waitlist_position, the points and the jury's figures and counts) are written as plain
 * decimals and never altered, so a negative number keeps its minus sign and stays a number.
 *
 * <p>CSV needs its own format mapper; this is the one place that makes one, and it only writes.
 */
final class OutcomeCsv {

  private static final CsvMapper CSV = CsvMapper.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
  private static final List<String> FIXED = List.of("id", "title", "applicant", "jurisdiction", "level", "theme",
      "requested", "eligible", "total", "rank", "decision", "override", "computed_decision", "waitlist_position",
      "tracks", "reasons");

  private static final Set<String> NUMERIC = Set.of("requested", "total", "rank", "waitlist_position");
  private static final String POINTS = "points_";
  private static final String JURY = "jury_";
  private static final String CONSENSUS = "_consensus";
  private static final String FORMULA_STARTS = "=+-@\t\r\0";

  private OutcomeCsv() {}

  static void write(CallOutcome outcome, Writer out, CsvOptions options) {
    CsvSchema.Builder schema = CsvSchema.builder();
    FIXED.forEach(schema::addColumn);
    List<Criterion> criteria = outcome.call().criteria();
    criteria.forEach(c -> schema.addColumn(POINTS + c.id().value()));
    for (CriterionId c : outcome.jury().criteria()) {
      List.of("", "_valid", "_excluded", CONSENSUS).forEach(suffix -> schema.addColumn(JURY + c.value() + suffix));
    }
    Language language = outcome.call().writtenIn();
    writeRows(schema, outcome.proposals().stream().map(p -> row(p, criteria, language)).iterator(), out, options);
  }

  /**
   * Writes {@code rows} under a header of {@code schema}'s columns, LF line ends, a byte-order mark
   * first when {@code options} ask for one; the rows' cells are already made inert. Each row is
   * written as it comes, so that the rows are never all held at once.
   */
  static void writeRows(CsvSchema.Builder schema, Iterator<Map<String, String>> rows, Writer out, CsvOptions options) {
    List<String> columns = schema.build().getColumnNames();
    writeCells(schema, new Iterator<>() {
      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public String[] next() {
        Map<String, String> row = rows.next();
        String[] cells = new String[columns.size()];
        for (int i = 0; i < cells.length; i++) {
          cells[i] = row.getOrDefault(columns.get(i), "");
        }
        return cells;
      }
    }, out, options);
  }

  /**
   * As {@link #writeRows}, each row given as its cells in the order of {@code schema}'s columns. A
   * row of cells is written as a row of named values is, with less work for each: the awards CSV
   * of ten thousand proposals has a hundred and fifty thousand rows.
   */
  static void writeCells(CsvSchema.Builder schema, Iterator<String[]> rows, Writer out, CsvOptions options) {
    if (options.byteOrderMark()) {
      writeByteOrderMark(out);
    }
    CsvSchema built = schema.setUseHeader(true).setLineSeparator("\n").build();
    if (!rows.hasNext()) {
      writeHeaderOnly(built, out);
      return;
    }
    // Not flushed after each row, as a sequence writer is by default: each flush went down to the
    // file, a system call per row, 1.5 million for the awards of 100,000 proposals. Closing it flushes.
    try (SequenceWriter writer = CSV.writer(built).without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE)
        .writeValues(out)) {
      while (rows.hasNext()) {
        writer.write(rows.next());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * {@code text} as a spreadsheet shows it as text: with a single quote in front when it starts with
   * a character that makes a formula, unchanged otherwise (the empty text included).
   */
  static String inert(String text) {
    return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
  }

  private static boolean numeric(String column) {
    return NUMERIC.contains(column) || column.startsWith(POINTS) || (column.startsWith(JURY) && !column.endsWith(CONSENSUS));
  }

  private static void writeByteOrderMark(Writer out) {
    try {
      out.write('\uFEFF');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void writeHeaderOnly(CsvSchema schema, Writer out) {
    try {
      out.write(String.join(",", schema.getColumnNames()) + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, String> row(ProposalOutcome p, List<Criterion> criteria, Language language) {
    Map<String, String> row = new LinkedHashMap<>();
    row.put("id", p.proposal().id().value());
    row.put("title", p.proposal().title());
    row.put("applicant", p.applicant().name());
    row.put("jurisdiction", p.applicant().jurisdiction().value());
    row.put("level", p.applicant().level().name());
    row.put("theme", p.theme().map(t -> t.code()).orElse(""));
    row.put("requested", p.proposal().funding().requested().amount().toPlainString());
    row.put("eligible", String.valueOf(p.assessment().eligible()));
    row.put("total", p.total().toPlainString());
    row.put("rank", p.rank().map(String::valueOf).orElse(""));
    row.put("decision", p.decision().kind().name());
    row.put("override", p.decision().override().map(o -> o.verdict().name()).orElse(""));
    row.put("computed_decision", p.decision().computedKind().name());
    row.put("waitlist_position", p.waitlistPosition().map(String::valueOf).orElse(""));
    row.put("tracks", p.tracks().stream().map(Object::toString).collect(Collectors.joining("; ")));
    row.put("reasons", String.join(" | ", p.reasons(language)));
    for (Criterion c : criteria) {
      row.put(POINTS + c.id().value(), p.assessment().criterion(c.id())
          .map(CriterionResult::points).map(b -> b.toPlainString()).orElse(""));
    }
    for (CriterionReview r : p.jury()) {
      String column = JURY + r.criterion().value();
      row.put(column, r.value().map(BigDecimal::toPlainString).orElse(""));
      row.put(column + "_valid", String.valueOf(r.valid().size()));
      row.put(column + "_excluded", String.valueOf(r.scores().size() - r.valid().size()));
      row.put(column + CONSENSUS, String.valueOf(r.consensus().isPresent()));
    }
    row.replaceAll((column, cell) -> numeric(column) ? cell : inert(cell));
    return row;
  }
}
