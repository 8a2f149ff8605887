/** Assigning jurors to proposals: an exact, balanced, conflict-free assignment and its validator. */
@NullMarked
package org.convoca.jury.assignment;

import org.jspecify.annotations.NullMarked;
