package org.convoca.outcome;

import static org.convoca.outcome.MarkdownText.escape;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
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
import org.convoca.value.Money;

/**
 * The monitoring outcome as a Markdown report: the summary, a table of the projects, the recognised
 * projects with the conditions they met, one section per project (status and reasons, completion
 * per commitment, milestones, results, recognition conditions, documentation gaps, funds, history),
 * the lessons for the next edition, notes and fingerprints. Every text taken from the dossier or a
 * rule book (titles, ids, rule names, sentences, notes) goes through {@link MarkdownText#escape}.
 */
final class MonitoringMarkdown {

  private MonitoringMarkdown() {}

  static String render(MonitoringOutcome o) {
    StringBuilder md = new StringBuilder(8192);
    md.append("# Implementation monitoring as of ").append(o.asOf()).append("\n\n");
    summary(md, o);
    projects(md, o.projects());
    recognised(md, o.projects());
    o.projects().forEach(p -> project(md, p));
    lessons(md, o.lessons());
    if (!o.notes().isEmpty()) {
      md.append("## Notes\n\n");
      o.notes().forEach(n -> md.append("- ").append(escape(n)).append('\n'));
      md.append('\n');
    }
    md.append("## Fingerprint\n\n`").append(o.fingerprint())
        .append("` — SHA-256 of the selection fingerprint, the monitoring date, the dossier's monitoring data and the")
        .append(" monitoring rules. It builds on the selection whose fingerprint is `").append(o.selectionFingerprint())
        .append("`.\n");
    return md.toString();
  }

  private static void summary(StringBuilder md, MonitoringOutcome o) {
    List<ProjectMonitoring> ps = o.projects();
    md.append("## Summary\n\n- Projects monitored: ").append(ps.size()).append('\n')
        .append("- By status: ").append(counts(ImplementationStatus.values(), ps, p -> List.of(p.status()))).append('\n')
        .append("- By completion: ").append(counts(CompletionLevel.values(), ps, p -> List.of(p.completion()))).append('\n')
        .append("- Recognised: ").append(counts(Recognition.values(), ps, ProjectMonitoring::recognition)).append("\n\n");
  }

  private static <E> String counts(E[] values, List<ProjectMonitoring> ps,
      Function<ProjectMonitoring, List<E>> of) {
    Map<E, Long> counts = new LinkedHashMap<>();
    Arrays.stream(values).forEach(v -> counts.put(v, 0L));
    ps.forEach(p -> of.apply(p).forEach(v -> counts.merge(v, 1L, Long::sum)));
    return counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
  }

  private static void projects(StringBuilder md, List<ProjectMonitoring> ps) {
    md.append("## Projects\n\n");
    if (ps.isEmpty()) {
      md.append("None.\n\n");
      return;
    }
    md.append("| Rank | Project | Government | Status | Completion | Results | Recognition | Gaps | Spent share | Last report |\n")
        .append("|---:|---|---|---|---|---|---|---:|---:|---|\n");
    for (ProjectMonitoring p : ps) {
      md.append("| ").append(p.selection().rank())
          .append(" | ").append(escape(p.proposal())).append(' ').append(escape(p.selection().title()))
          .append(" | ").append(escape(p.selection().government()))
          .append(" | ").append(p.status())
          .append(" | ").append(p.completion())
          .append(" | ").append(p.resultsLevel().map(Enum::name).orElse("—"))
          .append(" | ").append(p.recognition().isEmpty() ? "—" : p.recognition().stream().map(Enum::name)
              .collect(Collectors.joining(", ")))
          .append(" | ").append(p.gaps().size())
          .append(" | ").append(p.funds().spentShare().toPlainString()).append('%')
          .append(" | ").append(p.lastReport() == null ? "none" : p.lastReport().toString()).append(" |\n");
    }
    md.append('\n');
  }

  private static void recognised(StringBuilder md, List<ProjectMonitoring> ps) {
    md.append("## Recognised projects\n\n");
    boolean any = false;
    for (ProjectMonitoring p : ps) {
      for (Recognition r : p.recognition()) {
        any = true;
        md.append("- **").append(escape(p.proposal())).append("** ").append(escape(p.selection().title()))
            .append(": ").append(r).append('\n');
        p.conditions().stream().filter(c -> c.recognition() == r && c.met()).forEach(c -> md.append("  - ")
            .append(escape(c.condition())).append(": ").append(escape(c.sentence())).append(" (")
            .append(escape(c.rule())).append(")\n"));
      }
    }
    md.append(any ? "\n" : "None.\n\n");
  }

  private static void project(StringBuilder md, ProjectMonitoring p) {
    md.append("## ").append(escape(p.proposal())).append(' ').append(escape(p.selection().title())).append("\n\n")
        .append("- Government: ").append(escape(p.selection().government())).append(" (")
        .append(p.selection().level()).append(", ").append(escape(p.selection().jurisdiction())).append(")\n")
        .append("- Selected with rank ").append(p.selection().rank()).append(", total ")
        .append(p.selection().total().toPlainString()).append('\n')
        .append("- Status: **").append(p.status()).append("**\n");
    p.reasons().forEach(r -> md.append("  - ").append(explained(r.status().name(), r.rule(), r.sentence())).append('\n'));
    md.append("- Completion: **").append(p.completion()).append("**");
    CompletionFinding why = p.completionReason();
    md.append(why == null ? " (no rule concluded one)" : " — " + escape(why.sentence()) + " (" + escape(why.rule()) + ")")
        .append('\n');
    md.append("- Results: ").append(p.results().map(r -> "**" + r.results() + "** — " + escape(r.sentence()) + " ("
        + escape(r.rule()) + ")").orElse("not assessed")).append('\n');
    md.append("- Recognition: ").append(p.recognition().isEmpty() ? "none"
        : p.recognition().stream().map(Enum::name).collect(Collectors.joining(", "))).append('\n');
    md.append("- Funds: ").append(funds(p.funds())).append('\n')
        .append("- Last report: ").append(p.lastReport() == null ? "none" : p.lastReport().toString())
        .append("; participants reached: ").append(p.participants()).append("\n\n");
    if (!p.commitments().isEmpty()) {
      md.append("| Commitment | Completion | Rule | Why |\n|---:|---|---|---|\n");
      p.commitments().forEach(c -> md.append("| ").append(c.commitment()).append(" | ").append(c.completion())
          .append(" | ").append(escape(c.rule())).append(" | ").append(escape(c.sentence())).append(" |\n"));
      md.append('\n');
    }
    if (!p.milestones().isEmpty()) {
      md.append("| Milestone | Counts as | Rule | Why |\n|---|---|---|---|\n");
      for (MilestoneFinding m : p.milestones()) {
        md.append("| ").append(escape(m.milestone())).append(" | ").append(m.completion()).append(" | ")
            .append(escape(m.rule())).append(" | ").append(escape(m.sentence())).append(" |\n");
      }
      md.append('\n');
    }
    if (!p.conditions().isEmpty()) {
      md.append("| Recognition | Condition | Met | Rule | Why |\n|---|---|---|---|---|\n");
      for (RecognitionFinding c : p.conditions()) {
        md.append("| ").append(c.recognition()).append(" | ").append(escape(c.condition())).append(" | ")
            .append(c.met() ? "met" : "missed").append(" | ").append(escape(c.rule())).append(" | ")
            .append(escape(c.sentence())).append(" |\n");
      }
      md.append('\n');
    }
    md.append("Documentation gaps: ").append(p.gaps().isEmpty() ? "none.\n\n" : p.gaps().size() + "\n\n");
    for (GapFinding g : p.gaps()) {
      md.append("- ").append(g.milestone() == null ? "" : escape(g.milestone()) + ": ").append(escape(g.sentence()))
          .append(" (").append(escape(g.rule())).append(")\n");
    }
    if (!p.gaps().isEmpty()) {
      md.append('\n');
    }
    history(md, p.history());
  }

  private static void history(StringBuilder md, List<ProjectSnapshot> history) {
    if (history.isEmpty()) {
      return;
    }
    md.append("History:\n\n| Date | Status | Completion | Results | Spent share | Completion share | Participants | Why | The report says |\n")
        .append("|---|---|---|---|---:|---:|---:|---|---|\n");
    for (ProjectSnapshot s : history) {
      md.append("| ").append(s.date()).append(" | ").append(s.status()).append(" | ").append(s.completion())
          .append(" | ").append(s.results() == null ? "—" : s.results().name())
          .append(" | ").append(s.funds().spentShare().toPlainString()).append('%')
          .append(" | ").append(s.funds().completionShare().toPlainString()).append('%')
          .append(" | ").append(s.participants())
          .append(" | ").append(s.reasons().stream().map(r -> r.rule() + ": " + r.sentence()).map(MarkdownText::escape)
              .collect(Collectors.joining(" "))).append(" | ")
          .append(s.narrative() == null ? "—" : MarkdownText.escape(s.narrative().replaceAll("\\R", " "))).append(" |\n");
    }
    md.append('\n');
  }

  /** The lessons' dimensions in words, for headings; monitoring.json keeps the keys. */
  private static final Map<String, String> DIMENSION_TITLES = Map.of(
      "theme", "theme",
      "level", "level of government",
      "jurisdiction", "jurisdiction",
      "coCreation", "co-creation",
      "ogpLocal", "OGP Local track",
      "scoreBand", "selection score band");

  private static void lessons(StringBuilder md, List<LessonGroup> lessons) {
    md.append("## Lessons for the next edition\n\n");
    if (lessons.isEmpty()) {
      md.append("None: no project is monitored.\n\n");
      return;
    }
    Map<String, List<LessonGroup>> byDimension = new LinkedHashMap<>();
    lessons.forEach(g -> byDimension.computeIfAbsent(g.dimension(), d -> new ArrayList<>()).add(g));
    byDimension.forEach((dimension, groups) -> {
      md.append("### By ").append(escape(DIMENSION_TITLES.getOrDefault(dimension, dimension)))
          .append("\n\n| Group | Projects | Statuses |");
      Arrays.stream(CompletionLevel.values()).forEach(l -> md.append(' ').append(l).append(" |"));
      md.append(" High completion | Assessed |");
      Arrays.stream(ResultsLevel.values()).forEach(l -> md.append(' ').append(l).append(" |"));
      md.append(" Strong results |\n|---|---:|---|");
      md.append("---:|".repeat(CompletionLevel.values().length + 2 + ResultsLevel.values().length + 1)).append('\n');
      for (LessonGroup g : groups) {
        md.append("| ").append(escape(g.group())).append(" | ").append(g.projects()).append(" | ")
            .append(g.status().entrySet().stream().filter(e -> e.getValue() > 0).map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "))).append(" |");
        g.completion().values().forEach(n -> md.append(' ').append(n).append(" |"));
        md.append(' ').append(g.highCompletion()).append(" | ").append(g.assessed()).append(" |");
        g.results().values().forEach(n -> md.append(' ').append(n).append(" |"));
        md.append(' ').append(g.strongResults()).append(" |\n");
      }
      md.append('\n');
    });
  }

  private static String explained(String what, String rule, String sentence) {
    return what + ": " + escape(sentence) + " (" + escape(rule) + ")";
  }

  private static String funds(Funds f) {
    return "spent " + money(f.spent()) + " of " + money(f.requested()) + " requested (" + f.spentShare().toPlainString()
        + "%), against a completion of " + f.completionShare().toPlainString() + "%";
  }

  private static String money(Money m) {
    return escape(m.currency()) + " " + plain(m.amount());
  }

  private static String plain(BigDecimal value) {
    return value.toPlainString();
  }
}
