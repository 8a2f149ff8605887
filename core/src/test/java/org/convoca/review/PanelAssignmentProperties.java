package org.convoca.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convoca.sample.Theories.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import org.convoca.call.JuryPolicy;
import org.convoca.dossier.Dossier;
import org.convoca.jury.Juror;
import org.convoca.jury.ReviewAssignment;
import org.convoca.jury.assignment.JuryAssignment;
import org.convoca.jury.assignment.Uncovered;
import org.convoca.jury.assignment.Violation;
import org.convoca.jury.assignment.ViolationKind;
import org.convoca.sample.DossierGenerator;
import org.convoca.sample.Dossiers;
import org.quicktheories.core.Gen;
import org.junit.jupiter.api.Test;

/** The assignment of generated dossiers, checked by the validator as a recorded assignment. */
class PanelAssignmentProperties {

  /**
   * Generated dossiers of 5 to 60 proposals and 3 to 12 jurors, with 1 to 4 reviewers per proposal
   * and capacities around the average load (a third of the jurors without limit, some below it),
   * so that some panels cannot be covered.
   */
  private static Gen<Dossier> panels() {
    return longs().all().map(PanelAssignmentProperties::panel).describedAs(d -> d.proposals().size() + " proposals, "
        + d.jury().jurors().size() + " jurors, " + d.call().juryPolicy().reviewersPerProposal() + " reviewers each, capacities "
        + d.jury().jurors().stream().map(j -> j.capacity().map(String::valueOf).orElse("-")).toList());
  }

  private static Dossier panel(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int proposals = random.nextInt(5, 61);
    int jurors = random.nextInt(3, 13);
    int reviewers = random.nextInt(1, 5);
    Dossier dossier = DossierGenerator.withSeed(seed).proposals(proposals).jurors(jurors).generate();
    double average = (double) proposals * reviewers / jurors;
    List<Juror> limited = dossier.jury().jurors().stream().map(j -> random.nextInt(3) == 0 ? j
        : j.withCapacity(random.nextInt((int) (average * 0.5), (int) (average * 1.5) + 2))).toList();
    return dossier.withCall(dossier.call().withJury(JuryPolicy.builder().reviewersPerProposal(reviewers).build()))
        .withJury(dossier.jury().withJurors(limited));
  }

  private static Dossier recording(Dossier dossier, JuryAssignment assignment) {
    List<ReviewAssignment> recorded = assignment.assignments().entrySet().stream()
        .map(e -> ReviewAssignment.builder().proposal(e.getKey()).jurors(e.getValue()).build()).toList();
    return dossier.withJury(dossier.jury().withAssignments(recorded));
  }

  /**
   * Written back into the dossier's {@code jury.assignments}, the assigner's output passes the
   * check, except that each proposal it lists as uncovered is reported under-covered, and nothing else.
   */
  @Test
  void theSolversAssignmentPassesTheCheckButForTheUncoveredProposals() {
    qt(40).forAll(panels()).checkAssert(dossier -> {
      JuryAssignment assignment = PanelAssignment.solve(dossier);

      List<Violation> violations = PanelAssignment.check(recording(dossier, assignment));

      assertThat(violations).allSatisfy(v -> assertThat(v.kind()).isEqualTo(ViolationKind.UNDER_COVERED));
      assertThat(violations.stream().map(v -> v.proposal().orElseThrow()).toList())
          .isEqualTo(assignment.uncovered().stream().map(Uncovered::proposal).toList());
    });
  }

  /** No juror reviews a proposal they have a conflict with, of any kind the call applies. */
  @Test
  void noJurorReviewsAProposalTheyHaveAConflictWith() {
    qt(40).forAll(panels()).checkAssert(dossier -> {
      PanelAssignment panel = PanelAssignment.of(dossier);
      JuryAssignment assignment = panel.solve();

      assertThat(panel.conflicts().conflicts()).allSatisfy(conflict ->
          assertThat(assignment.assignments().get(conflict.proposal())).doesNotContain(conflict.juror()));
    });
  }

  /** The assignment does not depend on the order of the dossier's lists. */
  @Test
  void theAssignmentDoesNotDependOnTheOrderOfTheDossier() {
    qt(15).forAll(panels(), longs().all()).checkAssert((dossier, shuffle) ->
        assertThat(PanelAssignment.solve(Dossiers.shuffled(dossier, new Random(shuffle))))
            .isEqualTo(PanelAssignment.solve(dossier)));
  }
}
