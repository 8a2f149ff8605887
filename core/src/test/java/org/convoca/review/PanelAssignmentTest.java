package org.convoca.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convoca.review.PanelFixture.aSmallPanel;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.convoca.jury.JurorId;
import org.convoca.jury.assignment.AssignmentProblem;
import org.convoca.jury.assignment.AvailableJuror;
import org.convoca.jury.assignment.ConflictingPair;
import org.convoca.jury.assignment.JuryAssignment;
import org.convoca.jury.assignment.ProposalToAssign;
import org.convoca.proposal.ProposalId;
import org.convoca.proposal.Theme;
import org.junit.jupiter.api.Test;

/** How a dossier becomes the assigner's problem, and the assignment of the small panel. */
class PanelAssignmentTest {

  private static Map<JurorId, AvailableJuror> jurors(AssignmentProblem problem) {
    return problem.jurors().stream().collect(Collectors.toMap(AvailableJuror::id, Function.identity()));
  }

  private static JurorId j(String id) {
    return JurorId.of(id);
  }

  private static ProposalId p(String id) {
    return ProposalId.of(id);
  }

  @Test
  void givesEveryProposalWithItsThemes() {
    AssignmentProblem problem = PanelAssignment.of(aSmallPanel().read()).problem();

    assertThat(problem.proposals()).containsExactly(
        ProposalToAssign.of(p("P-001"), Set.of(Theme.OPEN_DATA)),
        ProposalToAssign.of(p("P-002"), Set.of(Theme.PARTICIPATORY_BUDGETING, Theme.CIVIC_INNOVATION)),
        ProposalToAssign.of(p("P-003"), Set.of(Theme.CIVIC_INNOVATION)),
        ProposalToAssign.of(p("P-004"), Set.of(Theme.OPEN_DATA)));
  }

  @Test
  void mapsEachJurorsExpertiseToTheCallsThemes() {
    Map<JurorId, AvailableJuror> jurors = jurors(PanelAssignment.of(aSmallPanel().read()).problem());

    assertThat(jurors.get(j("J-1")).expertise()).containsExactly(Theme.OPEN_DATA);
    assertThat(jurors.get(j("J-2")).expertise()).containsExactly(Theme.PARTICIPATORY_BUDGETING);
    assertThat(jurors.get(j("J-3")).expertise()).as("sortition is no theme").containsExactly(Theme.CIVIC_INNOVATION);
    assertThat(jurors.get(j("J-4")).expertise()).as("public monitoring is not a theme of this call")
        .containsExactly(Theme.OPEN_DATA);
    assertThat(jurors.get(j("J-5")).expertise()).isEmpty();
    assertThat(jurors.get(j("J-6")).expertise()).as("open-data: a hyphen is not a space").isEmpty();
  }

  @Test
  void takesEachJurorsCapacityAndNoLimitWhenNoneIsStated() {
    Map<JurorId, AvailableJuror> jurors = jurors(PanelAssignment.of(aSmallPanel().read()).problem());

    assertThat(jurors.get(j("J-1")).capacity()).isEqualTo(OptionalInt.of(2));
    assertThat(jurors.get(j("J-5")).capacity()).isEqualTo(OptionalInt.of(1));
    assertThat(jurors.get(j("J-6")).capacity()).isEqualTo(OptionalInt.empty());
  }

  @Test
  void keepsApartAConflictOfEachKind() {
    PanelAssignment panel = PanelAssignment.of(aSmallPanel().read());

    assertThat(panel.problem().conflicts()).extracting(ConflictingPair::juror, ConflictingPair::proposal,
        ConflictingPair::kind).containsExactly(
            org.assertj.core.groups.Tuple.tuple(j("J-1"), p("P-001"), "SAME_PERSON"),
            org.assertj.core.groups.Tuple.tuple(j("J-2"), p("P-001"), "AFFILIATION"),
            org.assertj.core.groups.Tuple.tuple(j("J-3"), p("P-002"), "SAME_JURISDICTION"),
            org.assertj.core.groups.Tuple.tuple(j("J-3"), p("P-003"), "SAME_JURISDICTION"),
            org.assertj.core.groups.Tuple.tuple(j("J-4"), p("P-003"), "DECLARED"),
            org.assertj.core.groups.Tuple.tuple(j("J-3"), p("P-004"), "SAME_JURISDICTION"));
    JuryAssignment assignment = panel.solve();
    assertThat(assignment.assignments().get(p("P-001"))).doesNotContain(j("J-1"), j("J-2"));
    assertThat(assignment.assignments().get(p("P-002"))).doesNotContain(j("J-3"));
    assertThat(assignment.assignments().get(p("P-003"))).doesNotContain(j("J-3"), j("J-4"));
    assertThat(assignment.assignments().get(p("P-004"))).doesNotContain(j("J-3"));
  }

  @Test
  void keepsApartOnlyTheKindsTheCallApplies() {
    AssignmentProblem problem = PanelAssignment.of(aSmallPanel()
        .set("/call/jury", "{\"reviewersPerProposal\": 2, \"conflicts\": [\"SAME_PERSON\"]}").read()).problem();

    assertThat(problem.conflicts()).extracting(ConflictingPair::kind).containsExactlyInAnyOrder("SAME_PERSON", "DECLARED");
  }

  @Test
  void takesReviewersPerProposalFromTheCallsJuryPolicy() {
    assertThat(PanelAssignment.of(aSmallPanel().read()).problem().reviewersPerProposal()).isEqualTo(2);
    assertThat(PanelAssignment.of(aSmallPanel().set("/call/jury", "{\"reviewersPerProposal\": 1}").read())
        .problem().reviewersPerProposal()).isEqualTo(1);
  }

  @Test
  void asksThreeReviewersPerProposalWhenTheCallSaysNothing() {
    assertThat(PanelAssignment.of(aSmallPanel().remove("/call/jury").read()).problem().reviewersPerProposal()).isEqualTo(3);
    assertThat(PanelAssignment.of(aSmallPanel().set("/call/jury", "{}").read()).problem().reviewersPerProposal()).isEqualTo(3);
  }

  @Test
  void coversEveryProposalOfTheSmallPanelWithinCapacities() {
    JuryAssignment assignment = PanelAssignment.solve(aSmallPanel().read());

    assertThat(assignment.complete()).isTrue();
    assertThat(assignment.assignments().values()).allSatisfy(jurors -> assertThat(jurors).hasSize(2));
    assertThat(assignment.loads().get(j("J-1"))).isLessThanOrEqualTo(2);
    assertThat(assignment.loads().get(j("J-5"))).isLessThanOrEqualTo(1);
    assertThat(assignment.loads()).containsOnlyKeys(j("J-1"), j("J-2"), j("J-3"), j("J-4"), j("J-5"), j("J-6"));
  }

  @Test
  void givesTheSameAssignmentWhateverTheOrderOfTheDossiersLists() {
    var dossier = aSmallPanel().read();
    var reversed = dossier.withProposals(reverse(dossier.proposals()))
        .withJury(dossier.jury().withJurors(reverse(dossier.jury().jurors())));

    assertThat(PanelAssignment.solve(reversed)).isEqualTo(PanelAssignment.solve(dossier));
  }

  @Test
  void saysWhyAProposalCannotBeCoveredWhenCapacitiesAreTooSmall() {
    // Only J-1 (capacity 2) and J-5 (capacity 1) may review; J-3 has a conflict with three of the four.
    JuryAssignment assignment = PanelAssignment.solve(aSmallPanel()
        .set("/jury/jurors/1/capacity", "0").set("/jury/jurors/2/capacity", "0")
        .set("/jury/jurors/3/capacity", "0").set("/jury/jurors/5/capacity", "0").read());

    assertThat(assignment.complete()).isFalse();
    assertThat(assignment.uncovered()).isNotEmpty().allSatisfy(u -> assertThat(u.reason())
        .startsWith(u.proposal() + " has " + u.assigned() + " non-conflicted").contains("2 needed"));
  }

  private static <T> List<T> reverse(List<T> list) {
    List<T> copy = new java.util.ArrayList<>(list);
    java.util.Collections.reverse(copy);
    return copy;
  }
}
