package org.convoca.jury.assignment;

import org.convoca.jury.JurorId;
import org.convoca.proposal.ProposalId;

/**
 * A juror who must not review a proposal, and why.
 *
 * <p>The kind is a plain code (for example {@code SAME_JURISDICTION}) so that this package does not
 * depend on the conflict detector: whoever builds the problem passes the detector's kind by name.
 *
 * @param juror the juror, never null
 * @param proposal the proposal, never null
 * @param kind the kind of conflict, never blank
 * @param reason a sentence saying why, never blank
 */
public record ConflictingPair(JurorId juror, ProposalId proposal, String kind, String reason) {

  /**
   * Checks that every part is present.
   *
   * @param juror the juror, never null
   * @param proposal the proposal, never null
   * @param kind the kind of conflict, never blank
   * @param reason a sentence saying why, never blank
   * @throws IllegalArgumentException when a part is null or blank
   */
  public ConflictingPair {
    if (juror == null || proposal == null) {
      throw new IllegalArgumentException("a conflict needs a 'juror' and a 'proposal'");
    }
    if (kind == null || kind.isBlank() || reason == null || reason.isBlank()) {
      throw new IllegalArgumentException(
          "the conflict of " + juror + " with " + proposal + " needs a 'kind' and a 'reason'");
    }
  }
}
