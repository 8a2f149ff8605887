/** The call for proposals: windows, themes, criteria, thresholds, the selection policy, tracks and rule parameters. */
@NullMarked
package org.convoca.call;

import org.jspecify.annotations.NullMarked;
