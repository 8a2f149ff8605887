package org.convoca.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.convoca.assessment.FindingRejectedException;
import org.convoca.call.TrackId;
import org.convoca.outcome.internal.CallOutcomes;
import org.convoca.proposal.ProposalId;
import org.convoca.selection.SelectionFixture;
import org.convoca.selection.TrackPlacement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutcomeWritersTest {

  private final CallOutcome outcome = OutcomeFixtures.workedExampleOutcome();

  @Test
  void writesOneCsvRowPerProposalWithPointsPerCriterion() throws Exception {
    StringWriter out = new StringWriter();
    OutcomeWriters.csv(outcome, out);

    List<Map<String, String>> rows;
    try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
        .with(CsvSchema.emptySchema().withHeader()).readValues(out.toString())) {
      rows = it.readAll();
    }
    assertThat(rows).hasSize(11);
    assertThat(rows.get(0).keySet()).containsExactly("id", "title", "applicant", "jurisdiction", "level", "theme",
        "requested", "eligible", "total", "rank", "decision", "override", "computed_decision", "waitlist_position",
        "tracks", "reasons", "points_cocreation", "points_quality");
    Map<String, String> p02 = rows.get(1);
    assertThat(p02).containsEntry("id", "P-02").containsEntry("rank", "2").containsEntry("decision", "SELECTED_BY_JURY")
        .containsEntry("override", "INCLUDE").containsEntry("computed_decision", "WAITLISTED");
    assertThat(rows.get(3)).containsEntry("id", "P-04").containsEntry("points_cocreation", "8")
        .containsEntry("tracks", "ogp-local");
    assertThat(rows.get(7)).containsEntry("id", "P-08").containsEntry("rank", "");
  }

  @Test
  void writesTheCsvHeaderEvenWithoutProposals() {
    SelectionFixture empty = SelectionFixture.aCall();
    StringWriter out = new StringWriter();
    OutcomeWriters.csv(CallOutcomes.decide(empty.dossier(), empty.assessments(),
        org.convoca.selection.TrackAssigner.NONE, OutcomeFixtures.RULE_BOOK), out);

    assertThat(out.toString()).startsWith("id,title,applicant,").endsWith("points_quality\n");
  }

  @Test
  void writesAMarkdownReportAJuryCouldPublish() {
    StringWriter out = new StringWriter();
    OutcomeWriters.markdown(outcome, out);
    String md = out.toString();

    assertThat(md).contains("## Summary", "## Selected", "## Waitlist", "## Not selected", "## Below threshold",
        "## Ineligible", "## Jury overrides", "## Ties broken", "## Tracks", "## Fingerprint");
    assertThat(md).contains("- Budget used: ARS 1,000 of ARS 1,000");
    assertThat(md).contains("| 4 | P-03 Proposal P-03 |");
    assertThat(md).contains("\"Proposal is submitted within the window\": It arrived after the call closed.");
    assertThat(md).contains("`" + outcome.fingerprint() + "`");
  }

  @Test
  void writesTheThreeFormatsToFiles(@TempDir Path dir) throws Exception {
    OutcomeWriters.json(outcome, dir.resolve("outcome.json"));
    OutcomeWriters.csv(outcome, dir.resolve("outcome.csv"));
    OutcomeWriters.markdown(outcome, dir.resolve("outcome.md"));

    assertThat(Files.readAllBytes(dir.resolve("outcome.json"))).isEqualTo(OutcomeJson.bytes(outcome));
    assertThat(Files.readString(dir.resolve("outcome.csv"))).startsWith("id,title,").doesNotContain("\r");
    assertThat(Files.readString(dir.resolve("outcome.md"))).startsWith("# Test call — outcome");
  }

  @Test
  void rejectsAPlacementOfAProposalThatIsNotSelected() {
    SelectionFixture f = OutcomeFixtures.workedExampleWithOverrides();

    assertThatThrownBy(() -> CallOutcomes.decide(f.dossier(), f.assessments(),
        (d, a, s) -> List.of(new TrackPlacement(TrackId.of("ogp-local"), ProposalId.of("P-07"), "Rule X", "why")),
        OutcomeFixtures.RULE_BOOK))
        .isInstanceOfSatisfying(FindingRejectedException.class, e -> {
          assertThat(e.rule()).isEqualTo("Rule X");
          assertThat(e.proposal()).contains(ProposalId.of("P-07"));
          assertThat(e.reason()).isEqualTo("placed proposal 'P-07' in track 'ogp-local', but the proposal is not selected");
          assertThat(e).hasMessage("rule 'Rule X' " + e.reason());
        });
  }

  @Test
  void rejectsAPlacementInATrackTheCallLacks() {
    SelectionFixture f = OutcomeFixtures.workedExampleWithOverrides();

    assertThatThrownBy(() -> CallOutcomes.decide(f.dossier(), f.assessments(),
        (d, a, s) -> List.of(new TrackPlacement(TrackId.of("moon"), s.get(0), "Rule Y", "why")),
        OutcomeFixtures.RULE_BOOK))
        .isInstanceOfSatisfying(FindingRejectedException.class, e -> {
          assertThat(e.rule()).isEqualTo("Rule Y");
          assertThat(e.reason()).contains("track 'moon', which the call does not define");
        });
  }

  @Test
  void rejectsMorePlacementsThanATrackHasPlaces() {
    SelectionFixture f = OutcomeFixtures.workedExampleWithOverrides();

    assertThatThrownBy(() -> CallOutcomes.decide(f.dossier(), f.assessments(),
        (d, a, s) -> s.stream().map(id -> new TrackPlacement(TrackId.of("ogp-local"), id, "Rule Z", "why")).toList(),
        OutcomeFixtures.RULE_BOOK))
        .isInstanceOfSatisfying(FindingRejectedException.class, e -> {
          assertThat(e.rule()).isEqualTo("Rule Z");
          assertThat(e.reason()).contains("which has 2 places and no place left");
        });
  }

  @Test
  void summarisesByJurisdictionLevelAndTheme() {
    Summary s = outcome.summary();

    assertThat(s.selected()).isEqualTo(4);
    assertThat(s.reservedSeats()).isEqualTo(2);
    assertThat(s.selectedByJury()).isEqualTo(1);
    assertThat(s.excludedByJury()).isEqualTo(1);
    assertThat(s.budgetUsed().amount()).isEqualByComparingTo("1000");
    assertThat(s.byJurisdiction().get("AR-X")).isEqualTo(new Tally(3, 3, 2));
    assertThat(s.byLevel()).containsOnlyKeys("PROVINCIAL");
    assertThat(s.byTheme()).containsOnlyKeys("OPEN_DATA");
    assertThat(s.minJurisdictionsMet()).isFalse();
  }
}
