/**
 * Not API: the arithmetic that turns a rule book's findings into assessments, used by
 * {@code convoca-rules}. Applications get assessments from {@code Convoca} or {@code RuleBook}; the
 * types here may change in any release.
 */
@NullMarked
package org.convoca.assessment.internal;

import org.jspecify.annotations.NullMarked;
