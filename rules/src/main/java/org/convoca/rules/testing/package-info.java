/**
 * Tools for rule authors' tests. {@link org.convoca.rules.testing.RuleVerifier} runs one rule of a
 * book on a proposal or a dossier and asserts what it concluded; golden cases, folders of dossiers
 * with the verdicts a rule book must reach on them, run from JUnit
 * ({@link org.convoca.rules.testing.GoldenCases}) or from any code
 * ({@link org.convoca.rules.testing.GoldenSuite}). JUnit and AssertJ are optional: only
 * {@code GoldenCases} needs JUnit, and a failed verification throws {@link java.lang.AssertionError},
 * which every test framework reports as a failure.
 */
@NullMarked
package org.convoca.rules.testing;

import org.jspecify.annotations.NullMarked;
