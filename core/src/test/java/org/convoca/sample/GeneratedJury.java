package org.convoca.sample;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.convoca.call.ConflictKind;
import org.convoca.dossier.Dossier;
import org.convoca.jury.JurorId;
import org.convoca.jury.JurorScore;
import org.convoca.jury.ReviewAssignment;
import org.convoca.jury.assignment.AssignmentProblem;
import org.convoca.jury.assignment.AssignmentValidator;
import org.convoca.jury.assignment.AvailableJuror;
import org.convoca.jury.assignment.ProposalToAssign;
import org.convoca.jury.assignment.Violation;
import org.convoca.jury.conflict.Conflict;
import org.convoca.proposal.ProposalId;
import org.convoca.review.PanelConflicts;

/** What tests read from a generated dossier's jury: its assignment problem, its pairs and its conflicts. */
final class GeneratedJury {

  /** A juror and a proposal. */
  record Pair(JurorId juror, ProposalId proposal) {}

  private GeneratedJury() {}

  /**
   * The problem the dossier's assignments should solve, as {@code convoca assign} would pose it: the
   * proposals with their themes, the jurors with their capacity and the themes their expertise names,
   * the call's reviewers per proposal and the conflicts the call applies.
   */
  static AssignmentProblem problem(Dossier dossier) {
    List<ProposalToAssign> proposals = dossier.proposals().stream()
        .map(p -> ProposalToAssign.of(p.id(), Set.copyOf(p.themes()))).toList();
    List<AvailableJuror> jurors = dossier.jury().jurors().stream()
        .map(j -> AvailableJuror.withCapacity(j.id(), j.capacity().orElseThrow(),
            Expertise.themes(j.expertise(), dossier.call().themes())))
        .toList();
    return new AssignmentProblem(proposals, jurors, dossier.call().juryPolicy().reviewersPerProposal(),
        PanelConflicts.of(dossier).conflictingPairs());
  }

  /** What the validator finds wrong with the dossier's assignments. */
  static List<Violation> violations(Dossier dossier) {
    Map<ProposalId, List<JurorId>> assigned = dossier.jury().assignments().stream()
        .collect(Collectors.toMap(ReviewAssignment::proposal, ReviewAssignment::jurors));
    return AssignmentValidator.validate(problem(dossier), assigned);
  }

  static Set<Pair> assigned(Dossier dossier) {
    return dossier.jury().assignments().stream()
        .flatMap(a -> a.jurors().stream().map(j -> new Pair(j, a.proposal())))
        .collect(Collectors.toSet());
  }

  static Set<Pair> scored(Dossier dossier) {
    return dossier.jury().scores().stream().map(GeneratedJury::pair).collect(Collectors.toSet());
  }

  static Pair pair(JurorScore score) {
    return new Pair(score.juror(), score.proposal());
  }

  /** The conflicted pairs, each with its kinds. */
  static Map<Pair, Set<ConflictKind>> conflicted(Dossier dossier) {
    return PanelConflicts.of(dossier).conflicts().stream().collect(Collectors.groupingBy(
        (Conflict c) -> new Pair(c.juror(), c.proposal()), Collectors.mapping(Conflict::kind, Collectors.toSet())));
  }
}
