package org.convoca.outcome.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.convoca.language.Language;
import org.junit.jupiter.api.Test;

/** The chart helper's geometry: lengths in proportion, stacks that touch, signs on the right side, marks where their value is. */
class BarsTest {

  private static final Texts TEXTS = Texts.in(Language.ENGLISH);

  private static double d(String s) {
    return Double.parseDouble(s);
  }

  @Test
  void drawsBarsInProportionToTheirValues() {
    Plot plot = Bars.horizontal(List.of(row("a", 10), row("b", 40)), 0, 40, List.of(), TEXTS);

    assertThat(d(plot.bars().get(1).width())).isCloseTo(4 * d(plot.bars().get(0).width()), within(0.2));
    assertThat(plot.bars().get(0).x()).isEqualTo(plot.bars().get(1).x());
    assertThat(d(plot.bars().get(1).x()) + d(plot.bars().get(1).width())).isCloseTo(Bars.WIDTH - Bars.RIGHT, within(0.1));
    assertThat(plot.labels()).extracting(Plot.Label::text).contains("a", "b", "10", "40");
  }

  @Test
  void stacksSegmentsEndToEnd() {
    Plot plot = Bars.horizontal(List.of(new Bars.Row("p", List.of(seg(20), seg(30), seg(50)), "100", "P-1")), 0, 100, List.of(), TEXTS);

    List<Plot.Bar> bars = plot.bars();
    assertThat(bars).hasSize(3).allSatisfy(b -> assertThat(b.href()).isEqualTo("P-1"));
    for (int i = 1; i < bars.size(); i++) {
      assertThat(d(bars.get(i).x())).isCloseTo(d(bars.get(i - 1).x()) + d(bars.get(i - 1).width()), within(0.11));
    }
  }

  @Test
  void drawsNegativeValuesLeftOfTheZeroLineAndPositiveOnesRightOfIt() {
    Plot plot = Bars.horizontal(List.of(row("severe", -1), row("lenient", 1)), -1, 1, List.of(), TEXTS);

    double zero = d(plot.grid().stream().filter(r -> r.cssClass().equals("zero")).findFirst().orElseThrow().x1());
    Plot.Bar severe = plot.bars().get(0);
    Plot.Bar lenient = plot.bars().get(1);
    assertThat(d(severe.x()) + d(severe.width())).isCloseTo(zero, within(0.11));
    assertThat(d(lenient.x())).isCloseTo(zero, within(0.11));
    assertThat(d(severe.width())).isCloseTo(d(lenient.width()), within(0.11));
  }

  @Test
  void placesAReferenceLineAtItsValue() {
    Plot plot = Bars.horizontal(List.of(row("a", 100)), 0, 100, List.of(new Bars.Mark(50, "threshold", "half")), TEXTS);

    Plot.Rule mark = plot.rules().stream().filter(r -> r.cssClass().equals("threshold")).findFirst().orElseThrow();
    Plot.Bar bar = plot.bars().get(0);
    assertThat(d(mark.x1())).isCloseTo(d(bar.x()) + d(bar.width()) / 2, within(0.11));
    assertThat(plot.labels()).extracting(Plot.Label::text).contains("half");
  }

  @Test
  void drawsColumnsFromTheBottomWithTheThresholdAcrossAndTheCutAfterTheLastSelected() {
    List<Bars.Column> columns = List.of(col(90), col(60), col(30));
    Plot plot = Bars.columns(columns, 0, 100, List.of(new Bars.Mark(50, "threshold", "threshold 50")), 2, "last selected", TEXTS);

    Plot.Bar first = plot.bars().get(0);
    Plot.Bar third = plot.bars().get(2);
    double bottom = d(first.y()) + d(first.height());
    assertThat(d(third.y()) + d(third.height())).isCloseTo(bottom, within(0.11));
    assertThat(d(first.height())).isCloseTo(3 * d(third.height()), within(0.3));
    Plot.Rule threshold = plot.rules().stream().filter(r -> r.cssClass().equals("threshold")).findFirst().orElseThrow();
    assertThat(threshold.y1()).isEqualTo(threshold.y2());
    assertThat(d(threshold.y1())).isCloseTo(bottom - d(first.height()) * 50 / 90, within(0.3));
    Plot.Rule cut = plot.rules().stream().filter(r -> r.cssClass().equals("cut")).findFirst().orElseThrow();
    assertThat(d(cut.x1())).isCloseTo(d(third.x()), within(0.11));
  }

  @Test
  void drawsNoCutLineWhenNoneOrAllAreSelected() {
    List<Bars.Column> columns = List.of(col(90), col(60));
    assertThat(Bars.columns(columns, 0, 100, List.of(), 0, "cut", TEXTS).rules()).noneMatch(r -> r.cssClass().equals("cut"));
    assertThat(Bars.columns(columns, 0, 100, List.of(), 2, "cut", TEXTS).rules()).noneMatch(r -> r.cssClass().equals("cut"));
  }

  @Test
  void labelsLargeTicksShort() {
    assertThat(TEXTS.tick(20_000_000)).isEqualTo("20M");
    assertThat(TEXTS.tick(2_500_000_000.0)).isEqualTo("2.5B");
    assertThat(TEXTS.tick(40_000)).isEqualTo("40k");
    assertThat(TEXTS.tick(0.667)).isEqualTo("0.67");
  }

  @Test
  void choosesRoundTicks() {
    assertThat(Bars.ticks(0, 100)).containsExactly(0.0, 20.0, 40.0, 60.0, 80.0, 100.0);
    assertThat(Bars.ticks(-1, 1)).contains(-1.0, 0.0, 1.0);
    assertThat(Bars.ticks(0, 7)).containsExactly(0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0);
  }

  @Test
  void widensTheDomainToHoldEveryValueAndZero() {
    Plot plot = Bars.horizontal(List.of(row("a", 150)), 10, 100, List.of(), TEXTS);
    Plot.Bar bar = plot.bars().get(0);
    assertThat(d(bar.x())).isCloseTo(Bars.LABEL_WIDTH, within(0.1));
    assertThat(d(bar.x()) + d(bar.width())).isCloseTo(Bars.WIDTH - Bars.RIGHT, within(0.1));
  }

  private static Bars.Row row(String label, double value) {
    return new Bars.Row(label, List.of(seg(value)), TEXTS.decimal(value), null);
  }

  private static Bars.Segment seg(double value) {
    return new Bars.Segment(value, "c0", String.valueOf(value));
  }

  private static Bars.Column col(double value) {
    return new Bars.Column(value, "selected", String.valueOf(value), null);
  }
}
