package org.convoca.monitoring;

import static java.util.Objects.requireNonNull;

import org.convoca.proposal.ProposalId;
import org.convoca.value.VisibleText;

/**
 * One condition of a recognition, met or missed by a project, as a monitoring rule judged it. A
 * project receives a recognition when it meets every condition the rules name for it and misses none.
 *
 * @param proposal the project
 * @param recognition the recognition the condition belongs to
 * @param condition a short name of the condition, such as {@code HIGH_COMPLETION}
 * @param met whether the project meets it
 * @param rule the rule's name
 * @param sentence why, in plain words
 */
public record RecognitionFinding(ProposalId proposal, Recognition recognition, String condition, boolean met, String rule, String sentence) implements MonitoringFinding {

  /**
   * Checks that no part is missing; writes control characters in the rule's text visibly ({@link VisibleText}).
   *
   * @param proposal the project
   * @param recognition the recognition the condition belongs to
   * @param condition a short name of the condition, such as {@code HIGH_COMPLETION}
   * @param met whether the project meets it
   * @param rule the rule's name
   * @param sentence why, in plain words
   */
  public RecognitionFinding {
    requireNonNull(proposal, "'proposal' must not be null");
    requireNonNull(recognition, "'recognition' must not be null");
    requireNonNull(condition, "'condition' must not be null");
    condition = VisibleText.of(condition);
    requireNonNull(rule, "'rule' must not be null");
    requireNonNull(sentence, "'sentence' must not be null");
    rule = VisibleText.of(rule);
    sentence = VisibleText.of(sentence);
  }
}
