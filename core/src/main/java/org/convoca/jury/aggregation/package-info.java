/** How one proposal's valid scores on one criterion become the jury's single figure: mean, median or trimmed mean. */
@NullMarked
package org.convoca.jury.aggregation;

import org.jspecify.annotations.NullMarked;
