/**
 * Validating a published selection against the call's rules, as a list of violations and as AssertJ
 * assertions; and checking a dossier's monitoring data against the selection and the monitoring date.
 */
@NullMarked
package org.convoca.validation;

import org.jspecify.annotations.NullMarked;
