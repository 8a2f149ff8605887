/**
 * The HTML report, {@code report.html}: the view of an outcome that the page shows, the SVG chart
 * geometry and the jte templates compiled into this package. Not API: the module does not export it;
 * write the report with {@link org.convoca.outcome.OutcomeWriters#html}.
 */
@NullMarked
package org.convoca.outcome.html;

import org.jspecify.annotations.NullMarked;
