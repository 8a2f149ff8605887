/** Implementation monitoring: progress reports on the milestones of selected proposals. */
@NullMarked
package org.convoca.monitoring;

import org.jspecify.annotations.NullMarked;
