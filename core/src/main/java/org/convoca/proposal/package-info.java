/** Proposals: what a government applies with, its commitments, milestones, team and funding. */
@NullMarked
package org.convoca.proposal;

import org.jspecify.annotations.NullMarked;
