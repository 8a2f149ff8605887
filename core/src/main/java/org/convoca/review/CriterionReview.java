package org.convoca.review;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.convoca.call.CriterionId;
import org.convoca.jury.ConsensusScore;
import org.convoca.proposal.ProposalId;

/**
 * The jury's review of one proposal on one criterion the jury scores: every score with its status,
 * the aggregate of the valid ones, and the consensus score that replaces it, if any.
 *
 * @param proposal the proposal
 * @param criterion the criterion
 * @param scores every score of the proposal on the criterion, in juror order
 * @param aggregate the valid scores (adjusted when the call normalises) combined by the call's
 *     method; empty when no score is valid
 * @param consensus the score the jury agreed on, which replaces the aggregate; empty when none
 * @param needed how many valid scores the call needs ({@code minScores})
 */
public record CriterionReview(ProposalId proposal, CriterionId criterion, List<ReviewedScore> scores,
    Optional<BigDecimal> aggregate, Optional<ConsensusScore> consensus, int needed) {

  /**
   * Checks that nothing is missing and copies the scores.
   *
   * @param proposal the proposal
   * @param criterion the criterion
   * @param scores every score of the proposal on the criterion, in juror order
   * @param aggregate the valid scores (adjusted when the call normalises) combined by the call's
   *     method; empty when no score is valid
   * @param consensus the score the jury agreed on, which replaces the aggregate; empty when none
   * @param needed how many valid scores the call needs ({@code minScores})
   */
  public CriterionReview {
    requireNonNull(proposal, "'proposal' must not be null");
    requireNonNull(criterion, "'criterion' must not be null");
    scores = List.copyOf(requireNonNull(scores, "'scores' must not be null"));
    requireNonNull(aggregate, "'aggregate' must not be null");
    requireNonNull(consensus, "'consensus' must not be null");
  }

  /** {@return the scores that count: those no conflict excludes} */
  public List<ReviewedScore> valid() {
    return scores.stream().filter(s -> !s.excluded()).toList();
  }

  /** {@return the figure the rules read: the consensus score when there is one, otherwise the aggregate} */
  public Optional<BigDecimal> value() {
    return consensus.map(ConsensusScore::value).or(() -> aggregate);
  }

  /** {@return the lowest valid score (adjusted); empty when none is valid} */
  public Optional<BigDecimal> min() {
    return valid().stream().map(ReviewedScore::adjusted).min(Comparator.naturalOrder());
  }

  /** {@return the highest valid score (adjusted); empty when none is valid} */
  public Optional<BigDecimal> max() {
    return valid().stream().map(ReviewedScore::adjusted).max(Comparator.naturalOrder());
  }

  /**
   * {@return whether the jury's review is complete: a consensus score, or at least {@link #needed()} valid scores}
   */
  public boolean complete() {
    if (consensus.isPresent()) {
      return true;
    }
    int valid = 0;
    for (ReviewedScore score : scores) {
      if (!score.excluded()) {
        valid++;
      }
    }
    return valid >= needed;
  }
}
