package org.convoca.assessment;

import static java.util.Objects.requireNonNull;

import org.convoca.proposal.ProposalId;
import org.convoca.value.VisibleText;

/**
 * An eligibility check a rule made on a proposal, passed or failed.
 *
 * @param proposal the proposal checked
 * @param rule the rule's name
 * @param passed whether the proposal passed the check
 * @param sentence why
 */
public record CheckFinding(ProposalId proposal, String rule, boolean passed, String sentence) implements Finding {

  /**
   * Checks that no part is missing; writes control characters in the rule's text visibly ({@link VisibleText}).
   *
   * @param proposal the proposal checked
   * @param rule the rule's name
   * @param passed whether the proposal passed the check
   * @param sentence why
   */
  public CheckFinding {
    requireNonNull(proposal, "'proposal' must not be null");
    requireNonNull(rule, "'rule' must not be null");
    requireNonNull(sentence, "'sentence' must not be null");
    rule = VisibleText.of(rule);
    sentence = VisibleText.of(sentence);
  }

  /**
   * {@return a passed check}
   *
   * @param proposal the proposal checked
   * @param rule the name of the rule that made the check
   * @param sentence why it passed, in a sentence a citizen can read
   */
  public static CheckFinding passed(ProposalId proposal, String rule, String sentence) {
    return new CheckFinding(proposal, rule, true, sentence);
  }

  /**
   * {@return a failed check}
   *
   * @param proposal the proposal checked
   * @param rule the name of the rule that made the check
   * @param sentence why it failed, in a sentence a citizen can read
   */
  public static CheckFinding failed(ProposalId proposal, String rule, String sentence) {
    return new CheckFinding(proposal, rule, false, sentence);
  }
}
