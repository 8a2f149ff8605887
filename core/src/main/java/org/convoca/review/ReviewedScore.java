package org.convoca.review;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.convoca.call.CriterionId;
import org.convoca.jury.JurorId;
import org.convoca.jury.conflict.Conflict;
import org.convoca.proposal.ProposalId;

/**
 * One juror's score as the jury's review sees it: the raw score, the score adjusted for the juror's
 * severity, whether a conflict of interest excludes it, and whether the juror was assigned.
 *
 * @param juror who scored
 * @param proposal the proposal scored
 * @param criterion the criterion scored
 * @param raw the score as the juror gave it
 * @param adjusted the score net of the juror's offset, kept on the scale (an excluded score too,
 *     with the offset fitted on the juror's valid scores); equal to {@code raw} when the call does not
 *     normalise or the juror has no valid score on the criterion
 * @param conflicts the conflicts of this juror with this proposal that apply; empty when the score counts
 * @param assigned whether the juror was assigned to the proposal; empty when the dossier records no assignment
 */
public record ReviewedScore(JurorId juror, ProposalId proposal, CriterionId criterion, BigDecimal raw,
    BigDecimal adjusted, List<Conflict> conflicts, Optional<Boolean> assigned) {

  /**
   * Checks that nothing is missing and copies the conflicts.
   *
   * @param juror who scored
   * @param proposal the proposal scored
   * @param criterion the criterion scored
   * @param raw the score as the juror gave it
   * @param adjusted the score net of the juror's offset, kept on the scale (an excluded score too,
   *     with the offset fitted on the juror's valid scores); equal to {@code raw} when the call does not
   *     normalise or the juror has no valid score on the criterion
   * @param conflicts the conflicts of this juror with this proposal that apply; empty when the score counts
   * @param assigned whether the juror was assigned to the proposal; empty when the dossier records no assignment
   */
  public ReviewedScore {
    requireNonNull(juror, "'juror' must not be null");
    requireNonNull(proposal, "'proposal' must not be null");
    requireNonNull(criterion, "'criterion' must not be null");
    requireNonNull(raw, "'raw' must not be null");
    requireNonNull(adjusted, "'adjusted' must not be null");
    conflicts = List.copyOf(requireNonNull(conflicts, "'conflicts' must not be null"));
    requireNonNull(assigned, "'assigned' must not be null");
  }

  /** {@return whether a conflict of interest excludes the score from the aggregate} */
  public boolean excluded() {
    return !conflicts.isEmpty();
  }

  /**
   * Why the score is excluded, such as "SAME_JURISDICTION: J-1 comes from AR-X, as does the
   * applicant"; each conflict's kind and reason, joined by "; ". Empty when the score counts.
   *
   * @return why the score is excluded, such as "SAME_JURISDICTION: J-1 comes from AR-X, as does the
   *     applicant"; each conflict's kind and reason, joined by "; "
   */
  public Optional<String> exclusion() {
    return excluded()
        ? Optional.of(conflicts.stream().map(c -> c.kind() + ": " + c.reason()).collect(Collectors.joining("; ")))
        : Optional.empty();
  }

  /** {@return whether the dossier records assignments and this juror was not assigned to this proposal} */
  public boolean unassigned() {
    return assigned.filter(a -> !a).isPresent();
  }
}
