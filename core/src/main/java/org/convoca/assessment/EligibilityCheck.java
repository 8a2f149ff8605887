package org.convoca.assessment;

/**
 * One eligibility check of an assessment.
 *
 * @param rule the rule that made it
 * @param passed whether the proposal passed
 * @param sentence why
 */
public record EligibilityCheck(String rule, boolean passed, String sentence) {}
