package org.convoca.rules.fact;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.convoca.proposal.OpenGovernmentValue;
import org.convoca.proposal.ProposalId;
import org.convoca.value.Money;
import org.jspecify.annotations.Nullable;

/**
 * A selected project as the monitoring rules see it on the judgement date ({@link MonitoringDate}):
 * what the selection said about it and what its reports dated up to that day say. Computed in
 * Java; only reports dated on or before the judgement date count.
 *
 * @param proposal the project
 * @param total its total at selection
 * @param rank its rank at selection, from 1
 * @param labels the labels of its assessment, sorted
 * @param values the open-government values it advances, in the proposal's order
 * @param requested the funds it requested from the program
 * @param latestReport the day of its latest report; null when it has none yet
 * @param daysSinceReport days from its latest report (from the selection date when it has none) to the judgement date
 * @param daysSinceSelection days from the selection date to the judgement date
 * @param reports how many reports it has
 * @param spentShare the funds its latest report says were spent, as a percentage of {@code requested},
 *     2 decimals, half up (0 without a report or when nothing was requested)
 * @param participants the people reached so far, as its latest report says (0 without one)
 * @param milestones how many milestones it has
 * @param allMilestonesVerifiable whether every milestone names a means of verification
 */
public record MonitoredProject(ProposalId proposal, BigDecimal total, int rank, List<String> labels,
    List<OpenGovernmentValue> values, Money requested, @Nullable LocalDate latestReport, long daysSinceReport,
    long daysSinceSelection, int reports, BigDecimal spentShare, int participants, int milestones,
    boolean allMilestonesVerifiable) {

  /**
   * Checks that no part is missing and copies the lists.
   *
   * @param proposal the project
   * @param total its total at selection
   * @param rank its rank at selection, from 1
   * @param labels the labels of its assessment, sorted
   * @param values the open-government values it advances
   * @param requested the funds it requested from the program
   * @param latestReport the day of its latest report; null when it has none yet
   * @param daysSinceReport days from its latest report (or the selection date) to the judgement date
   * @param daysSinceSelection days from the selection date to the judgement date
   * @param reports how many reports it has
   * @param spentShare the funds spent as a percentage of {@code requested}
   * @param participants the people reached so far
   * @param milestones how many milestones it has
   * @param allMilestonesVerifiable whether every milestone names a means of verification
   */
  public MonitoredProject {
    requireNonNull(proposal, "'proposal' must not be null");
    requireNonNull(total, "'total' must not be null");
    labels = List.copyOf(labels);
    values = List.copyOf(values);
    requireNonNull(requested, "'requested' must not be null");
    requireNonNull(spentShare, "'spentShare' must not be null");
  }

  /**
   * {@return whether its assessment carries {@code label}}
   *
   * @param label the label to look for, such as {@link org.convoca.call.FederalVocabulary#CO_CREATED}
   */
  public boolean hasLabel(String label) {
    return labels.contains(label);
  }

  /**
   * {@return the open-government values it advances other than technology and innovation, which the
   * IRM counts as a lens on the others rather than a value of its own}
   */
  public List<OpenGovernmentValue> coreValues() {
    return values.stream().filter(v -> v != OpenGovernmentValue.TECHNOLOGY_AND_INNOVATION).toList();
  }
}
