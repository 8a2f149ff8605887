package org.convoca.rules;

import org.jspecify.annotations.Nullable;
import org.kie.api.KieBase;

/**
 * The three compiled parts of a rule book, one knowledge base per phase.
 *
 * @param assessment the assessment rules
 * @param postSelection the post-selection rules ({@code tracks*.drl}), or null when the book has none
 * @param monitoring the monitoring rules ({@code monitoring*.drl}), or null when the book has none
 */
record KnowledgeBases(KieBase assessment, @Nullable KieBase postSelection, @Nullable KieBase monitoring) {}
