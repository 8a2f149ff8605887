package org.convoca.monitoring;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A project as it stood on one of its report dates, or on the monitoring date: one point of its
 * history, judged by the same rules with only the reports and results assessments made by then.
 *
 * @param date the day it is judged as of
 * @param status its status then
 * @param reasons the status findings of that day, the deciding one first
 * @param completion the project's completion then
 * @param completionReason the finding that concluded it; null when no rule did
 * @param results the early results then; null when the jury had assessed none
 * @param funds its spending then
 * @param participants the people reached by then, as the latest report by then says
 * @param narrative what the report of that day tells in the government's words; null when no report
 *     is dated that day or it tells nothing
 */
public record ProjectSnapshot(LocalDate date, ImplementationStatus status, List<StatusFinding> reasons,
    CompletionLevel completion, @Nullable CompletionFinding completionReason, @Nullable ResultsLevel results,
    Funds funds, int participants, @Nullable String narrative) {

  /**
   * Checks that no part is missing and copies the lists.
   *
   * @param date the day it is judged as of
   * @param status its status then
   * @param reasons the status findings of that day, the deciding one first
   * @param completion the project's completion then
   * @param completionReason the finding that concluded it; null when no rule did
   * @param results the early results then; null when the jury had assessed none
   * @param funds its spending then
   * @param participants the people reached by then
   * @param narrative what the report of that day tells; null when none
   */
  public ProjectSnapshot {
    requireNonNull(date, "'date' must not be null");
    requireNonNull(status, "'status' must not be null");
    reasons = List.copyOf(reasons);
    requireNonNull(completion, "'completion' must not be null");
    requireNonNull(funds, "'funds' must not be null");
  }
}
