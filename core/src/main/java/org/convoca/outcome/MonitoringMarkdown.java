package org.convoca.outcome;

import static org.convoca.outcome.MarkdownText.escape;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.convoca.language.Messages;
import org.convoca.monitoring.CompletionFinding;
import org.convoca.monitoring.CompletionLevel;
import org.convoca.monitoring.Funds;
import org.convoca.monitoring.GapFinding;
import org.convoca.monitoring.ImplementationStatus;
import org.convoca.monitoring.LessonGroup;
import org.convoca.monitoring.MilestoneFinding;
import org.convoca.monitoring.MonitoringOutcome;
import org.convoca.monitoring.ProjectMonitoring;
import org.convoca.monitoring.ProjectSnapshot;
import org.convoca.monitoring.Recognition;
import org.convoca.monitoring.RecognitionFinding;
import org.convoca.monitoring.ResultsLevel;
import org.jspecify.annotations.Nullable;

/**
 * The monitoring outcome as a Markdown report: the summary, a table of the projects, the recognised
 * projects with the conditions they met, one section per project (status and reasons, completion
 * per commitment, milestones, results, recognition conditions, documentation gaps, funds, history),
 * the lessons for the next edition, notes and fingerprints, in the outcome's language (the
 * {@code monitoring-report} bundles; dates, numbers and money as the language writes them). A rule
 * the rule book titles is shown by its title with its name beside it. Every text taken from the
 * dossier or a rule book (titles, ids, rule names and titles, sentences, notes) goes through
 * {@link MarkdownText#escape} before it is put into a phrase.
 */
final class MonitoringMarkdown {

  private static final Messages PHRASES = ReportText.load("monitoring-report");
  /** An empty cell. */
  private static final String NONE = "\u2014";
  /** The lessons' dimensions that have words, for headings; monitoring.json keeps the keys. */
  private static final List<String> DIMENSIONS = List.of("theme", "level", "jurisdiction", "coCreation", "ogpLocal",
      "scoreBand");

  private final MonitoringOutcome o;
  private final ReportText t;
  private final StringBuilder md = new StringBuilder(8192);

  private MonitoringMarkdown(MonitoringOutcome o) {
    this.o = o;
    this.t = ReportText.of(PHRASES, o.language());
  }

  static String render(MonitoringOutcome o) {
    return new MonitoringMarkdown(o).write();
  }

  private String write() {
    md.append("# ").append(t.say("title", t.date(o.asOf()))).append("\n\n");
    summary();
    projects();
    recognised();
    o.projects().forEach(this::project);
    lessons();
    if (!o.notes().isEmpty()) {
      md.append("## ").append(t.say("notes")).append("\n\n");
      o.notes().forEach(n -> md.append("- ").append(escape(n)).append('\n'));
      md.append('\n');
    }
    md.append("## ").append(t.say("fingerprint")).append("\n\n`").append(o.fingerprint()).append("` ")
        .append(t.say("fingerprint.about", "`" + o.selectionFingerprint() + "`")).append('\n');
    return md.toString();
  }

  private void summary() {
    List<ProjectMonitoring> ps = o.projects();
    md.append("## ").append(t.say("summary")).append("\n\n")
        .append("- ").append(t.say("summary.projects", ps.size())).append('\n')
        .append("- ").append(t.say("summary.byStatus", counts(ImplementationStatus.values(), ps, p -> List.of(p.status()))))
        .append('\n')
        .append("- ").append(t.say("summary.byCompletion", counts(CompletionLevel.values(), ps, p -> List.of(p.completion()))))
        .append('\n')
        .append("- ").append(t.say("summary.recognised", counts(Recognition.values(), ps, ProjectMonitoring::recognition)))
        .append("\n\n");
  }

  private <E extends Enum<E>> String counts(E[] values, List<ProjectMonitoring> ps, Function<ProjectMonitoring, List<E>> of) {
    Map<E, Long> counts = new LinkedHashMap<>();
    Arrays.stream(values).forEach(v -> counts.put(v, 0L));
    ps.forEach(p -> of.apply(p).forEach(v -> counts.merge(v, 1L, Long::sum)));
    return counts.entrySet().stream().map(e -> t.say("count", t.label(e.getKey()), e.getValue()))
        .collect(Collectors.joining(", "));
  }

  private void projects() {
    List<ProjectMonitoring> ps = o.projects();
    md.append("## ").append(t.say("projects")).append("\n\n");
    if (ps.isEmpty()) {
      md.append(t.say("none")).append("\n\n");
      return;
    }
    md.append(OutcomeMarkdown.row(t.say("column.rank"), t.say("column.project"), t.say("column.government"),
        t.say("column.status"), t.say("column.completion"), t.say("column.results"), t.say("column.recognition"),
        t.say("column.gaps"), t.say("column.spentShare"), t.say("column.lastReport")))
        .append("|---:|---|---|---|---|---|---|---:|---:|---|\n");
    for (ProjectMonitoring p : ps) {
      md.append(OutcomeMarkdown.row(t.number(p.selection().rank()),
          escape(p.proposal()) + ' ' + escape(p.selection().title()),
          escape(p.selection().government()),
          t.label(p.status()),
          t.label(p.completion()),
          p.resultsLevel().map(t::label).orElse(NONE),
          p.recognition().isEmpty() ? NONE : labels(p.recognition()),
          t.number(p.gaps().size()),
          percent(p.funds().spentShare()),
          lastReport(p.lastReport())));
    }
    md.append('\n');
  }

  private void recognised() {
    md.append("## ").append(t.say("recognised")).append("\n\n");
    boolean any = false;
    for (ProjectMonitoring p : o.projects()) {
      for (Recognition r : p.recognition()) {
        any = true;
        md.append("- **").append(escape(p.proposal())).append("** ").append(escape(p.selection().title()))
            .append(": ").append(t.label(r)).append('\n');
        p.conditions().stream().filter(c -> c.recognition() == r && c.met()).forEach(c -> md.append("  - ")
            .append(escape(c.condition())).append(": ").append(escape(c.sentence())).append(" (")
            .append(cited(c.rule())).append(")\n"));
      }
    }
    md.append(any ? "\n" : t.say("none") + "\n\n");
  }

  private void project(ProjectMonitoring p) {
    md.append("## ").append(escape(p.proposal())).append(' ').append(escape(p.selection().title())).append("\n\n")
        .append("- ").append(t.say("project.government", escape(p.selection().government()), t.label(p.selection().level()),
            escape(p.selection().jurisdiction()))).append('\n')
        .append("- ").append(t.say("project.selected", p.selection().rank(), t.number(p.selection().total()))).append('\n')
        .append("- ").append(t.say("project.status", "**" + t.label(p.status()) + "**")).append('\n');
    p.reasons().forEach(r -> md.append("  - ").append(explained(t.label(r.status()), r.rule(), r.sentence())).append('\n'));
    md.append("- ").append(t.say("project.completion", "**" + t.label(p.completion()) + "**"));
    CompletionFinding why = p.completionReason();
    md.append(why == null ? t.say("completion.none") : " \u2014 " + escape(why.sentence()) + " (" + cited(why.rule()) + ")")
        .append('\n');
    md.append("- ").append(t.say("project.results", p.results().map(r -> "**" + t.label(r.results()) + "** \u2014 "
        + escape(r.sentence()) + " (" + cited(r.rule()) + ")").orElseGet(() -> t.say("results.none")))).append('\n');
    md.append("- ").append(t.say("project.recognition", p.recognition().isEmpty() ? t.say("recognition.none")
        : labels(p.recognition()))).append('\n');
    Funds f = p.funds();
    md.append("- ").append(t.say("project.funds", escape(t.money(f.spent())), escape(t.money(f.requested())),
        percent(f.spentShare()), percent(f.completionShare()))).append('\n')
        .append("- ").append(t.say("project.lastReport", lastReport(p.lastReport()), p.participants())).append("\n\n");
    if (!p.commitments().isEmpty()) {
      md.append(OutcomeMarkdown.row(t.say("column.commitment"), t.say("column.completion"), t.say("column.rule"),
          t.say("column.why"))).append("|---:|---|---|---|\n");
      p.commitments().forEach(c -> md.append(OutcomeMarkdown.row(t.number(c.commitment()), t.label(c.completion()),
          rule(c.rule()), escape(c.sentence()))));
      md.append('\n');
    }
    if (!p.milestones().isEmpty()) {
      md.append(OutcomeMarkdown.row(t.say("column.milestone"), t.say("column.countsAs"), t.say("column.rule"),
          t.say("column.why"))).append("|---|---|---|---|\n");
      for (MilestoneFinding m : p.milestones()) {
        md.append(OutcomeMarkdown.row(escape(m.milestone()), t.label(m.completion()), rule(m.rule()), escape(m.sentence())));
      }
      md.append('\n');
    }
    if (!p.conditions().isEmpty()) {
      md.append(OutcomeMarkdown.row(t.say("column.recognition"), t.say("column.condition"), t.say("column.met"),
          t.say("column.rule"), t.say("column.why"))).append("|---|---|---|---|---|\n");
      for (RecognitionFinding c : p.conditions()) {
        md.append(OutcomeMarkdown.row(t.label(c.recognition()), escape(c.condition()), t.say(c.met() ? "met" : "missed"),
            rule(c.rule()), escape(c.sentence())));
      }
      md.append('\n');
    }
    md.append(p.gaps().isEmpty() ? t.say("gaps.none") : t.say("gaps", p.gaps().size())).append("\n\n");
    for (GapFinding g : p.gaps()) {
      md.append("- ").append(g.milestone() == null ? "" : escape(g.milestone()) + ": ").append(escape(g.sentence()))
          .append(" (").append(cited(g.rule())).append(")\n");
    }
    if (!p.gaps().isEmpty()) {
      md.append('\n');
    }
    history(p.history());
  }

  private void history(List<ProjectSnapshot> history) {
    if (history.isEmpty()) {
      return;
    }
    md.append(t.say("history")).append("\n\n")
        .append(OutcomeMarkdown.row(t.say("column.date"), t.say("column.status"), t.say("column.completion"),
            t.say("column.results"), t.say("column.spentShare"), t.say("column.completionShare"),
            t.say("column.participants"), t.say("column.why"), t.say("column.narrative")))
        .append("|---|---|---|---|---:|---:|---:|---|---|\n");
    for (ProjectSnapshot s : history) {
      md.append(OutcomeMarkdown.row(t.date(s.date()), t.label(s.status()), t.label(s.completion()),
          s.results() == null ? NONE : t.label(s.results()),
          percent(s.funds().spentShare()), percent(s.funds().completionShare()), t.number(s.participants()),
          s.reasons().stream().map(r -> rule(r.rule()) + ": " + escape(r.sentence())).collect(Collectors.joining(" ")),
          s.narrative() == null ? NONE : escape(s.narrative().replaceAll("\\R", " "))));
    }
    md.append('\n');
  }

  private void lessons() {
    List<LessonGroup> lessons = o.lessons();
    md.append("## ").append(t.say("lessons")).append("\n\n");
    if (lessons.isEmpty()) {
      md.append(t.say("lessons.none")).append("\n\n");
      return;
    }
    Map<String, List<LessonGroup>> byDimension = new LinkedHashMap<>();
    lessons.forEach(g -> byDimension.computeIfAbsent(g.dimension(), d -> new ArrayList<>()).add(g));
    byDimension.forEach((dimension, groups) -> {
      String words = DIMENSIONS.contains(dimension) ? t.say("dimension." + dimension) : escape(dimension);
      md.append("### ").append(t.say("lessons.by", words)).append("\n\n");
      List<String> header = new ArrayList<>(List.of(t.say("column.group"), t.say("column.projects"),
          t.say("column.statuses")));
      Arrays.stream(CompletionLevel.values()).forEach(l -> header.add(t.label(l)));
      header.add(t.say("column.highCompletion"));
      header.add(t.say("column.assessed"));
      Arrays.stream(ResultsLevel.values()).forEach(l -> header.add(t.label(l)));
      header.add(t.say("column.strongResults"));
      md.append(OutcomeMarkdown.row(header.toArray(String[]::new))).append("|---|---:|---|")
          .append("---:|".repeat(CompletionLevel.values().length + 2 + ResultsLevel.values().length + 1)).append('\n');
      for (LessonGroup g : groups) {
        List<String> cells = new ArrayList<>(List.of(escape(g.group()), t.number(g.projects()),
            g.status().entrySet().stream().filter(e -> e.getValue() > 0).map(e -> t.say("count", t.label(e.getKey()),
                e.getValue())).collect(Collectors.joining(", "))));
        g.completion().values().forEach(n -> cells.add(t.number(n)));
        cells.add(t.number(g.highCompletion()));
        cells.add(t.number(g.assessed()));
        g.results().values().forEach(n -> cells.add(t.number(n)));
        cells.add(t.number(g.strongResults()));
        md.append(OutcomeMarkdown.row(cells.toArray(String[]::new)));
      }
      md.append('\n');
    });
  }

  private String explained(String what, String rule, String sentence) {
    return what + ": " + escape(sentence) + " (" + cited(rule) + ")";
  }

  /** {@return a rule in a table cell or before its sentence: its name, or its title and its name} */
  private String rule(String name) {
    return t.rule(name, o.title(name), MarkdownText::escape);
  }

  /** {@return a rule cited in parentheses after its sentence} */
  private String cited(String name) {
    return t.cited(name, o.title(name), MarkdownText::escape);
  }

  private String labels(List<? extends Enum<?>> constants) {
    return constants.stream().map(t::label).collect(Collectors.joining(", "));
  }

  private String lastReport(@Nullable LocalDate day) {
    return day == null ? t.say("lastReport.none") : t.date(day);
  }

  private String percent(BigDecimal share) {
    return t.say("percent", t.number(share));
  }
}
