package org.convoca.selection;

/**
 * What a {@link DecisionCause} is, written as its {@code kind} in {@code outcome.json}: which seat a
 * selected proposal took, what stopped a ranked one, why one was not ranked, or which override
 * applied.
 */
public enum CauseKind {
  /** It failed at least one eligibility check. */
  INELIGIBLE,
  /** The jury's review of it is incomplete. */
  INCOMPLETE_REVIEW,
  /** It missed the overall threshold or a criterion's threshold. */
  BELOW_THRESHOLD,
  /** It took a seat by merit. */
  MERIT_SEAT,
  /** It took a seat reserved for jurisdiction coverage. */
  RESERVED_SEAT,
  /** Every slot was taken when its turn came. */
  SLOTS_FULL,
  /** Its jurisdiction already had the most seats the call allows per jurisdiction. */
  JURISDICTION_CAP,
  /** Its government already had the most seats the call allows per government. */
  GOVERNMENT_CAP,
  /** Its request did not fit in the budget left. */
  BUDGET,
  /** A jury override included it. */
  JURY_INCLUDE,
  /** A jury override excluded it. */
  JURY_EXCLUDE
}
