package org.convoca.assessment;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import org.convoca.call.CriterionId;
import org.convoca.proposal.ProposalId;
import org.convoca.value.VisibleText;

/**
 * Points a rule awarded a proposal towards one criterion. Points may be zero (a rule that says
 * why nothing was awarded) but not negative.
 *
 * @param proposal the proposal
 * @param criterion the criterion the points count towards
 * @param rule the rule's name
 * @param points the raw points, before the criterion's cap
 * @param sentence why
 */
public record AwardFinding(ProposalId proposal, CriterionId criterion, String rule, BigDecimal points, String sentence)
    implements Finding {

  /**
   * Checks that no part is missing; writes control characters in the rule's text visibly ({@link VisibleText}) and points are not negative.
   * Common points (0.00, 2.00, 3.33...) are kept as one shared instance, equal to the one given,
   * scale included, so that many assessments do not each hold their own copy of the same value.
   *
   * @param proposal the proposal
   * @param criterion the criterion the points count towards
   * @param rule the rule's name
   * @param points the raw points, before the criterion's cap
   * @param sentence why
   */
  public AwardFinding {
    requireNonNull(proposal, "'proposal' must not be null");
    requireNonNull(criterion, "'criterion' must not be null");
    requireNonNull(rule, "'rule' must not be null");
    requireNonNull(points, "'points' must not be null");
    requireNonNull(sentence, "'sentence' must not be null");
    rule = VisibleText.of(rule);
    sentence = VisibleText.of(sentence);
    if (points.signum() < 0) {
      throw new IllegalArgumentException("'points' must not be negative, was " + points.toPlainString());
    }
    points = SharedDecimals.of(points);
  }

  /**
   * {@return an award of {@code points} (a decimal, such as 2.5) towards {@code criterion}}
   *
   * @param proposal the proposal awarded
   * @param criterion the id of the criterion the points count towards
   * @param rule the name of the rule that awarded them
   * @param points the points awarded
   * @param sentence why, in a sentence a citizen can read
   */
  public static AwardFinding of(ProposalId proposal, String criterion, String rule, double points, String sentence) {
    return new AwardFinding(proposal, CriterionId.of(criterion), rule, BigDecimal.valueOf(points), sentence);
  }
}
