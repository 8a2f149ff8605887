/**
 * The languages Convoca writes in: a call's {@link org.convoca.language.Language}, the message
 * bundles its sentences come from ({@link org.convoca.language.Messages}) and the way numbers,
 * money, dates and lists are written in each language ({@link org.convoca.language.Wording}).
 */
@NullMarked
package org.convoca.language;

import org.jspecify.annotations.NullMarked;
