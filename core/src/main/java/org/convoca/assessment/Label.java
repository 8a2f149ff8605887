package org.convoca.assessment;

/**
 * A label of an assessment.
 *
 * @param label the label, such as {@code CO_CREATED} or {@code PRIMARY_THEME:OPEN_DATA}
 * @param rule the rule that set it
 * @param sentence why
 */
public record Label(String label, String rule, String sentence) {}
