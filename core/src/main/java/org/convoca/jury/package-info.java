/** The jury: jurors, their scores per proposal and criterion, and the decisions they record. */
@NullMarked
package org.convoca.jury;

import org.jspecify.annotations.NullMarked;
