/** Validating a published selection against the call's rules, as a list of violations and as AssertJ assertions. */
@NullMarked
package org.convoca.validation;

import org.jspecify.annotations.NullMarked;
