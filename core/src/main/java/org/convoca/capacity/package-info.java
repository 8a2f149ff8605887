/** Capacity building: courses, the people who took them, and their sectors. */
@NullMarked
package org.convoca.capacity;

import org.jspecify.annotations.NullMarked;
