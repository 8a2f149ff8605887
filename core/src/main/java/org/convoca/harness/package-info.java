/** Test-harness assertions that start from a call's outcome, above both the outcome and the validation of a selection. */
@NullMarked
package org.convoca.harness;

import org.jspecify.annotations.NullMarked;
