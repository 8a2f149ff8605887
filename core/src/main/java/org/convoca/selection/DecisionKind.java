package org.convoca.selection;

/** What happened to a proposal in a call. Every proposal ends with exactly one. */
public enum DecisionKind {
  /** Selected in rank order, within the slots, caps and budget. */
  SELECTED_BY_MERIT(true),
  /** Selected on a seat reserved so that the selection covers the call's minimum number of jurisdictions. */
  SELECTED_RESERVED_SEAT(true),
  /** Selected by a recorded jury decision (an INCLUDE override). */
  SELECTED_BY_JURY(true),
  /** Ranked and not selected, waiting in order for a seat that frees up. */
  WAITLISTED(false),
  /** Ranked and not selected: the slots, a cap or the budget stopped it. */
  NOT_SELECTED(false),
  /** Not selected by a recorded jury decision (an EXCLUDE override). */
  EXCLUDED_BY_JURY(false),
  /**
   * Eligible, but the jury's review is incomplete: on a criterion the jury scores it has fewer valid
   * scores than the call's {@code minScores} (conflicted scores excluded) and no consensus score, so
   * it cannot be ranked.
   */
  INCOMPLETE_REVIEW(false),
  /** Eligible but below the overall threshold or a criterion's threshold, so not ranked. */
  BELOW_THRESHOLD(false),
  /** Failed at least one eligibility check, so not ranked. */
  INELIGIBLE(false);

  private final boolean selected;

  DecisionKind(boolean selected) {
    this.selected = selected;
  }

  /** {@return whether a proposal with this decision is in the selection} */
  public boolean selected() {
    return selected;
  }
}
