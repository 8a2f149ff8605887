/**
 * The jury's review of a dossier: the conflicts of interest that apply, which scores are valid,
 * severity, aggregates and consensus, agreement, and which proposals the jury could not review in
 * full. It stands between the dossier and the assessment: the rules read its aggregates, the
 * selection its incomplete reviews, and the outcome publishes all of it.
 */
@NullMarked
package org.convoca.review;

import org.jspecify.annotations.NullMarked;
