package org.convoca.sample;

/**
 * The path a generated project's implementation takes through the three report rounds of
 * {@link MonitoringGenerator}. The generator gives each selected project one.
 */
enum Trajectory {
  /** Every milestone complete with evidence by its due date (in the last report, every one due in 2022), the later ones under way. */
  ON_TRACK,
  /** Like {@link #ON_TRACK}, with a milestone reported complete in the second report and substantial, with a reason, in the third. */
  WENT_BACK,
  /** A milestone reported substantial in the first report after its due date (overdue less than 90 days), complete in the next. */
  DELAYED,
  /** A milestone due by 2022-09-30 still limited in every report after its due date: overdue more than 90 days by the end of 2022. */
  OVERDUE,
  /** On time, but the funds spent run 30 points or more ahead of the completion share in the first report. */
  OVERSPENT,
  /** On track, but the milestone due last in 2022 is reported complete without evidence. */
  UNDOCUMENTED,
  /** Reported on 2022-04-15 only. */
  SILENT_AFTER_FIRST,
  /** Reported on 2022-04-15 and 2022-08-15 only, every milestone due before October complete by then. */
  SILENT_AFTER_SECOND
}
