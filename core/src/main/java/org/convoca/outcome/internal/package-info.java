/**
 * Not API: the one call from assessments to an outcome (select, place in tracks, assemble), used by
 * {@code convoca-rules}. Applications get outcomes from {@code Convoca}; the types here may change
 * in any release.
 */
@NullMarked
package org.convoca.outcome.internal;

import org.jspecify.annotations.NullMarked;
