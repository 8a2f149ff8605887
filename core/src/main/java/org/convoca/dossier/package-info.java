/** The dossier, the one input document, with its reader, writer and JSON Schema. */
@NullMarked
package org.convoca.dossier;

import org.jspecify.annotations.NullMarked;
