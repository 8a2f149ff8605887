package org.convoca.jury;

/** What the jury decided against the computed selection. */
public enum JuryVerdict {
  /** Select the proposal although the computation did not. */
  INCLUDE,
  /** Do not select the proposal although the computation did. */
  EXCLUDE
}
