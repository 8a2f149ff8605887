package org.convoca.outcome.html;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The geometry of one SVG chart, in user units of its view box, with every coordinate already
 * formatted: the template writes the markup and computes nothing.
 *
 * @param width the view box's width
 * @param height the view box's height
 * @param grid the lines drawn under the bars: the axis's ticks and its zero line
 * @param bars the rectangles, in drawing order
 * @param rules the lines drawn over the bars: reference lines and the cut line
 * @param labels the texts: category labels, values, tick and reference-line labels
 */
record Plot(String width, String height, List<Rule> grid, List<Bar> bars, List<Rule> rules, List<Label> labels) {

  /**
   * One rectangle.
   *
   * @param cssClass its class, which gives its colour
   * @param tip the tooltip, also read by screen readers
   * @param href the page anchor it links to, or null
   */
  record Bar(String x, String y, String width, String height, String cssClass, String tip, @Nullable String href) {}

  /** One line from (x1, y1) to (x2, y2). */
  record Rule(String x1, String y1, String x2, String y2, String cssClass) {}

  /** One text; {@code anchor} is SVG's text-anchor: start, middle or end. */
  record Label(String x, String y, String anchor, String cssClass, String text) {}
}
