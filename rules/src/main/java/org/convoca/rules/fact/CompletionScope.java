package org.convoca.rules.fact;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.convoca.monitoring.CompletionFinding;
import org.convoca.proposal.MilestoneId;
import org.convoca.proposal.ProposalId;

/**
 * What a completion is concluded for: one commitment of a monitored project, or the whole project
 * ({@code commitment} {@value CompletionFinding#PROJECT}), with the milestones it is made of.
 * The completion rules match the {@code MilestoneFinding}s of these milestones.
 *
 * @param proposal the project
 * @param commitment the commitment's position in the proposal, from 1; {@value CompletionFinding#PROJECT} for the whole project
 * @param title the commitment's title, or the proposal's for the whole project
 * @param milestones its milestones, in the proposal's order
 */
public record CompletionScope(ProposalId proposal, int commitment, String title, List<MilestoneId> milestones) {

  /**
   * Checks that no part is missing and copies the milestones.
   *
   * @param proposal the project
   * @param commitment the commitment's position, from 1, or {@value CompletionFinding#PROJECT}
   * @param title the commitment's or the proposal's title
   * @param milestones its milestones
   */
  public CompletionScope {
    requireNonNull(proposal, "'proposal' must not be null");
    requireNonNull(title, "'title' must not be null");
    if (commitment < CompletionFinding.PROJECT) {
      throw new IllegalArgumentException("'commitment' must be 0 (the whole project) or a position from 1, was " + commitment);
    }
    milestones = List.copyOf(milestones);
  }

  /** {@return whether it is the whole project rather than one commitment} */
  public boolean wholeProject() {
    return commitment == CompletionFinding.PROJECT;
  }

  /** {@return "commitment N" or "the project", for sentences} */
  public String named() {
    return wholeProject() ? "the project" : "commitment " + commitment;
  }
}
