package org.convoca.rules;

import org.jspecify.annotations.Nullable;
import org.kie.api.KieBase;

/**
 * The two compiled halves of a rule book.
 *
 * @param assessment the assessment rules
 * @param postSelection the post-selection rules ({@code tracks*.drl}), or null when the book has none
 */
record KnowledgeBases(KieBase assessment, @Nullable KieBase postSelection) {}
