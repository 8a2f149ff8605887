/**
 * Tools for rule authors' tests: golden cases, folders of dossiers with the verdicts a rule book
 * must reach on them, run from JUnit ({@link org.convoca.rules.testing.GoldenCases}) or from any
 * code ({@link org.convoca.rules.testing.GoldenSuite}). JUnit is optional: only
 * {@code GoldenCases} needs it.
 */
@NullMarked
package org.convoca.rules.testing;

import org.jspecify.annotations.NullMarked;
