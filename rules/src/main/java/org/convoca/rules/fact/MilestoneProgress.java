package org.convoca.rules.fact;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.convoca.monitoring.CompletionLevel;
import org.convoca.proposal.MilestoneId;
import org.convoca.proposal.ProposalId;
import org.jspecify.annotations.Nullable;

/**
 * One milestone of a monitored project as it stands on the judgement date ({@link MonitoringDate}):
 * what the latest report dated up to that day that lists it says, and how late it is. Computed in
 * Java.
 *
 * @param proposal the project
 * @param commitment the position of its commitment in the proposal, from 1
 * @param milestone the milestone's id
 * @param deliverable what it delivers
 * @param due when it is due
 * @param verifiable whether it names a means of verification
 * @param reported the level the latest report listing it gives; null when no report lists it yet
 * @param reportedOn the day of that report; null when no report lists it yet
 * @param evidence how many evidence links that report gives for it (0 when unreported)
 * @param reason the reason that report gives for it; null when it gives none
 * @param daysOverdue days from its due date to the judgement date; 0 when it is not past due
 */
public record MilestoneProgress(ProposalId proposal, int commitment, MilestoneId milestone, String deliverable,
    LocalDate due, boolean verifiable, @Nullable CompletionLevel reported, @Nullable LocalDate reportedOn,
    int evidence, @Nullable String reason, long daysOverdue) {

  /**
   * Checks that no part is missing, the commitment is a position from 1 and the counts are not negative.
   *
   * @param proposal the project
   * @param commitment the position of its commitment in the proposal, from 1
   * @param milestone the milestone's id
   * @param deliverable what it delivers
   * @param due when it is due
   * @param verifiable whether it names a means of verification
   * @param reported the level the latest report listing it gives; null when unreported
   * @param reportedOn the day of that report; null when unreported
   * @param evidence how many evidence links that report gives for it
   * @param reason the reason that report gives for it; null when none
   * @param daysOverdue days past its due date; 0 when it is not past due
   */
  public MilestoneProgress {
    requireNonNull(proposal, "'proposal' must not be null");
    requireNonNull(milestone, "'milestone' must not be null");
    requireNonNull(deliverable, "'deliverable' must not be null");
    requireNonNull(due, "'due' must not be null");
    if (commitment < 1) {
      throw new IllegalArgumentException("'commitment' must be at least 1, was " + commitment);
    }
    if (evidence < 0 || daysOverdue < 0) {
      throw new IllegalArgumentException("'evidence' and 'daysOverdue' must not be negative, were " + evidence
          + " and " + daysOverdue);
    }
  }

  /** {@return whether a report lists it} */
  public boolean listed() {
    return reported != null;
  }

  /** {@return whether it is past its due date on the judgement date} */
  public boolean pastDue() {
    return daysOverdue > 0;
  }
}
