package org.convoca.call;

/** One step of a tie-break chain. */
public enum TieBreakKind {
  /** The higher points on a named criterion rank first. */
  CRITERION,
  /** The earlier submission ranks first. */
  EARLIER_SUBMISSION,
  /** The smaller requested funding ranks first. */
  LOWER_REQUEST,
  /**
   * A proposal that works on one of the call's themes which no higher-ranked proposal works on
   * ranks first (Horizon Europe's "covers a topic that no higher-ranked proposal covers"). Unlike the
   * other steps it depends on the ranking above the tie: the themes of every proposal ranked higher,
   * including those placed earlier from the same tie, count as covered.
   */
  UNCOVERED_THEME,
  /** The proposal id in ascending order: the last step, which always breaks a tie. */
  PROPOSAL_ID
}
