/** The call outcome: assessments, ranking, decisions, tracks, summary and fingerprint, and its JSON, CSV and Markdown writers. */
@NullMarked
package org.convoca.outcome;

import org.jspecify.annotations.NullMarked;
