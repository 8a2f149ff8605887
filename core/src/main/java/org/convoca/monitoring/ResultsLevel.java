package org.convoca.monitoring;

/**
 * The jury's answer to OGP's question "did it open government?" about a project's early results,
 * after the IRM's scale, from worst to best.
 */
public enum ResultsLevel {
  /** Government practice became less open. */
  WORSENED,
  /** Government practice did not change. */
  DID_NOT_CHANGE,
  /** A small step forward. */
  MARGINAL,
  /** A major step forward. */
  MAJOR,
  /** An outstanding change in government practice. */
  OUTSTANDING;

  /** {@return whether the IRM counts this level as strong early results: major or outstanding} */
  public boolean strong() {
    return this == MAJOR || this == OUTSTANDING;
  }
}
