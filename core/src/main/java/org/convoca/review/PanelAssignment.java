package org.convoca.review;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Stream;
import org.convoca.dossier.Dossier;
import org.convoca.jury.Juror;
import org.convoca.jury.JurorId;
import org.convoca.jury.ReviewAssignment;
import org.convoca.jury.assignment.AssignmentProblem;
import org.convoca.jury.assignment.AssignmentValidator;
import org.convoca.jury.assignment.AvailableJuror;
import org.convoca.jury.assignment.JuryAssigner;
import org.convoca.jury.assignment.JuryAssignment;
import org.convoca.jury.assignment.ProposalToAssign;
import org.convoca.jury.assignment.Violation;
import org.convoca.jury.conflict.ConflictReport;
import org.convoca.proposal.ProposalId;

/**
 * The assignment of a dossier's jurors to its proposals, as {@code convoca assign} makes and checks it.
 *
 * <p>The problem is read off the dossier: every proposal with its themes; every juror with their
 * {@link Juror#capacity() capacity} (none stated: no limit) and the call's themes their expertise
 * names ({@link ExpertiseThemes}); the conflicts of the kinds the call applies
 * ({@link PanelConflicts}), each kept apart; and {@code reviewersPerProposal} from the call's
 * {@linkplain org.convoca.call.Call#juryPolicy() jury policy} (3 when the call states none).
 * {@link #solve()} gives it to {@link JuryAssigner}; {@link #check()} gives the dossier's recorded
 * {@code jury.assignments} to {@link AssignmentValidator}, so both hold an assignment to the same
 * constraints.
 */
public final class PanelAssignment {

  private final Dossier dossier;
  private final ConflictReport conflicts;
  private final AssignmentProblem problem;

  private PanelAssignment(Dossier dossier) {
    this.dossier = dossier;
    this.conflicts = PanelConflicts.of(dossier);
    List<ProposalToAssign> proposals = dossier.proposals().stream()
        .map(p -> ProposalToAssign.of(p.id(), Set.copyOf(p.themes()))).toList();
    List<AvailableJuror> jurors = dossier.jury().jurors().stream().map(this::available).toList();
    this.problem = new AssignmentProblem(proposals, jurors, dossier.call().juryPolicy().reviewersPerProposal(),
        conflicts.conflictingPairs());
  }

  /**
   * The assignment problem of {@code dossier}.
   *
   * @param dossier a dossier as {@link org.convoca.dossier.DossierReader} returns it, never null
   * @return the problem, with its conflicts, never null
   * @throws IllegalArgumentException when the dossier has a dangling reference or a repeated id,
   *     which a dossier read by the reader never has
   */
  public static PanelAssignment of(Dossier dossier) {
    return new PanelAssignment(dossier);
  }

  /**
   * The assignment of {@code dossier}'s jurors: {@code of(dossier).solve()}.
   *
   * @param dossier the dossier whose jury and proposals are assigned
   * @return the assignment of {@code dossier}'s jurors: {@code of(dossier).solve()}
   * @see #solve()
   */
  public static JuryAssignment solve(Dossier dossier) {
    return of(dossier).solve();
  }

  /**
   * The violations of {@code dossier}'s recorded assignment: {@code of(dossier).check()}.
   *
   * @param dossier the dossier whose recorded assignment is checked
   * @return the violations of {@code dossier}'s recorded assignment: {@code of(dossier).check()}
   * @see #check()
   */
  public static List<Violation> check(Dossier dossier) {
    return of(dossier).check();
  }

  /** {@return the dossier, never null} */
  public Dossier dossier() {
    return dossier;
  }

  /**
   * {@return the conflicts of the kinds the call applies, each of which the assignment keeps apart; never null}
   */
  public ConflictReport conflicts() {
    return conflicts;
  }

  /** {@return the problem handed to the assigner and the validator, never null} */
  public AssignmentProblem problem() {
    return problem;
  }

  /**
   * The balanced, conflict-free assignment with the most expertise matches, made by
   * {@link JuryAssigner#assign}: deterministic, whatever the order of the dossier's lists.
   *
   * @return the assignment, with the proposals that cannot be fully covered and why; never null
   * @throws IllegalArgumentException when the panel is too large for the exact assigner
   */
  public JuryAssignment solve() {
    return JuryAssigner.assign(problem);
  }

  /** {@return whether the dossier records an assignment: {@code jury.assignments} is not empty} */
  public boolean recorded() {
    return !dossier.jury().assignments().isEmpty();
  }

  /**
   * The violations of the assignment the dossier records in {@code jury.assignments}, checked by
   * {@link AssignmentValidator} against the same constraints the assigner keeps; a proposal the
   * record does not list has no jurors. Empty when the assignment keeps them all, and also when the
   * dossier records no assignment at all ({@link #recorded()} is false): there is then nothing to
   * check, and every caller that reports the check should say so.
   *
   * @return the violations in proposal order, then juror order; never null
   */
  public List<Violation> check() {
    if (!recorded()) {
      return List.of();
    }
    Map<ProposalId, List<JurorId>> recorded = new LinkedHashMap<>();
    for (ReviewAssignment assignment : dossier.jury().assignments()) {
      recorded.merge(assignment.proposal(), assignment.jurors(),
          (first, second) -> Stream.concat(first.stream(), second.stream()).toList());
    }
    return AssignmentValidator.validate(problem, recorded);
  }

  private AvailableJuror available(Juror juror) {
    OptionalInt capacity = juror.capacity().map(OptionalInt::of).orElseGet(OptionalInt::empty);
    return new AvailableJuror(juror.id(), capacity, ExpertiseThemes.of(juror, dossier.call().themes()));
  }
}
