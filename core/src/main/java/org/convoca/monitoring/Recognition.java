package org.convoca.monitoring;

/** The jury's recognitions of a project with promising results, after the IRM's. */
public enum Recognition {
  /** High completion (substantial or complete) and strong early results (major or outstanding). */
  PROMISING,
  /**
   * The IRM's starred criteria mapped to Convoca's data: verifiable milestones, relevant to at
   * least one open-government value, the potential shown at selection, and high completion.
   */
  STARRED
}
