package org.convoca.jury.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convoca.sample.Theories.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.convoca.jury.JurorId;
import org.convoca.proposal.ProposalId;
import org.junit.jupiter.api.Test;

class JuryAssignmentProperties {

  /**
   * The validator agrees with the assigner: on generated panels its output breaks no constraint,
   * except that each proposal it lists as uncovered is under-covered.
   */
  @Test
  void theAssignersOutputBreaksNoConstraintButTheUncoveredProposals() {
    qt(40).forAll(Panels.generated()).checkAssert(problem -> {
      JuryAssignment assignment = JuryAssigner.assign(problem);

      List<Violation> violations = AssignmentValidator.validate(problem, assignment);

      assertThat(violations).allSatisfy(v -> assertThat(v.kind()).isEqualTo(ViolationKind.UNDER_COVERED));
      assertThat(violations.stream().map(v -> v.proposal().orElseThrow()).toList())
          .isEqualTo(assignment.uncovered().stream().map(Uncovered::proposal).toList());
      assertThat(assignment.uncovered()).allSatisfy(u -> assertThat(u.reason()).startsWith(
          u.proposal() + " has " + u.assigned() + " non-conflicted"));
    });
  }

  /** The assignment does not depend on the order of proposals, jurors or conflicts. */
  @Test
  void theAssignmentDoesNotDependOnTheOrderOfTheInput() {
    qt(20).forAll(Panels.generated(), longs().all()).checkAssert((problem, shuffle) ->
        assertThat(JuryAssigner.assign(Panels.shuffled(problem, shuffle))).isEqualTo(JuryAssigner.assign(problem)));
  }

  /** Loads are as even as the constraints allow: within 1 of each other when no juror is limited or conflicted. */
  @Test
  void loadsAreWithinOneWithoutCapacitiesOrConflicts() {
    qt(40).forAll(Panels.generated()).checkAssert(generated -> {
      AssignmentProblem free = new AssignmentProblem(generated.proposals(),
          generated.jurors().stream().map(j -> AvailableJuror.unlimited(j.id(), j.expertise())).toList(),
          Math.min(generated.reviewersPerProposal(), generated.jurors().size()), List.of());

      JuryAssignment assignment = JuryAssigner.assign(free);

      assertThat(assignment.complete()).isTrue();
      int highest = assignment.loads().values().stream().mapToInt(Integer::intValue).max().orElseThrow();
      int lowest = assignment.loads().values().stream().mapToInt(Integer::intValue).min().orElseThrow();
      assertThat(highest - lowest).isLessThanOrEqualTo(1);
    });
  }

  /** Each kind of violation planted in the assigner's output is found, with what it concerns. */
  @Test
  void theValidatorFindsEachPlantedViolation() {
    java.util.concurrent.atomic.AtomicInteger imbalancesPlanted = new java.util.concurrent.atomic.AtomicInteger();
    qt(25).forAll(Panels.generated()).checkAssert(problem -> {
      JuryAssignment assignment = JuryAssigner.assign(problem);
      ProposalId first = assignment.assignments().firstKey();
      List<JurorId> firstJurors = assignment.assignments().get(first);
      JurorId somebody = assignment.loads().firstKey();

      assertFinds(problem, plant(assignment, first, List.of()), ViolationKind.UNDER_COVERED, first, null);
      assertFinds(problem, plant(assignment, ProposalId.of("P-999"), List.of(somebody)),
          ViolationKind.UNKNOWN_PROPOSAL, ProposalId.of("P-999"), null);
      assertFinds(problem, plant(assignment, first, with(firstJurors, JurorId.of("J-99"))),
          ViolationKind.UNKNOWN_JUROR, first, JurorId.of("J-99"));
      if (!firstJurors.isEmpty()) {
        assertFinds(problem, plant(assignment, first, with(firstJurors, firstJurors.get(0))),
            ViolationKind.DUPLICATE_JUROR, first, firstJurors.get(0));
      }
      for (ConflictingPair conflict : problem.conflicts().subList(0, Math.min(1, problem.conflicts().size()))) {
        List<JurorId> jurors = assignment.assignments().get(conflict.proposal());
        assertFinds(problem, plant(assignment, conflict.proposal(), with(jurors, conflict.juror())),
            ViolationKind.CONFLICT, conflict.proposal(), conflict.juror());
      }
      for (AvailableJuror juror : problem.jurors()) {
        if (juror.capacity().isPresent() && assignment.loads().get(juror.id()) == juror.capacity().getAsInt()) {
          ProposalId spare = assignment.assignments().entrySet().stream()
              .filter(e -> !e.getValue().contains(juror.id())).map(Map.Entry::getKey).findFirst().orElse(null);
          if (spare != null) {
            List<JurorId> jurors = assignment.assignments().get(spare);
            assertFinds(problem, plant(assignment, spare, with(jurors, juror.id())),
                ViolationKind.OVER_CAPACITY, null, juror.id());
          }
          break;
        }
      }
      for (Map.Entry<ProposalId, List<JurorId>> entry : assignment.assignments().entrySet()) {
        JurorId extra = problem.jurors().stream().map(AvailableJuror::id)
            .filter(j -> !entry.getValue().contains(j)).findFirst().orElse(null);
        if (entry.getValue().size() == problem.reviewersPerProposal() && extra != null) {
          assertFinds(problem, plant(assignment, entry.getKey(), with(entry.getValue(), extra)),
              ViolationKind.OVER_COVERED, entry.getKey(), null);
          break;
        }
      }
      if (plantImbalance(problem, assignment)) {
        imbalancesPlanted.incrementAndGet();
      }
    });
    assertThat(imbalancesPlanted).as("panels where an imbalance could be planted").hasPositiveValue();
  }

  /**
   * Moves a review of a least-loaded juror to a most-loaded one who may take it: the giver now has
   * 2 or more reviews more than the receiver, who could take it back.
   */
  private static boolean plantImbalance(AssignmentProblem problem, JuryAssignment assignment) {
    Panel panel = new Panel(problem);
    Map<JurorId, Integer> loads = assignment.loads();
    List<JurorId> byLoad = new ArrayList<>(loads.keySet());
    byLoad.sort(java.util.Comparator.comparing(loads::get));
    for (JurorId low : byLoad) {
      List<JurorId> highestFirst = new ArrayList<>(byLoad);
      java.util.Collections.reverse(highestFirst);
      for (JurorId high : highestFirst) {
        if (loads.get(high) < loads.get(low) || high.equals(low)) {
          continue;
        }
        int h = panel.indexOf(high);
        if (panel.limited(h) && loads.get(high) >= panel.capacity(h)) {
          continue;
        }
        for (Map.Entry<ProposalId, List<JurorId>> entry : assignment.assignments().entrySet()) {
          int p = panel.indexOf(entry.getKey());
          if (entry.getValue().contains(low) && !entry.getValue().contains(high) && !panel.conflicted(h, p)) {
            List<JurorId> jurors = new ArrayList<>(entry.getValue());
            jurors.set(jurors.indexOf(low), high);
            assertFinds(problem, plant(assignment, entry.getKey(), jurors), ViolationKind.UNBALANCED, null, high);
            return true;
          }
        }
      }
    }
    return false;
  }

  private static Map<ProposalId, List<JurorId>> plant(JuryAssignment assignment, ProposalId proposal,
      List<JurorId> jurors) {
    Map<ProposalId, List<JurorId>> planted = new HashMap<>(assignment.assignments());
    planted.put(proposal, jurors);
    return planted;
  }

  private static List<JurorId> with(List<JurorId> jurors, JurorId extra) {
    List<JurorId> more = new ArrayList<>(jurors);
    more.add(extra);
    return more;
  }

  private static void assertFinds(AssignmentProblem problem, Map<ProposalId, List<JurorId>> assignment,
      ViolationKind kind, ProposalId proposal, JurorId juror) {
    assertThat(AssignmentValidator.validate(problem, assignment)).anySatisfy(v -> {
      assertThat(v.kind()).isEqualTo(kind);
      assertThat(v.proposal()).isEqualTo(java.util.Optional.ofNullable(proposal));
      assertThat(v.juror()).isEqualTo(java.util.Optional.ofNullable(juror));
    });
  }
}
