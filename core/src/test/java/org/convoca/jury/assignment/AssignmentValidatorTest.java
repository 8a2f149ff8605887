package org.convoca.jury.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convoca.jury.assignment.Panels.conflict;
import static org.convoca.jury.assignment.Panels.juror;
import static org.convoca.jury.assignment.Panels.proposal;
import static org.convoca.jury.assignment.Panels.proposals;
import static org.convoca.jury.assignment.Panels.unlimitedJurors;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.convoca.jury.JurorId;
import org.convoca.proposal.ProposalId;
import org.junit.jupiter.api.Test;

class AssignmentValidatorTest {

  /** Two proposals, two reviewers each, three jurors of capacity 2 at most; J-3 conflicts with P-002. */
  private static final AssignmentProblem PROBLEM = new AssignmentProblem(proposals(2), List.of(
      AvailableJuror.withCapacity(juror("J-1"), 2, Set.of()),
      AvailableJuror.withCapacity(juror("J-2"), 2, Set.of()),
      AvailableJuror.unlimited(juror("J-3"), Set.of())), 2, List.of(conflict("J-3", "P-002")));

  private static Map<ProposalId, List<JurorId>> hand(String p1, String p2) {
    return Map.of(proposal("P-001"), jurors(p1), proposal("P-002"), jurors(p2));
  }

  private static List<JurorId> jurors(String ids) {
    return ids.isEmpty() ? List.of() : java.util.Arrays.stream(ids.split(",")).map(JurorId::of).toList();
  }

  @Test
  void acceptsAnAssignmentThatKeepsEveryConstraint() {
    assertThat(AssignmentValidator.validate(PROBLEM, hand("J-1,J-3", "J-1,J-2"))).isEmpty();
  }

  @Test
  void flagsAJurorWithAConflict() {
    assertThat(AssignmentValidator.validate(PROBLEM, hand("J-1,J-3", "J-2,J-3"))).containsExactly(
        new Violation(ViolationKind.CONFLICT, Optional.of(proposal("P-002")), Optional.of(juror("J-3")),
            "juror J-3 reviews P-002 despite a conflict (DECLARED): J-3 co-wrote P-002"),
        new Violation(ViolationKind.UNDER_COVERED, Optional.of(proposal("P-002")), Optional.empty(),
            "P-002 has 1 non-conflicted juror; 2 needed"));
  }

  @Test
  void flagsAJurorAboveCapacity() {
    AssignmentProblem tight = new AssignmentProblem(proposals(2), List.of(
        AvailableJuror.withCapacity(juror("J-1"), 1, Set.of()), AvailableJuror.unlimited(juror("J-2"), Set.of()),
        AvailableJuror.unlimited(juror("J-3"), Set.of())), 2, List.of());

    assertThat(AssignmentValidator.validate(tight, hand("J-1,J-2", "J-1,J-3")))
        .extracting(Violation::kind, Violation::juror, Violation::sentence)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(ViolationKind.OVER_CAPACITY, Optional.of(juror("J-1")),
            "juror J-1 reviews 2 proposals; capacity 1"));
  }

  @Test
  void flagsTooFewAndTooManyJurors() {
    assertThat(AssignmentValidator.validate(PROBLEM, hand("J-3", "J-1,J-2,J-3")))
        .extracting(Violation::kind)
        .containsExactly(ViolationKind.UNDER_COVERED, ViolationKind.CONFLICT, ViolationKind.OVER_COVERED);
  }

  @Test
  void flagsAProposalLeftOutOfTheAssignment() {
    assertThat(AssignmentValidator.validate(PROBLEM, Map.of(proposal("P-001"), jurors("J-1,J-2"))))
        .extracting(Violation::sentence).containsExactly("P-002 has 0 non-conflicted jurors; 2 needed");
  }

  @Test
  void flagsADuplicateJuror() {
    assertThat(AssignmentValidator.validate(PROBLEM, hand("J-1,J-1,J-3", "J-1,J-2")))
        .extracting(Violation::kind, Violation::sentence)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(ViolationKind.DUPLICATE_JUROR,
            "juror J-1 is listed more than once for P-001"));
  }

  @Test
  void flagsUnknownJurorsAndProposals() {
    Map<ProposalId, List<JurorId>> assignment = Map.of(proposal("P-001"), jurors("J-1,J-3"),
        proposal("P-002"), jurors("J-1,J-2,J-9"), proposal("P-404"), jurors("J-2"));

    assertThat(AssignmentValidator.validate(PROBLEM, assignment)).extracting(Violation::sentence).containsExactly(
        "juror J-9 of P-002 is not among the jurors", "proposal P-404 is not among the proposals to assign");
  }

  @Test
  void flagsLoadsLessEvenThanCapacitiesAllow() {
    // J-1 reviews all four proposals and J-3 none, although J-3 could take two of them.
    AssignmentProblem problem = new AssignmentProblem(proposals(4), unlimitedJurors(3), 1, List.of());
    Map<ProposalId, List<JurorId>> assignment = Map.of(proposal("P-001"), jurors("J-1"),
        proposal("P-002"), jurors("J-1"), proposal("P-003"), jurors("J-1"), proposal("P-004"), jurors("J-2"));

    assertThat(AssignmentValidator.validate(problem, assignment)).containsExactly(
        new Violation(ViolationKind.UNBALANCED, Optional.empty(), Optional.of(juror("J-1")),
            "juror J-1 reviews 3 proposals and J-3 0: J-1 could hand one review to J-3 (directly or through a"
                + " chain of exchanges) without breaking a constraint"));
  }

  @Test
  void saysWhenTheLoadsItComparesLeaveOutAConflictedReview() {
    // J-2 is assigned P-004 but conflicts with it: that review does not count towards J-2's load.
    AssignmentProblem problem = new AssignmentProblem(proposals(4), unlimitedJurors(2), 1,
        List.of(new ConflictingPair(juror("J-2"), proposal("P-004"), "DECLARED", "Co-wrote it.")));
    Map<ProposalId, List<JurorId>> assignment = Map.of(proposal("P-001"), jurors("J-1"),
        proposal("P-002"), jurors("J-1"), proposal("P-003"), jurors("J-1"), proposal("P-004"), jurors("J-2"));

    assertThat(AssignmentValidator.validate(problem, assignment)).extracting(Violation::sentence).contains(
        "juror J-1 reviews 3 proposals and J-2 0 (not counting reviews a conflict of interest rules out): J-1 could"
            + " hand one review to J-2 (directly or through a chain of exchanges) without breaking a constraint");
  }

  @Test
  void acceptsUnevenLoadsThatConflictsForce() {
    // J-3 conflicts with both proposals, so J-1 and J-2 carry everything.
    AssignmentProblem problem = new AssignmentProblem(proposals(2), unlimitedJurors(3), 2,
        List.of(conflict("J-3", "P-001"), conflict("J-3", "P-002")));

    assertThat(AssignmentValidator.validate(problem, hand("J-1,J-2", "J-1,J-2"))).isEmpty();
  }
}
