package org.convoca.monitoring;

import static java.util.Objects.requireNonNull;

import org.convoca.proposal.ProposalId;
import org.convoca.value.VisibleText;

/**
 * A status a monitoring rule concluded for a project as of the monitoring date.
 *
 * @param proposal the project
 * @param status the status
 * @param rule the rule's name
 * @param sentence why, in plain words
 */
public record StatusFinding(ProposalId proposal, ImplementationStatus status, String rule, String sentence) implements MonitoringFinding {

  /**
   * Checks that no part is missing; writes control characters in the rule's text visibly ({@link VisibleText}).
   *
   * @param proposal the project
   * @param status the status
   * @param rule the rule's name
   * @param sentence why, in plain words
   */
  public StatusFinding {
    requireNonNull(proposal, "'proposal' must not be null");
    requireNonNull(status, "'status' must not be null");
    requireNonNull(rule, "'rule' must not be null");
    requireNonNull(sentence, "'sentence' must not be null");
    rule = VisibleText.of(rule);
    sentence = VisibleText.of(sentence);
  }
}
