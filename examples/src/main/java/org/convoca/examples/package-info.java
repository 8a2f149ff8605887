/** Runnable examples and the bundled sample dossiers. */
@NullMarked
package org.convoca.examples;

import org.jspecify.annotations.NullMarked;
