/** Jurors' severity: the additive fit of each juror's offset over a whole panel, and the scores adjusted for it. */
@NullMarked
package org.convoca.jury.severity;

import org.jspecify.annotations.NullMarked;
