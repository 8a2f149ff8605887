package org.convoca.outcome.html;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.convoca.assessment.CriterionResult;
import org.convoca.call.CriterionId;
import org.convoca.outcome.CallOutcome;
import org.convoca.outcome.ProposalOutcome;
import org.convoca.outcome.Summary;
import org.convoca.outcome.Tally;
import org.convoca.proposal.ProposalId;
import org.convoca.review.JurorReview;
import org.convoca.review.JuryReview;
import org.convoca.selection.RankedProposal;
import org.convoca.value.Money;

/** The report's charts, each with the table of the figures it draws, in the words of {@link Texts}. */
final class ChartViews {

  static final int CRITERION_COLOURS = 8;

  private ChartViews() {}

  static List<ChartView> of(CallOutcome o, Texts t) {
    Map<ProposalId, ProposalOutcome> byId = o.proposals().stream()
        .collect(Collectors.toMap(p -> p.proposal().id(), Function.identity()));
    List<ChartView> charts = new ArrayList<>();
    charts.add(jurisdictions(o.summary(), t));
    charts.add(ranking(o, byId, t));
    charts.add(breakdown(o, byId, t));
    budget(o.summary(), t).ifPresent(charts::add);
    if (!o.jury().criteria().isEmpty()) {
      charts.add(agreement(o.jury(), t));
      offsets(o.jury(), t).ifPresent(charts::add);
    }
    return charts;
  }

  static ChartView jurisdictions(Summary s, Texts t) {
    List<Bars.Row> rows = new ArrayList<>();
    List<List<String>> table = new ArrayList<>();
    s.byJurisdiction().forEach((code, tally) -> {
      String shown = Shown.text(code);
      int applied = tally.proposals() - tally.selected();
      rows.add(new Bars.Row(shown, List.of(
          new Bars.Segment(tally.selected(), "selected", t.of("chart.jurisdictions.tip.selected", shown, tally.selected())),
          new Bars.Segment(applied, "applied", t.of("chart.jurisdictions.tip.applied", shown, applied))),
          t.of("chart.jurisdictions.value", tally.selected(), tally.proposals()), null));
      table.add(List.of(shown, t.count(tally.proposals()), t.count(tally.ranked()), t.count(tally.selected())));
    });
    int most = s.byJurisdiction().values().stream().mapToInt(Tally::proposals).max().orElse(0);
    String description = t.of("chart.jurisdictions.description", s.byJurisdiction().size(), s.jurisdictionsCovered())
        + (s.minJurisdictions() > 0 ? t.of("chart.jurisdictions.description.minimum", s.minJurisdictions()) : "")
        + t.of("sentence.end");
    return new ChartView("_chart-jurisdictions", t.of("chart.jurisdictions.title"), description,
        Bars.horizontal(rows, 0, most, List.of(), t),
        List.of(new ChartView.Legend("selected", t.of("legend.selected")),
            new ChartView.Legend("applied", t.of("legend.applied"))),
        new ChartView.DataTable(t.of("chart.jurisdictions.caption"), List.of(t.of("chart.jurisdictions.head.jurisdiction"),
            t.of("chart.jurisdictions.head.applied"), t.of("chart.jurisdictions.head.ranked"),
            t.of("chart.jurisdictions.head.selected")), List.of(false, true, true, true), table));
  }

  static ChartView ranking(CallOutcome o, Map<ProposalId, ProposalOutcome> byId, Texts t) {
    List<Bars.Column> columns = new ArrayList<>();
    List<List<String>> table = new ArrayList<>();
    int cut = 0;
    for (int i = 0; i < o.selection().ranking().size(); i++) {
      RankedProposal r = o.selection().ranking().get(i);
      ProposalOutcome p = byId.get(r.proposal());
      boolean selected = p.decision().selected();
      if (selected) {
        cut = i + 1;
      }
      String id = Shown.text(r.proposal());
      String decision = t.constant(p.decision().kind());
      columns.add(new Bars.Column(r.total().doubleValue(), ProposalViews.decisionClass(p.decision().kind()),
          t.of("chart.ranking.tip", r.rank(), id, t.number(r.total()), decision), Shown.anchor(r.proposal())));
      table.add(List.of(t.count(r.rank()), id, t.number(r.total()), decision));
    }
    BigDecimal threshold = o.call().overallThreshold();
    String description = t.of("chart.ranking.description", columns.size(), t.number(o.call().totalOutOf()),
        t.number(threshold))
        + (cut > 0 ? t.of("chart.ranking.description.cut", o.selection().ranking().get(cut - 1).rank()) : "")
        + t.of("chart.ranking.description.colours");
    return new ChartView("_chart-ranking", t.of("chart.ranking.title"), description,
        Bars.columns(columns, 0, o.call().totalOutOf().doubleValue(), List.of(new Bars.Mark(threshold.doubleValue(), "threshold",
            t.of("chart.ranking.threshold", t.number(threshold)))), cut, t.of("chart.ranking.cut"), t),
        List.of(new ChartView.Legend("selected", t.of("legend.selected")),
            new ChartView.Legend("waiting", t.of("legend.waitlisted")),
            new ChartView.Legend("out", t.of("legend.notSelected"))),
        new ChartView.DataTable(t.of("chart.ranking.caption"), List.of(t.of("chart.ranking.head.rank"),
            t.of("chart.ranking.head.proposal"), t.of("chart.ranking.head.total"), t.of("chart.ranking.head.decision")),
            List.of(true, false, true, false), table));
  }

  static ChartView breakdown(CallOutcome o, Map<ProposalId, ProposalOutcome> byId, Texts t) {
    List<CriterionId> criteria = o.call().criteria().stream().map(c -> c.id()).toList();
    List<Bars.Row> rows = new ArrayList<>();
    List<List<String>> table = new ArrayList<>();
    for (ProposalId id : o.selected()) {
      ProposalOutcome p = byId.get(id);
      String shown = Shown.text(id);
      List<Bars.Segment> segments = new ArrayList<>();
      List<String> cells = new ArrayList<>(List.of(shown));
      for (int i = 0; i < criteria.size(); i++) {
        Optional<CriterionResult> c = p.assessment().criterion(criteria.get(i));
        BigDecimal weighted = c.map(CriterionResult::weighted).orElse(BigDecimal.ZERO);
        segments.add(new Bars.Segment(weighted.doubleValue(), "c" + (i % CRITERION_COLOURS),
            t.of("chart.breakdown.tip", shown, Shown.text(criteria.get(i)), t.number(weighted))));
        cells.add(t.number(weighted));
      }
      cells.add(t.number(p.total()));
      rows.add(new Bars.Row(shown, segments, t.number(p.total()), Shown.anchor(id)));
      table.add(cells);
    }
    List<String> head = new ArrayList<>(List.of(t.of("chart.breakdown.head.proposal")));
    criteria.forEach(c -> head.add(Shown.text(c)));
    head.add(t.of("chart.breakdown.head.total"));
    List<Boolean> numeric = new ArrayList<>(List.of(false));
    criteria.forEach(c -> numeric.add(true));
    numeric.add(true);
    List<ChartView.Legend> legend = new ArrayList<>();
    for (int i = 0; i < criteria.size(); i++) {
      legend.add(new ChartView.Legend("c" + (i % CRITERION_COLOURS), Shown.text(criteria.get(i))));
    }
    String description = t.of("chart.breakdown.description", rows.size(), criteria.size(), t.number(o.call().totalOutOf()));
    return new ChartView("_chart-breakdown", t.of("chart.breakdown.title"), description,
        Bars.horizontal(rows, 0, o.call().totalOutOf().doubleValue(), List.of(), t), legend,
        new ChartView.DataTable(t.of("chart.breakdown.caption"), head, numeric, table));
  }

  static Optional<ChartView> budget(Summary s, Texts t) {
    if (s.budget().isEmpty()) {
      return Optional.empty();
    }
    Money budget = s.budget().get();
    BigDecimal used = s.budgetUsed().amount();
    BigDecimal left = budget.amount().subtract(used);
    String percent = t.percent(used, budget.amount());
    Bars.Row row = new Bars.Row(t.of("chart.budget.row"), List.of(
        new Bars.Segment(used.doubleValue(), "selected", t.of("chart.budget.tip.used", t.money(s.budgetUsed()))),
        new Bars.Segment(Math.max(0, left.doubleValue()), "applied",
            t.of("chart.budget.tip.left", t.money(new Money(left.max(BigDecimal.ZERO), budget.currency()))))),
        percent, null);
    String description = t.of("chart.budget.description", t.money(budget), t.money(s.budgetUsed()))
        + (percent.isEmpty() ? "" : t.of("chart.budget.description.share", percent)) + t.of("sentence.end");
    return Optional.of(new ChartView("_chart-budget", t.of("chart.budget.title"), description,
        Bars.horizontal(List.of(row), 0, budget.amount().doubleValue(), List.of(), t),
        List.of(new ChartView.Legend("selected", t.of("legend.used")), new ChartView.Legend("applied", t.of("legend.left"))),
        new ChartView.DataTable(t.of("chart.budget.caption"), List.of(t.of("chart.budget.head.budget"),
            t.of("chart.budget.head.used"), t.of("chart.budget.head.left"), t.of("chart.budget.head.share")),
            List.of(true, true, true, true),
            List.of(List.of(t.money(budget), t.money(s.budgetUsed()), t.money(new Money(left, budget.currency())), percent)))));
  }

  static ChartView agreement(JuryReview review, Texts t) {
    List<Bars.Row> rows = new ArrayList<>();
    List<List<String>> table = new ArrayList<>();
    double least = 0;
    for (CriterionId criterion : review.criteria()) {
      var a = review.agreement().byCriterion().get(criterion);
      String shown = Shown.text(criterion);
      OptionalDouble alpha = a == null ? OptionalDouble.empty() : a.alpha().value();
      String value = alpha.isPresent() ? t.three(alpha.getAsDouble()) : t.of("chart.agreement.none");
      String reading = a == null ? t.of("chart.agreement.noScore")
          : a.alpha().reading().map(t::constant).orElse(t.of("chart.agreement.undefined"));
      rows.add(new Bars.Row(shown, alpha.isPresent()
          ? List.of(new Bars.Segment(alpha.getAsDouble(), "c0", t.of("chart.agreement.tip", shown, value, reading)))
          : List.of(), value, null));
      least = Math.min(least, alpha.orElse(0));
      table.add(List.of(shown, value, reading, a == null ? t.count(0) : t.count(a.scores()),
          a == null ? "—" : a.icc().map(i -> t.three(i.icc1())).orElse("—"),
          a == null ? "—" : a.icc().map(i -> t.three(i.icc1k())).orElse("—")));
    }
    String tentative = t.three(0.667);
    String reliable = t.decimal(0.8);
    String description = t.of("chart.agreement.description", rows.size(), tentative, reliable);
    return new ChartView("_chart-agreement", t.of("chart.agreement.title"), description,
        Bars.horizontal(rows, least, 1, List.of(new Bars.Mark(0.667, "threshold", tentative),
            new Bars.Mark(0.8, "reliable", reliable)), t),
        List.of(new ChartView.Legend("c0", t.of("legend.alpha"))),
        new ChartView.DataTable(t.of("chart.agreement.caption"), List.of(t.of("chart.agreement.head.criterion"),
            t.of("chart.agreement.head.alpha"), t.of("chart.agreement.head.reading"), t.of("chart.agreement.head.scores"),
            t.of("chart.agreement.head.icc1"), t.of("chart.agreement.head.icc1k")),
            List.of(false, true, false, true, true, true), table));
  }

  static Optional<ChartView> offsets(JuryReview review, Texts t) {
    List<Bars.Row> rows = new ArrayList<>();
    List<List<String>> table = new ArrayList<>();
    double extreme = 0;
    for (JurorReview j : review.jurors()) {
      for (CriterionId criterion : review.criteria()) {
        BigDecimal offset = j.offsets().get(criterion);
        if (offset == null) {
          continue;
        }
        String label = Shown.text(j.id()) + " · " + Shown.text(criterion);
        String signed = t.signed(offset);
        rows.add(new Bars.Row(label, List.of(new Bars.Segment(offset.doubleValue(), offset.signum() < 0 ? "severe" : "lenient",
            t.of("chart.offsets.tip", label, signed))), signed, null));
        table.add(List.of(Shown.text(j.id()), Shown.text(criterion), signed));
        extreme = Math.max(extreme, Math.abs(offset.doubleValue()));
      }
    }
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new ChartView("_chart-offsets", t.of("chart.offsets.title"), t.of("chart.offsets.description", rows.size()),
        Bars.horizontal(rows, -extreme, extreme, List.of(), t),
        List.of(new ChartView.Legend("severe", t.of("legend.severe")), new ChartView.Legend("lenient", t.of("legend.lenient"))),
        new ChartView.DataTable(t.of("chart.offsets.caption"), List.of(t.of("chart.offsets.head.juror"),
            t.of("chart.offsets.head.criterion"), t.of("chart.offsets.head.offset")), List.of(false, false, true), table)));
  }
}
