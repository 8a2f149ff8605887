package org.convoca.monitoring;

import static java.util.Objects.requireNonNull;

import org.convoca.proposal.ProposalId;
import org.convoca.value.VisibleText;

/**
 * The IRM completion a monitoring rule concluded for one commitment of a project, or for the whole
 * project ({@code commitment} {@value #PROJECT}).
 *
 * @param proposal the project
 * @param commitment the commitment's position in the proposal, from 1; {@value #PROJECT} for the whole project
 * @param completion its completion
 * @param rule the rule's name
 * @param sentence why, in plain words
 */
public record CompletionFinding(ProposalId proposal, int commitment, CompletionLevel completion, String rule, String sentence) implements MonitoringFinding {

  /** The {@code commitment} of a finding about the whole project. */
  public static final int PROJECT = 0;

  /**
   * Checks that no part is missing; writes control characters in the rule's text visibly ({@link VisibleText}).
   *
   * @param proposal the project
   * @param commitment the commitment's position in the proposal, from 1; {@value #PROJECT} for the whole project
   * @param completion its completion
   * @param rule the rule's name
   * @param sentence why, in plain words
   */
  public CompletionFinding {
    requireNonNull(proposal, "'proposal' must not be null");
    requireNonNull(completion, "'completion' must not be null");
    if (commitment < PROJECT) {
      throw new IllegalArgumentException("'commitment' must be 0 (the whole project) or a position from 1, was " + commitment);
    }
    requireNonNull(rule, "'rule' must not be null");
    requireNonNull(sentence, "'sentence' must not be null");
    rule = VisibleText.of(rule);
    sentence = VisibleText.of(sentence);
  }
}
