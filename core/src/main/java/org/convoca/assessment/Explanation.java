package org.convoca.assessment;

import java.math.BigDecimal;
import java.util.Optional;
import org.convoca.call.CriterionId;

/**
 * One entry of a proposal's explanation trail: a rule, what it did and why.
 *
 * @param kind a check, an award or a label
 * @param rule the rule's name
 * @param criterion for an award, the criterion; empty otherwise
 * @param points for an award, the raw points; zero otherwise
 * @param passed for a check, whether it passed; true otherwise
 * @param sentence why
 */
public record Explanation(
    ExplanationKind kind, String rule, Optional<CriterionId> criterion, BigDecimal points, boolean passed, String sentence) {}
