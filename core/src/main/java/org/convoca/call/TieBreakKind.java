package org.convoca.call;

/** One step of a tie-break chain. */
public enum TieBreakKind {
  /** The higher points on a named criterion rank first. */
  CRITERION,
  /** The earlier submission ranks first. */
  EARLIER_SUBMISSION,
  /** The smaller requested funding ranks first. */
  LOWER_REQUEST,
  /** The proposal id in ascending order: the last step, which always breaks a tie. */
  PROPOSAL_ID
}
