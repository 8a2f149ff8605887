/** Selection: ranking and tie-breaks, the call's policy, jury overrides, decisions with reasons, and track placements. */
@NullMarked
package org.convoca.selection;

import org.jspecify.annotations.NullMarked;
