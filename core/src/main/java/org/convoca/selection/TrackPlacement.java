package org.convoca.selection;

import static java.util.Objects.requireNonNull;

import org.convoca.call.TrackId;
import org.convoca.proposal.ProposalId;

/**
 * A selected proposal placed in a track by a post-selection rule.
 *
 * @param track the track
 * @param proposal the proposal placed
 * @param rule the rule that placed it
 * @param sentence why
 */
public record TrackPlacement(TrackId track, ProposalId proposal, String rule, String sentence) {

  /**
   * Checks that no part is missing.
   *
   * @param track the track
   * @param proposal the proposal placed
   * @param rule the rule that placed it
   * @param sentence why
   */
  public TrackPlacement {
    requireNonNull(track, "'track' must not be null");
    requireNonNull(proposal, "'proposal' must not be null");
    requireNonNull(rule, "'rule' must not be null");
    requireNonNull(sentence, "'sentence' must not be null");
  }
}
