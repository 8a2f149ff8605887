package org.convoca.monitoring;

import static java.util.Objects.requireNonNull;

import org.convoca.proposal.MilestoneId;
import org.convoca.proposal.ProposalId;
import org.convoca.value.VisibleText;

/**
 * How far a milestone counts as completed, as a monitoring rule judged it from the latest report:
 * a milestone reported {@code COMPLETE} without evidence counts as {@code NO_EVIDENCE}, and an
 * unreported one as {@code NO_EVIDENCE} too.
 *
 * @param proposal the project
 * @param milestone the milestone, one of the project's
 * @param completion how far it counts as completed
 * @param rule the rule's name
 * @param sentence why, in plain words
 */
public record MilestoneFinding(ProposalId proposal, MilestoneId milestone, CompletionLevel completion, String rule, String sentence) implements MonitoringFinding {

  /**
   * Checks that no part is missing; writes control characters in the rule's text visibly ({@link VisibleText}).
   *
   * @param proposal the project
   * @param milestone the milestone, one of the project's
   * @param completion how far it counts as completed
   * @param rule the rule's name
   * @param sentence why, in plain words
   */
  public MilestoneFinding {
    requireNonNull(proposal, "'proposal' must not be null");
    requireNonNull(milestone, "'milestone' must not be null");
    requireNonNull(completion, "'completion' must not be null");
    requireNonNull(rule, "'rule' must not be null");
    requireNonNull(sentence, "'sentence' must not be null");
    rule = VisibleText.of(rule);
    sentence = VisibleText.of(sentence);
  }
}
