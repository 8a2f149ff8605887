/** Assessments: what the rules found about each proposal, every point with its reason. */
@NullMarked
package org.convoca.assessment;

import org.jspecify.annotations.NullMarked;
