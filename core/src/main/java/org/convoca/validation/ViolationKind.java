package org.convoca.validation;

/** What is wrong with a claimed selection. */
public enum ViolationKind {
  /** The claim names a proposal the dossier does not have. */
  UNKNOWN_PROPOSAL,
  /** The claim names a proposal more than once. */
  DUPLICATE_PROPOSAL,
  /** A proposal that failed an eligibility check is selected (and no jury INCLUDE covers it). */
  INELIGIBLE_SELECTED,
  /** An eligible proposal whose jury review is incomplete is selected (and no jury INCLUDE covers it). */
  INCOMPLETE_REVIEW_SELECTED,
  /** An eligible proposal below a threshold is selected (and no jury INCLUDE covers it). */
  BELOW_THRESHOLD_SELECTED,
  /** More proposals are selected than the call has slots. */
  SLOTS_EXCEEDED,
  /** More proposals of one jurisdiction are selected than the call allows. */
  JURISDICTION_CAP_EXCEEDED,
  /** More proposals of one government are selected than the call allows. */
  GOVERNMENT_CAP_EXCEEDED,
  /** The selected proposals request more than the call's budget. */
  BUDGET_EXCEEDED,
  /** The selection covers fewer jurisdictions than the call's minimum, although the computed one covers more. */
  MIN_JURISDICTIONS_MISSED,
  /**
   * A ranked proposal is left out while a lower-ranked one is selected, and swapping them would
   * break no slot, cap, budget or jurisdiction minimum; a lower-ranked proposal the computed
   * selection seats on a reserved seat is not reported.
   */
  PASSED_OVER,
  /** A proposal of the computed selection is missing from the claim. */
  MISSING_FROM_SELECTION,
  /** The claim selects a proposal the computed selection does not. */
  NOT_IN_COMPUTED_SELECTION
}
