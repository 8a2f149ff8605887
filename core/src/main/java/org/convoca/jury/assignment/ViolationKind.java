package org.convoca.jury.assignment;

/** The constraint an assignment breaks. */
public enum ViolationKind {
  /** The assignment names a proposal that the problem does not list. */
  UNKNOWN_PROPOSAL,
  /** The assignment names a juror that the problem does not list. */
  UNKNOWN_JUROR,
  /** A juror is listed more than once for the same proposal. */
  DUPLICATE_JUROR,
  /** A proposal has fewer distinct jurors than {@code reviewersPerProposal}. */
  UNDER_COVERED,
  /** A proposal has more distinct jurors than {@code reviewersPerProposal}. */
  OVER_COVERED,
  /** A juror reviews a proposal they have a conflict with. */
  CONFLICT,
  /** A juror reviews more proposals than their capacity. */
  OVER_CAPACITY,
  /** A juror could hand a review to one with 2 or more fewer reviews without breaking a constraint. */
  UNBALANCED
}
