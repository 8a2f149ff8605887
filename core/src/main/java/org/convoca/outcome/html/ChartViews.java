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

/** The report's charts, each with the table of the figures it draws. */
final class ChartViews {

  static final int CRITERION_COLOURS = 8;

  private ChartViews() {}

  static List<ChartView> of(CallOutcome o) {
    Map<ProposalId, ProposalOutcome> byId = o.proposals().stream()
        .collect(Collectors.toMap(p -> p.proposal().id(), Function.identity()));
    List<ChartView> charts = new ArrayList<>();
    charts.add(jurisdictions(o.summary()));
    charts.add(ranking(o, byId));
    charts.add(breakdown(o, byId));
    budget(o.summary()).ifPresent(charts::add);
    if (!o.jury().criteria().isEmpty()) {
      charts.add(agreement(o.jury()));
      offsets(o.jury()).ifPresent(charts::add);
    }
    return charts;
  }

  static ChartView jurisdictions(Summary s) {
    List<Bars.Row> rows = new ArrayList<>();
    List<List<String>> table = new ArrayList<>();
    s.byJurisdiction().forEach((code, t) -> {
      String shown = Shown.text(code);
      rows.add(new Bars.Row(shown, List.of(
          new Bars.Segment(t.selected(), "selected", shown + ": " + t.selected() + " selected"),
          new Bars.Segment(t.proposals() - t.selected(), "applied", shown + ": " + (t.proposals() - t.selected())
              + " applied, not selected")), t.selected() + " of " + t.proposals(), null));
      table.add(List.of(shown, String.valueOf(t.proposals()), String.valueOf(t.ranked()), String.valueOf(t.selected())));
    });
    int most = s.byJurisdiction().values().stream().mapToInt(Tally::proposals).max().orElse(0);
    String description = "Horizontal bars, one per jurisdiction (" + s.byJurisdiction().size() + "): the dark part is how many "
        + "proposals were selected, the whole bar how many applied. " + s.jurisdictionsCovered() + " jurisdictions have a "
        + "selected proposal" + (s.minJurisdictions() > 0 ? "; the call asks for at least " + s.minJurisdictions() : "") + ".";
    return new ChartView("_chart-jurisdictions", "Selected against applied, by jurisdiction", description,
        Bars.horizontal(rows, 0, most, List.of()),
        List.of(new ChartView.Legend("selected", "selected"), new ChartView.Legend("applied", "applied, not selected")),
        new ChartView.DataTable("Proposals by jurisdiction", List.of("Jurisdiction", "Applied", "Ranked", "Selected"),
            List.of(false, true, true, true), table));
  }

  static ChartView ranking(CallOutcome o, Map<ProposalId, ProposalOutcome> byId) {
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
      columns.add(new Bars.Column(r.total().doubleValue(), ProposalViews.decisionClass(p.decision().kind()),
          "Rank " + r.rank() + ", " + id + ": " + Shown.number(r.total()) + ", " + p.decision().kind(), Shown.anchor(r.proposal())));
      table.add(List.of(String.valueOf(r.rank()), id, Shown.number(r.total()), p.decision().kind().name()));
    }
    BigDecimal threshold = o.call().overallThreshold();
    String description = "Columns, one per ranked proposal (" + columns.size() + ") in rank order, as tall as its total out of "
        + Shown.number(o.call().totalOutOf()) + ". A horizontal line marks the overall threshold, " + Shown.number(threshold) + "; a vertical line follows the last "
        + "selected proposal in the ranking" + (cut > 0 ? ", at rank " + o.selection().ranking().get(cut - 1).rank() : "")
        + ". Selected proposals are dark, waitlisted ones mid-tone, the others light.";
    return new ChartView("_chart-ranking", "The ranking: totals, the threshold and the cut line", description,
        Bars.columns(columns, 0, o.call().totalOutOf().doubleValue(), List.of(new Bars.Mark(threshold.doubleValue(), "threshold",
            "threshold " + Shown.number(threshold))), cut, "last selected"),
        List.of(new ChartView.Legend("selected", "selected"), new ChartView.Legend("waiting", "waitlisted"),
            new ChartView.Legend("out", "not selected")),
        new ChartView.DataTable("The ranking", List.of("Rank", "Proposal", "Total", "Decision"),
            List.of(true, false, true, false), table));
  }

  static ChartView breakdown(CallOutcome o, Map<ProposalId, ProposalOutcome> byId) {
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
            shown + ", " + Shown.text(criteria.get(i)) + ": " + Shown.number(weighted)));
        cells.add(Shown.number(weighted));
      }
      cells.add(Shown.number(p.total()));
      rows.add(new Bars.Row(shown, segments, Shown.number(p.total()), Shown.anchor(id)));
      table.add(cells);
    }
    List<String> head = new ArrayList<>(List.of("Proposal"));
    criteria.forEach(c -> head.add(Shown.text(c)));
    head.add("Total");
    List<Boolean> numeric = new ArrayList<>(List.of(false));
    criteria.forEach(c -> numeric.add(true));
    numeric.add(true);
    List<ChartView.Legend> legend = new ArrayList<>();
    for (int i = 0; i < criteria.size(); i++) {
      legend.add(new ChartView.Legend("c" + (i % CRITERION_COLOURS), Shown.text(criteria.get(i))));
    }
    String description = "Stacked horizontal bars, one per selected proposal (" + rows.size() + ") in the order of the "
        + "selection: each part is the weighted points on one criterion (" + criteria.size() + " criteria), the whole bar "
        + "the total out of " + Shown.number(o.call().totalOutOf()) + ".";
    return new ChartView("_chart-breakdown", "Each selected proposal's total, by weighted criterion", description,
        Bars.horizontal(rows, 0, o.call().totalOutOf().doubleValue(), List.of()), legend,
        new ChartView.DataTable("Weighted points of the selected proposals", head, numeric, table));
  }

  static Optional<ChartView> budget(Summary s) {
    if (s.budget().isEmpty()) {
      return Optional.empty();
    }
    Money budget = s.budget().get();
    BigDecimal used = s.budgetUsed().amount();
    BigDecimal left = budget.amount().subtract(used);
    String percent = Shown.percent(used, budget.amount());
    Bars.Row row = new Bars.Row("budget", List.of(
        new Bars.Segment(used.doubleValue(), "selected", "used: " + Shown.money(s.budgetUsed())),
        new Bars.Segment(Math.max(0, left.doubleValue()), "applied", "left: " + Shown.money(new Money(left.max(BigDecimal.ZERO), budget.currency())))),
        percent, null);
    String description = "One horizontal bar, the call's budget of " + Shown.money(budget) + ": the dark part is what the "
        + "selected proposals request, " + Shown.money(s.budgetUsed()) + (percent.isEmpty() ? "" : " (" + percent + ")") + ".";
    return Optional.of(new ChartView("_chart-budget", "Budget used against the budget", description,
        Bars.horizontal(List.of(row), 0, budget.amount().doubleValue(), List.of()),
        List.of(new ChartView.Legend("selected", "used"), new ChartView.Legend("applied", "left")),
        new ChartView.DataTable("Budget", List.of("Budget", "Used", "Left", "Used share"), List.of(true, true, true, true),
            List.of(List.of(Shown.money(budget), Shown.money(s.budgetUsed()),
                Shown.money(new Money(left, budget.currency())), percent)))));
  }

  static ChartView agreement(JuryReview review) {
    List<Bars.Row> rows = new ArrayList<>();
    List<List<String>> table = new ArrayList<>();
    double least = 0;
    for (CriterionId criterion : review.criteria()) {
      var a = review.agreement().byCriterion().get(criterion);
      String shown = Shown.text(criterion);
      OptionalDouble alpha = a == null ? OptionalDouble.empty() : a.alpha().value();
      String value = alpha.isPresent() ? three(alpha.getAsDouble()) : "none";
      String reading = a == null ? "no valid score" : a.alpha().reading().map(Enum::name).orElse("undefined");
      rows.add(new Bars.Row(shown, alpha.isPresent()
          ? List.of(new Bars.Segment(alpha.getAsDouble(), "c0", shown + ": alpha " + value + ", " + reading)) : List.of(),
          value, null));
      least = Math.min(least, alpha.orElse(0));
      table.add(List.of(shown, value, reading, a == null ? "0" : String.valueOf(a.scores()),
          a == null ? "—" : a.icc().map(i -> three(i.icc1())).orElse("—"),
          a == null ? "—" : a.icc().map(i -> three(i.icc1k())).orElse("—")));
    }
    String description = "Horizontal bars, one per criterion the jury scores (" + rows.size() + "): Krippendorff's alpha "
        + "(interval metric) on the valid raw scores. Lines mark 0.667 (tentative) and 0.8 (reliable).";
    return new ChartView("_chart-agreement", "The jury's agreement, by criterion", description,
        Bars.horizontal(rows, least, 1, List.of(new Bars.Mark(0.667, "threshold", "0.667"), new Bars.Mark(0.8, "reliable", "0.8"))),
        List.of(new ChartView.Legend("c0", "Krippendorff's alpha")),
        new ChartView.DataTable("Agreement by criterion", List.of("Criterion", "Alpha", "Reading", "Scores", "ICC(1,1)", "ICC(1,k)"),
            List.of(false, true, false, true, true, true), table));
  }

  static Optional<ChartView> offsets(JuryReview review) {
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
        String signed = (offset.signum() > 0 ? "+" : "") + Shown.number(offset);
        rows.add(new Bars.Row(label, List.of(new Bars.Segment(offset.doubleValue(), offset.signum() < 0 ? "severe" : "lenient",
            label + ": " + signed)), signed, null));
        table.add(List.of(Shown.text(j.id()), Shown.text(criterion), signed));
        extreme = Math.max(extreme, Math.abs(offset.doubleValue()));
      }
    }
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    String description = "Horizontal bars from a zero line, one per juror and criterion (" + rows.size() + "): how much more "
        + "generous (right, positive) or severe (left, negative) than the panel the juror is; their scores are adjusted by it.";
    return Optional.of(new ChartView("_chart-offsets", "Jurors' severity offsets", description,
        Bars.horizontal(rows, -extreme, extreme, List.of()),
        List.of(new ChartView.Legend("severe", "more severe"), new ChartView.Legend("lenient", "more generous")),
        new ChartView.DataTable("Offsets by juror and criterion", List.of("Juror", "Criterion", "Offset"),
            List.of(false, false, true), table)));
  }

  /** Agreement to three decimals, as report.md and outcome.json give it. */
  private static String three(double value) {
    return java.math.BigDecimal.valueOf(value).setScale(3, java.math.RoundingMode.HALF_EVEN).toPlainString();
  }
}
