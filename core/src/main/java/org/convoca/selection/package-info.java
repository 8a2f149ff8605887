/** Selection: ranking, the call's policy, decisions with reasons, tracks, and the call outcome. */
@NullMarked
package org.convoca.selection;

import org.jspecify.annotations.NullMarked;
