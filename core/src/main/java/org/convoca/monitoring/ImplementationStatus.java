package org.convoca.monitoring;

/**
 * Where a selected project's implementation stands as of a date. The monitoring rule book
 * concludes statuses; when it concludes more than one for a project, the project takes the first
 * of them in {@link #PRECEDENCE}.
 */
public enum ImplementationStatus {
  /** No milestone has started and none is past due. */
  NOT_STARTED,
  /** Work is under way and no milestone is past due. */
  ON_TRACK,
  /** A milestone is past due and not complete. */
  DELAYED,
  /** A milestone is overdue beyond the call's threshold, or spending runs well ahead of completion. */
  AT_RISK,
  /** Every milestone is complete. */
  COMPLETED,
  /** The government has not reported within the reporting interval and its grace days. */
  NO_RECENT_REPORT;

  /** The order in which a status concluded for a project wins over the others concluded with it: the first wins. */
  public static final java.util.List<ImplementationStatus> PRECEDENCE =
      java.util.List.of(COMPLETED, AT_RISK, NO_RECENT_REPORT, DELAYED, ON_TRACK, NOT_STARTED);
}
