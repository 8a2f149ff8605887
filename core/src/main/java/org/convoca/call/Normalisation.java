package org.convoca.call;

/** Whether jurors' scores are corrected for each juror's severity before they are aggregated. */
public enum Normalisation {
  /** Scores are aggregated as the jurors gave them. */
  NONE,
  /**
   * Each juror's offset (how much more or less severe they are than the panel) is fitted by least
   * squares and subtracted from their scores; see {@code org.convoca.jury.severity.AdditiveNormalisation}.
   */
  ADDITIVE
}
