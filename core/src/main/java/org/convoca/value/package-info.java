/** Small values shared by every concept: money, date and time windows, and the value style. */
@NullMarked
package org.convoca.value;

import org.jspecify.annotations.NullMarked;
