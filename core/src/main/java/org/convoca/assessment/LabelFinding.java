package org.convoca.assessment;

import static java.util.Objects.requireNonNull;

import org.convoca.proposal.ProposalId;
import org.convoca.value.VisibleText;

/**
 * A label a rule put on a proposal, such as {@code CO_CREATED}, {@code NEEDS_CONSENSUS} or
 * {@code PRIMARY_THEME:OPEN_DATA}.
 *
 * @param proposal the proposal
 * @param label the label: upper-case code, optionally followed by a colon and a value
 * @param rule the rule's name
 * @param sentence why
 */
public record LabelFinding(ProposalId proposal, String label, String rule, String sentence) implements Finding {

  /**
   * Checks that no part is missing; writes control characters in the rule's text visibly ({@link VisibleText}).
   * Common labels are kept as one shared instance, equal to the one given.
   *
   * @param proposal the proposal
   * @param label the label: upper-case code, optionally followed by a colon and a value
   * @param rule the rule's name
   * @param sentence why
   */
  public LabelFinding {
    requireNonNull(proposal, "'proposal' must not be null");
    requireNonNull(label, "'label' must not be null");
    requireNonNull(rule, "'rule' must not be null");
    requireNonNull(sentence, "'sentence' must not be null");
    label = SharedLabels.of(VisibleText.of(label));
    rule = VisibleText.of(rule);
    sentence = VisibleText.of(sentence);
  }
}
