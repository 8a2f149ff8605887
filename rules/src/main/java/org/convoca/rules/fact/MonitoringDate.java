package org.convoca.rules.fact;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * The day the monitoring rules judge the projects as of: the monitoring date, or one of a project's
 * report dates for its history. One per session; every other monitoring fact is computed as of it.
 *
 * @param asOf the day of the judgement
 */
public record MonitoringDate(LocalDate asOf) {

  /**
   * Checks that the day is given.
   *
   * @param asOf the day of the judgement
   */
  public MonitoringDate {
    requireNonNull(asOf, "'asOf' must not be null");
  }
}
