package org.convoca.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.convoca.call.CriterionId;
import org.convoca.proposal.ProposalId;

/**
 * Everything the rule book concluded about one proposal, with its reasons. The findings the rules
 * recorded are kept as they are, not copied into other types: the checks here, the awards in each
 * criterion's result, the labels here; {@link #trail()} lists them all.
 *
 * @param proposalId the id of the proposal assessed
 * @param eligible whether every eligibility check passed
 * @param checks the eligibility checks the rules recorded, in a stable order (by rule name)
 * @param criteria one result per criterion of the call, in the call's order, each with its awards
 * @param total the total (0-100 unless the call states another maxTotal): the sum of the weighted
 *     contributions, 2 decimals
 * @param overallThreshold the call's overall threshold
 * @param meetsOverallThreshold whether {@code total} reaches the call's overall threshold
 * @param labels the labels the rules put on it, sorted by label
 * @param rankingScore what the proposal is ranked by when a criterion of the call has a ranking
 *     factor: the sum of each weighted contribution times its criterion's factor (1 when it has
 *     none), 2 decimals; empty when the call ranks by the total. No threshold is compared with it.
 */
public record Assessment(
    ProposalId proposalId,
    boolean eligible,
    List<CheckFinding> checks,
    List<CriterionResult> criteria,
    BigDecimal total,
    BigDecimal overallThreshold,
    boolean meetsOverallThreshold,
    List<LabelFinding> labels,
    Optional<BigDecimal> rankingScore) {

  /**
   * Makes the lists unmodifiable copies; common decimals are shared, equal to the ones given (see {@link AwardFinding}).
   *
   * @param proposalId the id of the proposal assessed
   * @param eligible whether every eligibility check passed
   * @param checks the eligibility checks the rules recorded, in a stable order (by rule name)
   * @param criteria one result per criterion of the call, in the call's order, each with its awards
   * @param total the 0-100 total: the sum of the weighted contributions, 2 decimals
   * @param overallThreshold the call's overall threshold
   * @param meetsOverallThreshold whether {@code total} reaches the call's overall threshold
   * @param labels the labels the rules put on it, sorted by label
   * @param rankingScore what it is ranked by when the call has ranking factors; empty otherwise
   */
  public Assessment {
    rankingScore = SharedDecimals.of(Objects.requireNonNull(rankingScore, "'rankingScore' must not be null"));
    total = SharedDecimals.of(total);
    overallThreshold = SharedDecimals.of(overallThreshold);
    checks = List.copyOf(checks);
    criteria = List.copyOf(criteria);
    labels = List.copyOf(labels);
  }

  /**
   * The assessment of a proposal in a call that ranks by the total, with no ranking score.
   *
   * @param proposalId the id of the proposal assessed
   * @param eligible whether every eligibility check passed
   * @param checks the eligibility checks the rules recorded, in a stable order (by rule name)
   * @param criteria one result per criterion of the call, in the call's order, each with its awards
   * @param total the total: the sum of the weighted contributions, 2 decimals
   * @param overallThreshold the call's overall threshold
   * @param meetsOverallThreshold whether {@code total} reaches the call's overall threshold
   * @param labels the labels the rules put on it, sorted by label
   */
  public Assessment(ProposalId proposalId, boolean eligible, List<CheckFinding> checks, List<CriterionResult> criteria,
      BigDecimal total, BigDecimal overallThreshold, boolean meetsOverallThreshold, List<LabelFinding> labels) {
    this(proposalId, eligible, checks, criteria, total, overallThreshold, meetsOverallThreshold, labels, Optional.empty());
  }

  /** {@return what the proposal is ranked by: its ranking score when it has one, else its total} */
  public BigDecimal rankedBy() {
    return rankingScore.orElse(total);
  }

  /**
   * {@return every finding, the ones the lists above hold, in a stable order: checks, then awards
   * criterion by criterion, then labels}
   */
  public List<Finding> trail() {
    List<Finding> trail = new ArrayList<>(checks);
    criteria.forEach(c -> trail.addAll(c.awards()));
    trail.addAll(labels);
    return List.copyOf(trail);
  }

  /** {@return whether the total and every criterion reach their thresholds} */
  public boolean meetsAllThresholds() {
    return meetsOverallThreshold && criteria.stream().allMatch(CriterionResult::meetsThreshold);
  }

  /** {@return the checks that failed} */
  public List<CheckFinding> failedChecks() {
    return checks.stream().filter(c -> !c.passed()).toList();
  }

  /** {@return the criteria whose threshold was not reached} */
  public List<CriterionResult> criteriaBelowThreshold() {
    return criteria.stream().filter(c -> !c.meetsThreshold()).toList();
  }

  /**
   * {@return the result on {@code criterion}, if the call has it}
   *
   * @param criterion the criterion's id
   */
  public Optional<CriterionResult> criterion(CriterionId criterion) {
    // A loop, not a stream: the ranking asks it at each comparison that a tie-break by criterion decides.
    for (CriterionResult result : criteria) {
      if (result.criterion().equals(criterion)) {
        return Optional.of(result);
      }
    }
    return Optional.empty();
  }

  /**
   * {@return whether the proposal carries {@code label}}
   *
   * @param label the label to look for
   */
  public boolean hasLabel(String label) {
    return labels.stream().anyMatch(l -> l.label().equals(label));
  }
}
