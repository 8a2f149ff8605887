/**
 * Tools for rule authors' tests: {@link org.convoca.rules.testing.RuleVerifier} runs one rule of a
 * book on a proposal or a dossier and asserts what it concluded. Nothing here needs JUnit or
 * AssertJ: a failed assertion throws {@link java.lang.AssertionError}, which every test framework
 * reports as a failure.
 */
@NullMarked
package org.convoca.rules.testing;

import org.jspecify.annotations.NullMarked;
