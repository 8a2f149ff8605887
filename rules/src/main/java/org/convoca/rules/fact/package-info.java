/**
 * The facts that rules read beyond the dossier's own model: rule parameters, jury aggregates, the
 * order of a government's submissions and, after selection, the selected proposals. Rule authors
 * import these types in their DRL files.
 */
@NullMarked
package org.convoca.rules.fact;

import org.jspecify.annotations.NullMarked;
