package org.convoca.outcome.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Bar charts as geometry: horizontal bars, stacked or not, positive and negative from a zero line,
 * and columns in rank order; each with reference lines. Values map linearly from the domain
 * {@code [lo, hi]} (widened to hold zero and every value) onto the plot area.
 */
final class Bars {

  static final double WIDTH = 640;
  static final double LABEL_WIDTH = 150;
  static final double RIGHT = 84;
  static final double TOP = 24;
  static final double ROW = 18;
  static final double GAP = 6;
  static final double AXIS = 22;
  static final double COLUMNS_HEIGHT = 240;

  private Bars() {}

  /** A part of a bar: its value, class and tooltip. */
  record Segment(double value, String cssClass, String tip) {}

  /** One bar: its label, its segments stacked from zero (positive ones rightwards, negative ones leftwards), its link. */
  record Row(String label, List<Segment> segments, String valueText, @Nullable String href) {}

  /** A reference line at {@code value}, labelled. */
  record Mark(double value, String cssClass, String label) {}

  /**
   * {@return horizontal bars, one row each, with vertical reference lines at {@code marks}}
   *
   * @param lo the least value the axis shows (widened to hold zero and every bar)
   * @param hi the greatest value the axis shows (widened likewise)
   * @param texts how the axis's ticks are written
   */
  static Plot horizontal(List<Row> rows, double lo, double hi, List<Mark> marks, Texts texts) {
    double[] domain = domain(rows.stream().flatMap(r -> ends(r).stream()).toList(), marks, lo, hi);
    Scale x = new Scale(domain[0], domain[1], LABEL_WIDTH, WIDTH - RIGHT);
    double height = TOP + rows.size() * (ROW + GAP) + AXIS;
    List<Plot.Rule> grid = new ArrayList<>();
    List<Plot.Bar> bars = new ArrayList<>();
    List<Plot.Rule> rules = new ArrayList<>();
    List<Plot.Label> labels = new ArrayList<>();
    double plotBottom = TOP + rows.size() * (ROW + GAP);
    axis(x, TOP - 6, plotBottom, grid, labels, texts);
    for (int i = 0; i < rows.size(); i++) {
      Row row = rows.get(i);
      double y = TOP + i * (ROW + GAP);
      double up = 0;
      double down = 0;
      for (Segment s : row.segments()) {
        double from = s.value() >= 0 ? up : down;
        double to = from + s.value();
        if (s.value() >= 0) {
          up = to;
        } else {
          down = to;
        }
        double left = x.at(Math.min(from, to));
        bars.add(new Plot.Bar(f(left), f(y), f(Math.abs(x.at(to) - x.at(from))), f(ROW), s.cssClass(), s.tip(), row.href()));
      }
      labels.add(new Plot.Label(f(LABEL_WIDTH - 6), f(y + ROW - 5), "end", "category", row.label()));
      labels.add(new Plot.Label(f(x.at(up) + 4), f(y + ROW - 5), "start", "value", row.valueText()));
    }
    for (Mark m : marks) {
      rules.add(new Plot.Rule(f(x.at(m.value())), f(TOP - 14), f(x.at(m.value())), f(plotBottom), m.cssClass()));
      labels.add(new Plot.Label(f(x.at(m.value())), f(TOP - 16), "middle", m.cssClass(), m.label()));
    }
    return new Plot(f(WIDTH), f(height), grid, bars, rules, labels);
  }

  /** One column: its value, class and tooltip, and its link. */
  record Column(double value, String cssClass, String tip, @Nullable String href) {}

  /**
   * {@return columns side by side, from zero, with horizontal reference lines at {@code marks} and a
   * vertical line after the first {@code cutAfter} columns (none when it is 0 or all of them); {@code texts}
   * writes the axis's ticks}
   */
  static Plot columns(List<Column> columns, double lo, double hi, List<Mark> marks, int cutAfter, String cutLabel,
      Texts texts) {
    double[] domain = domain(columns.stream().map(Column::value).toList(), marks, lo, hi);
    double left = 44;
    double right = WIDTH - 116;
    double top = TOP;
    double bottom = top + COLUMNS_HEIGHT;
    Scale y = new Scale(domain[0], domain[1], bottom, top);
    double step = columns.isEmpty() ? 0 : (right - left) / columns.size();
    List<Plot.Rule> grid = new ArrayList<>();
    List<Plot.Bar> bars = new ArrayList<>();
    List<Plot.Rule> rules = new ArrayList<>();
    List<Plot.Label> labels = new ArrayList<>();
    for (double tick : ticks(domain[0], domain[1])) {
      grid.add(new Plot.Rule(f(left - 4), f(y.at(tick)), f(right), f(y.at(tick)), tick == 0 ? "zero" : "grid"));
      labels.add(new Plot.Label(f(left - 6), f(y.at(tick) + 4), "end", "tick", texts.tick(tick)));
    }
    for (int i = 0; i < columns.size(); i++) {
      Column c = columns.get(i);
      double from = y.at(Math.max(0, c.value()));
      double to = y.at(Math.min(0, c.value()));
      double gap = step > 3 ? 1 : 0;
      bars.add(new Plot.Bar(f(left + i * step), f(from), f(step - gap), f(to - from), c.cssClass(), c.tip(), c.href()));
    }
    for (Mark m : marks) {
      rules.add(new Plot.Rule(f(left), f(y.at(m.value())), f(right + 4), f(y.at(m.value())), m.cssClass()));
      labels.add(new Plot.Label(f(right + 6), f(y.at(m.value()) + 4), "start", m.cssClass(), m.label()));
    }
    if (cutAfter > 0 && cutAfter < columns.size()) {
      double at = left + cutAfter * step;
      rules.add(new Plot.Rule(f(at), f(top - 10), f(at), f(bottom), "cut"));
      labels.add(new Plot.Label(f(at + 4), f(top - 12), "start", "cut", cutLabel));
    }
    labels.add(new Plot.Label(f(left), f(bottom + 16), "start", "tick", columns.isEmpty() ? "" : texts.count(1)));
    labels.add(new Plot.Label(f(right), f(bottom + 16), "end", "tick", texts.count(columns.size())));
    return new Plot(f(WIDTH), f(bottom + AXIS), grid, bars, rules, labels);
  }

  private static List<Double> ends(Row row) {
    double up = 0;
    double down = 0;
    for (Segment s : row.segments()) {
      if (s.value() >= 0) {
        up += s.value();
      } else {
        down += s.value();
      }
    }
    return List.of(up, down);
  }

  private static double[] domain(List<Double> values, List<Mark> marks, double lo, double hi) {
    double min = Math.min(lo, 0);
    double max = Math.max(hi, 0);
    for (double v : values) {
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    for (Mark m : marks) {
      min = Math.min(min, m.value());
      max = Math.max(max, m.value());
    }
    return max > min ? new double[] {min, max} : new double[] {min, min + 1};
  }

  private static void axis(Scale x, double top, double bottom, List<Plot.Rule> rules, List<Plot.Label> labels,
      Texts texts) {
    for (double tick : ticks(x.lo, x.hi)) {
      rules.add(new Plot.Rule(f(x.at(tick)), f(top), f(x.at(tick)), f(bottom), tick == 0 ? "zero" : "grid"));
      labels.add(new Plot.Label(f(x.at(tick)), f(bottom + 14), "middle", "tick", texts.tick(tick)));
    }
  }

  /** {@return about five round values from {@code lo} to {@code hi}: steps of 1, 2 or 5 times a power of ten} */
  static List<Double> ticks(double lo, double hi) {
    double raw = (hi - lo) / 5;
    double power = Math.pow(10, Math.floor(Math.log10(raw)));
    double step = raw / power < 1.5 ? power : raw / power < 3.5 ? 2 * power : raw / power < 7.5 ? 5 * power : 10 * power;
    List<Double> ticks = new ArrayList<>();
    for (double t = Math.ceil(lo / step - 1e-9) * step; t <= hi + 1e-9 * step; t += step) {
      ticks.add(Math.abs(t) < step * 1e-9 ? 0.0 : t);
    }
    return ticks;
  }

  /** One decimal, in the root locale: SVG's coordinates. */
  static String f(double value) {
    String s = String.format(Locale.ROOT, "%.1f", value);
    s = s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    return s.equals("-0") ? "0" : s;
  }

  /** A linear map from the domain [lo, hi] onto [from, to] (to may be less than from). */
  private record Scale(double lo, double hi, double from, double to) {
    double at(double value) {
      return from + (value - lo) / (hi - lo) * (to - from);
    }
  }
}
