package org.convoca.outcome;

import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.convoca.monitoring.MonitoringOutcome;
import org.convoca.monitoring.ProjectMonitoring;

/**
 * The monitoring outcome as CSV, one row per project in the outcome's order (the selection's rank
 * order), with a header; the columns are {@link #COLUMNS}. Empty cells stand for "none"; the
 * recognitions are joined with {@code "; "}. Text cells a spreadsheet would take for a formula get
 * a single quote in front, as in {@link OutcomeCsv}; numeric columns are never altered.
 */
final class MonitoringCsv {

  /** The columns, in order. */
  static final List<String> COLUMNS = List.of("proposal", "title", "government", "jurisdiction", "status", "completion",
      "results", "recognition", "gaps", "requested", "spent", "currency", "spent_share", "completion_share",
      "last_report", "participants");

  private static final Set<String> NUMERIC = Set.of("gaps", "requested", "spent", "spent_share", "completion_share",
      "participants");

  private MonitoringCsv() {}

  static void write(MonitoringOutcome outcome, Writer out, CsvOptions options) {
    CsvSchema.Builder schema = CsvSchema.builder();
    COLUMNS.forEach(schema::addColumn);
    OutcomeCsv.writeRows(schema, outcome.projects().stream().map(MonitoringCsv::row).iterator(), out, options);
  }

  private static Map<String, String> row(ProjectMonitoring p) {
    Map<String, String> row = new LinkedHashMap<>();
    row.put("proposal", p.proposal().value());
    row.put("title", p.selection().title());
    row.put("government", p.selection().government().value());
    row.put("jurisdiction", p.selection().jurisdiction().value());
    row.put("status", p.status().name());
    row.put("completion", p.completion().name());
    row.put("results", p.resultsLevel().map(Enum::name).orElse(""));
    row.put("recognition", p.recognition().stream().map(Enum::name).collect(Collectors.joining("; ")));
    row.put("gaps", String.valueOf(p.gaps().size()));
    row.put("requested", p.funds().requested().amount().toPlainString());
    row.put("spent", p.funds().spent().amount().toPlainString());
    row.put("currency", p.funds().requested().currency());
    row.put("spent_share", p.funds().spentShare().toPlainString());
    row.put("completion_share", p.funds().completionShare().toPlainString());
    row.put("last_report", p.lastReport() == null ? "" : p.lastReport().toString());
    row.put("participants", String.valueOf(p.participants()));
    row.replaceAll((column, cell) -> NUMERIC.contains(column) ? cell : OutcomeCsv.inert(cell));
    return row;
  }
}
