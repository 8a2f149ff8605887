/**
 * Selection: the ranking and its tie-breaks, the call's policy (slots, caps, budget, reserved seats,
 * waitlist), the jury's overrides, decisions with reasons, and the track placements the
 * post-selection rules make. The outcome that puts them together is in {@code org.convoca.outcome}.
 */
@NullMarked
package org.convoca.selection;

import org.jspecify.annotations.NullMarked;
