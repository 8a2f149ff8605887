/** Conflicts of interest between jurors and proposals: detected from who the jurors are, and declared. */
@NullMarked
package org.convoca.jury.conflict;

import org.jspecify.annotations.NullMarked;
