/** Co-creation: the partners a proposal was made with and the participation activities behind it. */
@NullMarked
package org.convoca.cocreation;

import org.jspecify.annotations.NullMarked;
