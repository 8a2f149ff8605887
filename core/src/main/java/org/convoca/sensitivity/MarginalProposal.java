package org.convoca.sensitivity;

import java.math.BigDecimal;
import org.convoca.call.CriterionId;

/**
 * A marginal proposal, one selected in some draws but in fewer than
 * {@value ProposalSensitivity#STABLE_CORE_PERCENT} percent of them, with the weight that moves it
 * most.
 *
 * <p>That weight is the criterion whose drawn weight is most correlated with the proposal's being
 * selected: over the draws, the largest absolute point-biserial (Pearson) correlation between the
 * criterion's weight and 1 when the draw selects the proposal, 0 when not. A positive correlation
 * says the proposal gains from more weight on that criterion, a negative one that it loses. The
 * correlation, not the difference of mean weights, is compared, so that a heavy criterion, whose
 * weight moves more points, does not win by its size alone. Criteria whose weight never varied are
 * left out; among equal correlations the earlier criterion of the call wins.
 *
 * @param proposal how often it was selected
 * @param criterion the criterion whose weight moves it most
 * @param correlation the correlation, between -1 and 1, rounded to 3 decimals half up
 * @param meanWeightWhenSelected the criterion's mean weight over the draws that selected it, 2 decimals
 * @param meanWeightWhenNot the criterion's mean weight over the other draws, 2 decimals
 */
public record MarginalProposal(ProposalSensitivity proposal, CriterionId criterion, BigDecimal correlation,
    BigDecimal meanWeightWhenSelected, BigDecimal meanWeightWhenNot) {}
