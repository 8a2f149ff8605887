package org.convoca.jury.agreement;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import org.convoca.jury.JurorId;
import org.convoca.proposal.ProposalId;

/**
 * One juror's score of one proposal, on one criterion that the caller keeps fixed: the
 * (rater, unit, value) triple of the reliability literature. A proposal a juror did not score
 * simply has no rating: missing scores need no marker.
 *
 * @param juror who scored, never null
 * @param proposal the unit scored, never null
 * @param value the score, never null
 */
public record Rating(JurorId juror, ProposalId proposal, BigDecimal value) {

  /**
   * Checks that every part is present.
   *
   * @param juror who scored, never null
   * @param proposal the unit scored, never null
   * @param value the score, never null
   * @throws NullPointerException when a part is null, naming it
   */
  public Rating {
    requireNonNull(juror, "'juror' must not be null");
    requireNonNull(proposal, "'proposal' must not be null");
    requireNonNull(value, "'value' must not be null");
  }
}
