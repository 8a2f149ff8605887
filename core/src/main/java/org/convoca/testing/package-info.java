/**
 * Fixture builders for tests of rules and selections: a complete federal call, a complete
 * proposal that passes every bundled eligibility check, and a dossier around them, each a value
 * that a test changes one thing at a time with the Immutables {@code with*} methods.
 */
@NullMarked
package org.convoca.testing;

import org.jspecify.annotations.NullMarked;
