package org.convoca.monitoring;

import static java.util.Objects.requireNonNull;

import org.convoca.proposal.ProposalId;
import org.convoca.value.VisibleText;

/**
 * The early results a monitoring rule concluded for a project from the jury's results assessments.
 *
 * @param proposal the project
 * @param results the answer to "did it open government?" that counts
 * @param rule the rule's name
 * @param sentence why, in plain words
 */
public record ResultsFinding(ProposalId proposal, ResultsLevel results, String rule, String sentence) implements MonitoringFinding {

  /**
   * Checks that no part is missing; writes control characters in the rule's text visibly ({@link VisibleText}).
   *
   * @param proposal the project
   * @param results the answer to "did it open government?" that counts
   * @param rule the rule's name
   * @param sentence why, in plain words
   */
  public ResultsFinding {
    requireNonNull(proposal, "'proposal' must not be null");
    requireNonNull(results, "'results' must not be null");
    requireNonNull(rule, "'rule' must not be null");
    requireNonNull(sentence, "'sentence' must not be null");
    rule = VisibleText.of(rule);
    sentence = VisibleText.of(sentence);
  }
}
