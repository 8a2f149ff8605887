package org.convoca.monitoring;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.convoca.proposal.ProposalId;
import org.jspecify.annotations.Nullable;

/**
 * One selected project as monitoring sees it on the monitoring date: its status, completion per
 * commitment and in all, early results, recognitions, documentation gaps, spending, and history,
 * every item with the rule that concluded it and its sentence.
 *
 * @param proposal the project
 * @param selection what the selection said about it
 * @param status its implementation status: the first status concluded in
 *     {@link ImplementationStatus#PRECEDENCE} order
 * @param reasons every status finding of the day, the deciding one first
 * @param completion the project's IRM completion ({@link CompletionLevel#NO_EVIDENCE} when no rule concluded one)
 * @param completionReason the finding that concluded it; null when no rule did
 * @param commitments the completion of each commitment, in the proposal's order
 * @param milestones how far each milestone counts as completed, in the proposal's order
 * @param results the early results; empty when the jury has assessed none that counts
 * @param recognition the recognitions it receives, in {@link Recognition}'s order
 * @param conditions every condition of every recognition, met or missed
 * @param gaps the documentation gaps found
 * @param funds its spending against its completion
 * @param lastReport the day of its latest report; null when it has none
 * @param participants the people reached so far, as its latest report says (0 without one)
 * @param history the project on each of its report dates, then on the monitoring date, in date order
 */
public record ProjectMonitoring(ProposalId proposal, SelectionContext selection, ImplementationStatus status,
    List<StatusFinding> reasons, CompletionLevel completion, @Nullable CompletionFinding completionReason,
    List<CompletionFinding> commitments, List<MilestoneFinding> milestones, Optional<ResultsFinding> results,
    List<Recognition> recognition, List<RecognitionFinding> conditions, List<GapFinding> gaps, Funds funds,
    @Nullable LocalDate lastReport, int participants, List<ProjectSnapshot> history) {

  /**
   * Checks that no part is missing and copies the lists.
   *
   * @param proposal the project
   * @param selection what the selection said about it
   * @param status its implementation status
   * @param reasons every status finding of the day, the deciding one first
   * @param completion the project's IRM completion
   * @param completionReason the finding that concluded it; null when no rule did
   * @param commitments the completion of each commitment, in the proposal's order
   * @param milestones how far each milestone counts as completed, in the proposal's order
   * @param results the early results; empty when the jury has assessed none that counts
   * @param recognition the recognitions it receives, in {@link Recognition}'s order
   * @param conditions every condition of every recognition, met or missed
   * @param gaps the documentation gaps found
   * @param funds its spending against its completion
   * @param lastReport the day of its latest report; null when it has none
   * @param participants the people reached so far
   * @param history the project on each of its report dates, then on the monitoring date
   */
  public ProjectMonitoring {
    requireNonNull(proposal, "'proposal' must not be null");
    requireNonNull(selection, "'selection' must not be null");
    requireNonNull(status, "'status' must not be null");
    reasons = List.copyOf(reasons);
    requireNonNull(completion, "'completion' must not be null");
    commitments = List.copyOf(commitments);
    milestones = List.copyOf(milestones);
    requireNonNull(results, "'results' must not be null");
    recognition = List.copyOf(recognition);
    conditions = List.copyOf(conditions);
    gaps = List.copyOf(gaps);
    requireNonNull(funds, "'funds' must not be null");
    history = List.copyOf(history);
  }

  /** {@return the early results level; empty when the jury has assessed none that counts} */
  public Optional<ResultsLevel> resultsLevel() {
    return results.map(ResultsFinding::results);
  }

  /**
   * {@return whether it receives {@code recognition}}
   *
   * @param recognition the recognition
   */
  public boolean recognised(Recognition recognition) {
    return this.recognition.contains(recognition);
  }
}
