package org.convoca.outcome.html;

import java.util.List;

/**
 * One chart: its SVG geometry, its text alternative and the table behind it.
 *
 * @param anchor the section's anchor, starting with '_'
 * @param title the chart's title, also the SVG's {@code <title>}
 * @param description the chart in words, the SVG's {@code <desc>}
 * @param plot the geometry
 * @param legend the colours and what they mean
 * @param table the figures the chart draws
 */
record ChartView(String anchor, String title, String description, Plot plot, List<Legend> legend, DataTable table) {

  /** What one colour means. */
  record Legend(String cssClass, String label) {}

  /** A table: a caption, a header and rows of cells; {@code numeric} says which columns align right. */
  record DataTable(String caption, List<String> head, List<Boolean> numeric, List<List<String>> rows) {}
}
