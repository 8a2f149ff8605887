package org.convoca.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.convoca.monitoring.MonitoringFixtures;
import org.convoca.monitoring.MonitoringOutcome;
import org.junit.jupiter.api.Test;

/** monitoring.csv: one row per project, its columns, and no cell a spreadsheet would run. */
class MonitoringCsvTest {

  @Test
  void writesAHeaderAndOneRowPerProjectInRankOrder() throws Exception {
    String csv = csv(MonitoringFixtures.example("Open data portal"), CsvOptions.standard());

    assertThat(csv.lines().findFirst().orElseThrow()).isEqualTo("proposal,title,government,jurisdiction,status,completion,"
        + "results,recognition,gaps,requested,spent,currency,spent_share,completion_share,last_report,participants");
    assertThat(rows(csv)).extracting(r -> r.get("proposal")).containsExactly("P-002", "P-005");
    assertThat(csv).doesNotContain("\r");
  }

  @Test
  void writesStatusCompletionResultsFundsAndReports() throws Exception {
    List<Map<String, String>> rows = rows(csv(MonitoringFixtures.example("Open data portal"), CsvOptions.standard()));

    assertThat(rows.get(0)).containsEntry("status", "ON_TRACK").containsEntry("completion", "SUBSTANTIAL")
        .containsEntry("results", "MAJOR").containsEntry("recognition", "PROMISING").containsEntry("gaps", "1")
        .containsEntry("requested", "2800000").containsEntry("spent", "2100000").containsEntry("currency", "ARS")
        .containsEntry("spent_share", "75.00").containsEntry("completion_share", "77.78")
        .containsEntry("last_report", "2022-11-10").containsEntry("participants", "1320")
        .containsEntry("government", "MUN-RAFAELA").containsEntry("jurisdiction", "AR-S");
    assertThat(rows.get(1)).containsEntry("results", "").containsEntry("recognition", "").containsEntry("last_report", "");
  }

  @Test
  void quotesATitleThatASpreadsheetWouldTakeForAFormula() throws Exception {
    for (String formula : List.of("=HYPERLINK(\"http://evil.example\")", "@SUM(1+1)", "+1", "-1+2", "\t=1", "\r=1")) {
      Map<String, String> row = rows(csv(MonitoringFixtures.example(formula), CsvOptions.standard())).get(0);

      assertThat(row).containsEntry("title", "'" + formula);
    }
  }

  @Test
  void keepsQuotesCommasAndLineBreaksInsideOneCell() throws Exception {
    String title = "Portal, \"phase 2\"\nand more";

    assertThat(rows(csv(MonitoringFixtures.example(title), CsvOptions.standard())).get(0)).containsEntry("title", title);
  }

  @Test
  void startsWithAByteOrderMarkOnlyWhenAsked() {
    MonitoringOutcome example = MonitoringFixtures.example("Portal");

    assertThat(csv(example, CsvOptions.standard().withByteOrderMark())).startsWith("\uFEFFproposal,");
    assertThat(csv(example, CsvOptions.standard())).startsWith("proposal,");
  }

  @Test
  void writesOnlyTheHeaderWhenNothingIsMonitored() {
    assertThat(csv(MonitoringFixtures.outcome(List.of()), CsvOptions.standard()).lines()).hasSize(1);
  }

  private static String csv(MonitoringOutcome outcome, CsvOptions options) {
    StringWriter out = new StringWriter();
    MonitoringWriters.csv(outcome, out, options);
    return out.toString();
  }

  private static List<Map<String, String>> rows(String csv) throws Exception {
    try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
        .with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
      return it.readAll();
    }
  }
}
