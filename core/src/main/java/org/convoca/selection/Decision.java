package org.convoca.selection;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.convoca.jury.JuryOverride;
import org.convoca.proposal.ProposalId;

/**
 * The decision on one proposal, its cause as data and its reason as sentences. When the jury
 * overrode the computation, the override is kept and the computed decision stays beside the final
 * one, with its own cause and reason.
 *
 * @param proposal the proposal
 * @param kind the final decision
 * @param reason why, in sentences a citizen can read
 * @param cause why, as data: the seat it took, what stopped it, or the override that applied
 * @param override the jury's override, if one was recorded for the proposal
 * @param computedKind the decision the call's policy computed, before any override
 * @param computedReason the reason of the computed decision
 * @param computedCause the cause of the computed decision
 */
public record Decision(
    ProposalId proposal,
    DecisionKind kind,
    String reason,
    DecisionCause cause,
    Optional<JuryOverride> override,
    DecisionKind computedKind,
    String computedReason,
    DecisionCause computedCause) {

  /**
   * Checks that no part is missing.
   *
   * @param proposal the proposal
   * @param kind the final decision
   * @param reason why, in sentences a citizen can read
   * @param cause why, as data: the seat it took, what stopped it, or the override that applied
   * @param override the jury's override, if one was recorded for the proposal
   * @param computedKind the decision the call's policy computed, before any override
   * @param computedReason the reason of the computed decision
   * @param computedCause the cause of the computed decision
   */
  public Decision {
    requireNonNull(proposal, "'proposal' must not be null");
    requireNonNull(kind, "'kind' must not be null");
    requireNonNull(reason, "'reason' must not be null");
    requireNonNull(override, "'override' must not be null");
    requireNonNull(computedKind, "'computedKind' must not be null");
    requireNonNull(computedReason, "'computedReason' must not be null");
    requireNonNull(cause, "'cause' must not be null");
    requireNonNull(computedCause, "'computedCause' must not be null");
  }

  /** A computed decision that no override touched. */
  static Decision computed(ProposalId proposal, DecisionKind kind, String reason, DecisionCause cause) {
    return new Decision(proposal, kind, reason, cause, Optional.empty(), kind, reason, cause);
  }

  /** {@return whether the jury overrode this proposal} */
  public boolean overridden() {
    return override.isPresent();
  }

  /** {@return whether the proposal is in the final selection} */
  public boolean selected() {
    return kind.selected();
  }
}
