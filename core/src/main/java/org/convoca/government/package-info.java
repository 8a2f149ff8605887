/** Governments: national, provincial and municipal, with their jurisdictions and populations. */
@NullMarked
package org.convoca.government;

import org.jspecify.annotations.NullMarked;
