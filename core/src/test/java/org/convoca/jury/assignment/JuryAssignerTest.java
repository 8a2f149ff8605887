package org.convoca.jury.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.convoca.jury.assignment.Panels.conflict;
import static org.convoca.jury.assignment.Panels.juror;
import static org.convoca.jury.assignment.Panels.proposal;
import static org.convoca.jury.assignment.Panels.proposals;
import static org.convoca.jury.assignment.Panels.unlimitedJurors;

import java.util.List;
import java.util.Set;
import org.convoca.jury.JurorId;
import org.convoca.proposal.Theme;
import org.junit.jupiter.api.Test;

class JuryAssignerTest {

  @Test
  void givesEveryProposalItsReviewersWithoutConflict() {
    AssignmentProblem problem = new AssignmentProblem(proposals(6), unlimitedJurors(5), 3,
        List.of(conflict("J-1", "P-001"), conflict("J-2", "P-001"), conflict("J-3", "P-004")));

    JuryAssignment assignment = JuryAssigner.assign(problem);

    assertThat(assignment.complete()).isTrue();
    assertThat(assignment.assignments()).hasSize(6);
    assignment.assignments().values().forEach(jurors -> assertThat(jurors).hasSize(3).doesNotHaveDuplicates());
    assertThat(assignment.assignments().get(proposal("P-001"))).containsExactly(juror("J-3"), juror("J-4"),
        juror("J-5"));
    assertThat(assignment.assignments().get(proposal("P-004"))).doesNotContain(juror("J-3"));
    assertThat(AssignmentValidator.validate(problem, assignment)).isEmpty();
  }

  @Test
  void namesTheProposalWithTooFewNonConflictedJurorsAndAssignsTheRest() {
    AssignmentProblem problem = new AssignmentProblem(proposals(17), unlimitedJurors(3), 3,
        List.of(conflict("J-2", "P-017")));

    JuryAssignment assignment = JuryAssigner.assign(problem);

    assertThat(assignment.uncovered()).singleElement().satisfies(uncovered -> {
      assertThat(uncovered.proposal()).isEqualTo(proposal("P-017"));
      assertThat(uncovered.assigned()).isEqualTo(2);
      assertThat(uncovered.needed()).isEqualTo(3);
      assertThat(uncovered.reason()).isEqualTo(
          "P-017 has 2 non-conflicted jurors with capacity left; 3 needed: 1 of the 3 jurors has a conflict with it");
    });
    assertThat(assignment.assignments().get(proposal("P-017"))).containsExactly(juror("J-1"), juror("J-3"));
    assertThat(assignment.assignments().get(proposal("P-016"))).hasSize(3);
  }

  @Test
  void explainsAShortageCausedByCapacityOverSeveralProposals() {
    // Three proposals need 2 reviewers each (6 reviews); the jurors can give 1 + 2 + 2 = 5.
    AssignmentProblem problem = new AssignmentProblem(proposals(3), List.of(
        AvailableJuror.withCapacity(juror("J-1"), 1, Set.of()),
        AvailableJuror.withCapacity(juror("J-2"), 2, Set.of()),
        AvailableJuror.withCapacity(juror("J-3"), 2, Set.of())), 2, List.of());

    JuryAssignment assignment = JuryAssigner.assign(problem);

    assertThat(assignment.assignments().values().stream().mapToInt(List::size).sum()).isEqualTo(5);
    assertThat(assignment.uncovered()).singleElement().satisfies(uncovered -> {
      assertThat(uncovered.assigned()).isEqualTo(1);
      assertThat(uncovered.competing()).hasSize(3);
      assertThat(uncovered.reason()).startsWith(uncovered.proposal() + " has 1 non-conflicted juror with capacity left; 2 needed: ")
          .endsWith("it can receive at most 5 reviews in any assignment, 6 needed");
    });
  }

  @Test
  void keepsEveryJurorWithinCapacity() {
    AssignmentProblem problem = new AssignmentProblem(proposals(10), List.of(
        AvailableJuror.withCapacity(juror("J-1"), 2, Set.of()),
        AvailableJuror.withCapacity(juror("J-2"), 9, Set.of()),
        AvailableJuror.withCapacity(juror("J-3"), 10, Set.of()),
        AvailableJuror.unlimited(juror("J-4"), Set.of())), 2, List.of());

    JuryAssignment assignment = JuryAssigner.assign(problem);

    assertThat(assignment.complete()).isTrue();
    assertThat(assignment.loads().get(juror("J-1"))).isEqualTo(2);
    assertThat(assignment.loads().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(20);
    assertThat(assignment.loads().get(juror("J-2"))).isLessThanOrEqualTo(9);
    // The 18 reviews J-1 cannot take are shared as evenly as possible by the other three.
    assertThat(assignment.loads().values()).containsExactlyInAnyOrder(2, 6, 6, 6);
  }

  @Test
  void balancesLoadsWithinOneWhenCapacitiesAllow() {
    AssignmentProblem problem = new AssignmentProblem(proposals(10), unlimitedJurors(4), 3, List.of());

    JuryAssignment assignment = JuryAssigner.assign(problem);

    assertThat(assignment.loads().values()).containsExactlyInAnyOrder(7, 7, 8, 8);
  }

  @Test
  void balancesAsEvenlyAsConflictsAllow() {
    // J-1 may review only P-001: spread 1 is impossible, so the others share the rest within 1.
    List<ConflictingPair> conflicts = new java.util.ArrayList<>();
    for (int p = 2; p <= 9; p++) {
      conflicts.add(conflict("J-1", String.format("P-%03d", p)));
    }
    AssignmentProblem problem = new AssignmentProblem(proposals(9), unlimitedJurors(4), 2, conflicts);

    JuryAssignment assignment = JuryAssigner.assign(problem);

    assertThat(assignment.loads()).containsEntry(juror("J-1"), 1);
    assertThat(List.of(assignment.loads().get(juror("J-2")), assignment.loads().get(juror("J-3")),
        assignment.loads().get(juror("J-4")))).containsExactlyInAnyOrder(6, 6, 5);
    assertThat(AssignmentValidator.validate(problem, assignment)).isEmpty();
  }

  @Test
  void prefersAJurorWhoseExpertiseMatchesWhenAllElseIsEqual() {
    AssignmentProblem problem = new AssignmentProblem(
        List.of(ProposalToAssign.of(proposal("P-001"), Set.of(Theme.OPEN_DATA))),
        List.of(AvailableJuror.unlimited(juror("J-1"), Set.of(Theme.CIVIC_INNOVATION)),
            AvailableJuror.unlimited(juror("J-2"), Set.of(Theme.OPEN_DATA))), 1, List.of());

    JuryAssignment assignment = JuryAssigner.assign(problem);

    assertThat(assignment.assignments().get(proposal("P-001"))).containsExactly(juror("J-2"));
    assertThat(assignment.expertise()).isEqualTo(1);
  }

  @Test
  void prefersTheJurorWhoKnowsMoreOfTheProposalsThemes() {
    AssignmentProblem problem = new AssignmentProblem(
        List.of(ProposalToAssign.of(proposal("P-001"), Set.of(Theme.OPEN_DATA, Theme.PUBLIC_MONITORING))),
        List.of(AvailableJuror.unlimited(juror("J-1"), Set.of(Theme.OPEN_DATA)),
            AvailableJuror.unlimited(juror("J-2"), Set.of(Theme.OPEN_DATA, Theme.PUBLIC_MONITORING)),
            AvailableJuror.unlimited(juror("J-3"), Set.of())), 2, List.of());

    JuryAssignment assignment = JuryAssigner.assign(problem);

    assertThat(assignment.assignments().get(proposal("P-001"))).containsExactly(juror("J-1"), juror("J-2"));
    assertThat(assignment.expertise()).isEqualTo(3);
  }

  @Test
  void balanceComesBeforeExpertise() {
    // Both proposals are on open data, which only J-2 knows: J-2 still reviews only one.
    AssignmentProblem problem = new AssignmentProblem(
        List.of(ProposalToAssign.of(proposal("P-001"), Set.of(Theme.OPEN_DATA)),
            ProposalToAssign.of(proposal("P-002"), Set.of(Theme.OPEN_DATA))),
        List.of(AvailableJuror.unlimited(juror("J-1"), Set.of()),
            AvailableJuror.unlimited(juror("J-2"), Set.of(Theme.OPEN_DATA))), 1, List.of());

    JuryAssignment assignment = JuryAssigner.assign(problem);

    assertThat(assignment.loads()).containsEntry(juror("J-1"), 1).containsEntry(juror("J-2"), 1);
  }

  @Test
  void givesEmptyListsWhenNoJurorIsAvailable() {
    AssignmentProblem problem = new AssignmentProblem(proposals(2), List.of(), 1, List.of());

    JuryAssignment assignment = JuryAssigner.assign(problem);

    assertThat(assignment.assignments().values()).allSatisfy(jurors -> assertThat(jurors).isEmpty());
    assertThat(assignment.uncovered()).extracting(Uncovered::reason).containsExactly(
        "P-001 has 0 non-conflicted jurors with capacity left; 1 needed: 0 of the 0 jurors have a conflict with it",
        "P-002 has 0 non-conflicted jurors with capacity left; 1 needed: 0 of the 0 jurors have a conflict with it");
  }

  @Test
  void rejectsAProblemThatDoesNotFitTogether() {
    List<AvailableJuror> twice = List.of(AvailableJuror.unlimited(juror("J-1"), Set.of()),
        AvailableJuror.unlimited(juror("J-1"), Set.of()));
    assertThatThrownBy(() -> new AssignmentProblem(proposals(1), twice, 1, List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("juror J-1 is listed twice");
    assertThatThrownBy(() -> new AssignmentProblem(proposals(1), unlimitedJurors(1), 0, List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("'reviewersPerProposal' must be 1 or more, was 0");
    assertThatThrownBy(() -> new AssignmentProblem(proposals(1), unlimitedJurors(1), 1, List.of(conflict("J-9", "P-001"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("a conflict names juror J-9, who is not listed");
    assertThatThrownBy(() -> AvailableJuror.withCapacity(JurorId.of("J-1"), -1, Set.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("'capacity' of juror J-1 must be 0 or more, was -1");
  }

  @Test
  void refusesAPanelWhoseCostsWouldLoseExactness() {
    // One juror who knows all five themes and 20,000 proposals on all of them: the balance weight
    // (50,001) times the juror's 20,000th review passes the solver's cost limit.
    List<ProposalToAssign> many = new java.util.ArrayList<>();
    for (int i = 1; i <= 20_000; i++) {
      many.add(ProposalToAssign.of(proposal("P-" + i), Set.copyOf(Panels.THEMES)));
    }
    AssignmentProblem problem = new AssignmentProblem(many,
        List.of(AvailableJuror.unlimited(juror("J-1"), Set.copyOf(Panels.THEMES))), 1, List.of());

    assertThatThrownBy(() -> JuryAssigner.assign(problem)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the panel is too large for the exact assigner: juror J-1 could take 20000 reviews at a"
            + " balance weight of 50001");
  }
}
