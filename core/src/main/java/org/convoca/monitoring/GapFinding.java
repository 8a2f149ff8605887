package org.convoca.monitoring;

import static java.util.Objects.requireNonNull;

import org.convoca.proposal.MilestoneId;
import org.convoca.proposal.ProposalId;
import org.convoca.value.VisibleText;
import org.jspecify.annotations.Nullable;

/**
 * A documentation gap a monitoring rule found in a project's reports, such as a milestone reported
 * complete without evidence.
 *
 * @param proposal the project
 * @param milestone the milestone the gap is about; null when it is about the project as a whole
 * @param rule the rule's name
 * @param sentence why, in plain words
 */
public record GapFinding(ProposalId proposal, @Nullable MilestoneId milestone, String rule, String sentence) implements MonitoringFinding {

  /**
   * Checks that no part is missing; writes control characters in the rule's text visibly ({@link VisibleText}).
   *
   * @param proposal the project
   * @param milestone the milestone the gap is about; null when it is about the project as a whole
   * @param rule the rule's name
   * @param sentence why, in plain words
   */
  public GapFinding {
    requireNonNull(proposal, "'proposal' must not be null");

    requireNonNull(rule, "'rule' must not be null");
    requireNonNull(sentence, "'sentence' must not be null");
    rule = VisibleText.of(rule);
    sentence = VisibleText.of(sentence);
  }
}
