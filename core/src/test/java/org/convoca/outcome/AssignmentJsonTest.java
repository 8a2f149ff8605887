package org.convoca.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.convoca.dossier.Dossier;
import org.convoca.dossier.internal.Json;
import org.convoca.jury.JurorId;
import org.convoca.jury.ReviewAssignment;
import org.convoca.jury.assignment.JuryAssignment;
import org.convoca.jury.assignment.Uncovered;
import org.convoca.proposal.ProposalId;
import org.convoca.review.PanelAssignment;
import org.convoca.review.PanelFixture;
import org.junit.jupiter.api.Test;

/** {@code assignment.json}: its exact form, and its assignments list read back as a dossier's {@code jury.assignments}. */
class AssignmentJsonTest {

  private static JurorId j(String id) {
    return JurorId.of(id);
  }

  private static ProposalId p(String id) {
    return ProposalId.of(id);
  }

  private static JuryAssignment handBuilt() {
    Map<ProposalId, List<JurorId>> assignments = new TreeMap<>(Map.of(
        p("P-002"), List.of(j("J-2"), j("J-1")), p("P-001"), List.of(j("J-3"), j("J-1")), p("P-003"), List.of()));
    Map<JurorId, Integer> loads = Map.of(j("J-4"), 0, j("J-3"), 1, j("J-2"), 1, j("J-1"), 2);
    Uncovered uncovered = new Uncovered(p("P-003"), 0, 2, new TreeSet<>(List.of(p("P-003"))),
        "P-003 has 0 non-conflicted jurors with capacity left; 2 needed: 3 of the 4 jurors have a conflict with it,"
            + " and 1 has no capacity");
    return new JuryAssignment(2, new TreeMap<>(assignments), new TreeMap<>(loads), List.of(uncovered), 1);
  }

  @Test
  void writesTheDocumentedFormByteForByte() throws IOException {
    String expected;
    try (InputStream in = getClass().getResourceAsStream("assignment-example.json")) {
      expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    StringWriter written = new StringWriter();

    AssignmentWriters.json(handBuilt(), written);

    assertThat(written.toString()).isEqualTo(expected);
  }

  @Test
  void itsAssignmentsListReadsBackAsTheDossiersJuryAssignments() throws IOException {
    PanelFixture fixture = PanelFixture.aSmallPanel();
    JuryAssignment assignment = PanelAssignment.solve(fixture.read());
    JsonNode written = Json.mapper().readTree(AssignmentJson.text(assignment));

    Dossier pasted = fixture.set("/jury/assignments", written.get("assignments").toString()).read();

    assertThat(pasted.jury().assignments()).extracting(ReviewAssignment::proposal)
        .containsExactlyElementsOf(assignment.assignments().keySet());
    assertThat(pasted.jury().assignments()).allSatisfy(recorded ->
        assertThat(recorded.jurors()).isEqualTo(assignment.assignments().get(recorded.proposal())));
    assertThat(PanelAssignment.check(pasted)).isEmpty();
  }

  @Test
  void listsEveryJurorsLoadAndEachUncoveredProposalWithItsReason() throws IOException {
    JsonNode written = Json.mapper().readTree(AssignmentJson.text(handBuilt()));

    assertThat(written.get("loads").get("J-4").asInt()).isZero();
    assertThat(written.get("uncovered").get(0).get("reason").asText()).startsWith("P-003 has 0 non-conflicted jurors");
    assertThat(written.fieldNames()).toIterable()
        .containsExactly("reviewersPerProposal", "assignments", "loads", "uncovered");
  }
}
