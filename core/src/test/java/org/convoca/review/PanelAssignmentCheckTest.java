package org.convoca.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.convoca.review.PanelFixture.aSmallPanel;

import java.util.List;
import java.util.Optional;
import org.convoca.dossier.Dossier;
import org.convoca.dossier.DossierProblem;
import org.convoca.dossier.InvalidDossierException;
import org.convoca.dossier.internal.Json;
import org.convoca.jury.JurorId;
import org.convoca.jury.assignment.Violation;
import org.convoca.jury.assignment.ViolationKind;
import org.convoca.outcome.AssignmentJson;
import org.convoca.proposal.ProposalId;
import org.junit.jupiter.api.Test;

/** Checking the assignment a dossier records in {@code jury.assignments}, made by hand or pasted from {@code assign}. */
class PanelAssignmentCheckTest {

  /** A complete hand-made assignment of the small panel that keeps every constraint. */
  private static final String VALID = """
      [{"proposal": "P-001", "jurors": ["J-3", "J-4"]}, {"proposal": "P-002", "jurors": ["J-1", "J-2"]},
       {"proposal": "P-003", "jurors": ["J-5", "J-6"]}, {"proposal": "P-004", "jurors": ["J-2", "J-6"]}]""";

  private static List<Violation> check(String recorded) {
    return PanelAssignment.check(aSmallPanel().set("/jury/assignments", recorded).read());
  }

  private static Optional<Violation> find(List<Violation> violations, ViolationKind kind) {
    return violations.stream().filter(v -> v.kind() == kind).findFirst();
  }

  @Test
  void findsNothingToCheckWhenTheDossierRecordsNoAssignment() {
    PanelAssignment panel = PanelAssignment.of(aSmallPanel().read());

    assertThat(panel.recorded()).isFalse();
    assertThat(panel.check()).isEmpty();
  }

  @Test
  void acceptsAHandMadeAssignmentThatKeepsEveryConstraint() {
    PanelAssignment panel = PanelAssignment.of(aSmallPanel().set("/jury/assignments", VALID).read());

    assertThat(panel.recorded()).isTrue();
    assertThat(panel.check()).isEmpty();
  }

  @Test
  void acceptsTheAssignmentsListOfAssignmentJsonPastedIntoTheDossier() throws Exception {
    Dossier dossier = aSmallPanel().read();
    String pasted = Json.mapper().readTree(AssignmentJson.text(PanelAssignment.solve(dossier))).get("assignments").toString();

    assertThat(check(pasted)).isEmpty();
  }

  @Test
  void reportsAJurorWhoReviewsAProposalTheyHaveAConflictWith() {
    List<Violation> violations = check(VALID.replace("[\"J-3\", \"J-4\"]", "[\"J-1\", \"J-4\"]"));

    Violation conflict = find(violations, ViolationKind.CONFLICT).orElseThrow();
    assertThat(conflict.juror()).contains(JurorId.of("J-1"));
    assertThat(conflict.proposal()).contains(ProposalId.of("P-001"));
    assertThat(conflict.sentence()).contains("SAME_PERSON").contains("PER-1");
  }

  @Test
  void reportsAJurorAboveTheirCapacity() {
    // J-5 may review one proposal; here they review P-003 and P-004.
    List<Violation> violations = check(VALID.replace("[\"J-2\", \"J-6\"]", "[\"J-2\", \"J-5\"]"));

    Violation over = find(violations, ViolationKind.OVER_CAPACITY).orElseThrow();
    assertThat(over.juror()).contains(JurorId.of("J-5"));
    assertThat(over.sentence()).isEqualTo("juror J-5 reviews 2 proposals; capacity 1");
  }

  @Test
  void reportsAProposalWithTooFewJurors() {
    List<Violation> violations = check(VALID.replace("[\"J-5\", \"J-6\"]", "[\"J-5\"]"));

    Violation under = find(violations, ViolationKind.UNDER_COVERED).orElseThrow();
    assertThat(under.proposal()).contains(ProposalId.of("P-003"));
    assertThat(under.sentence()).isEqualTo("P-003 has 1 non-conflicted juror; 2 needed");
  }

  @Test
  void countsAConflictedJurorAsNoReviewer() {
    List<Violation> violations = check(VALID.replace("[\"J-5\", \"J-6\"]", "[\"J-4\", \"J-5\"]"));

    assertThat(violations).extracting(Violation::kind).contains(ViolationKind.CONFLICT, ViolationKind.UNDER_COVERED);
    assertThat(find(violations, ViolationKind.UNDER_COVERED).orElseThrow().proposal()).contains(ProposalId.of("P-003"));
  }

  @Test
  void reportsAProposalTheRecordLeavesOutAsHavingNoJurors() {
    List<Violation> violations = check("""
        [{"proposal": "P-001", "jurors": ["J-3", "J-4"]}, {"proposal": "P-002", "jurors": ["J-1", "J-2"]},
         {"proposal": "P-003", "jurors": ["J-5", "J-6"]}]""");

    assertThat(violations).extracting(Violation::sentence).contains("P-004 has 0 non-conflicted jurors; 2 needed");
  }

  @Test
  void reportsAProposalWithMoreJurorsThanThePolicyAsks() {
    List<Violation> violations = check(VALID.replace("[\"J-3\", \"J-4\"]", "[\"J-3\", \"J-4\", \"J-5\"]"));

    assertThat(violations).extracting(Violation::kind).contains(ViolationKind.OVER_COVERED);
  }

  @Test
  void neverSeesAnUnknownJurorBecauseTheReaderRefusesIt() {
    PanelFixture unknown = aSmallPanel().set("/jury/assignments", VALID.replace("\"J-6\"", "\"J-99\""));

    assertThatThrownBy(unknown::read).isInstanceOfSatisfying(InvalidDossierException.class, e ->
        assertThat(e.problems()).extracting(DossierProblem::toString)
            .anySatisfy(problem -> assertThat(problem).contains("$.jury.assignments[2]").contains("J-99")));
  }
}
