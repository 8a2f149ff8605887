/**
 * The rules facade: a {@link org.convoca.rules.RuleBook} compiled once from the bundled
 * "federal-call" DRL and/or folders of DRL files, which assesses a dossier's proposals and places
 * selected proposals in tracks. No Drools type appears in this package's public API.
 */
@NullMarked
package org.convoca.rules;

import org.jspecify.annotations.NullMarked;
