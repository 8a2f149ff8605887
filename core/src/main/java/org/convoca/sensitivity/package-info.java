/**
 * Weight sensitivity: how the selection of a call holds when the criteria weights are perturbed at
 * random, with the findings assessed once and only the weighted totals and the selection rerun.
 */
@NullMarked
package org.convoca.sensitivity;

import org.jspecify.annotations.NullMarked;
