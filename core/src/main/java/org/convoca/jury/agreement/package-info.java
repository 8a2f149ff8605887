/** How far the jurors agree: Krippendorff's alpha and Shrout–Fleiss case-1 ICCs, per criterion and pooled. */
@NullMarked
package org.convoca.jury.agreement;

import org.jspecify.annotations.NullMarked;
