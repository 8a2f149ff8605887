package org.convoca.monitoring;

/** How far a milestone has been completed, after OGP's IRM completion scale. */
public enum CompletionLevel {
  /** No evidence is available. */
  NO_EVIDENCE,
  /** Not started. */
  NOT_STARTED,
  /** Limited progress. */
  LIMITED,
  /** Substantial progress. */
  SUBSTANTIAL,
  /** Complete. */
  COMPLETE;

  /** {@return whether the IRM counts this level as high completion: substantial or complete} */
  public boolean high() {
    return this == SUBSTANTIAL || this == COMPLETE;
  }
}
