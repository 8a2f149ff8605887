package org.convoca.outcome;

import static org.convoca.outcome.MarkdownText.escape;

import java.io.Writer;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.convoca.call.TrackId;
import org.convoca.language.Messages;
import org.convoca.proposal.ProposalId;
import org.convoca.selection.DecisionKind;

/**
 * The outcome as a Markdown report a jury can publish: summary, selected with reasons, waitlist, not
 * selected with reasons, jury review incomplete, below threshold, ineligible with failed checks, jury
 * overrides, broken ties, tracks, the jury's review ({@link JuryMarkdown}) and the fingerprint,
 * in the call's language: headings, labels and fixed phrases come from the {@code report} bundles,
 * decisions from the {@code labels} bundles, numbers and money are written as the language writes
 * them. Every text taken from the dossier (the call's name, titles, names, ids, reasons, notes, tie
 * sentences, track ids) goes through {@link MarkdownText#escape} before it is put into a phrase, so
 * that it reads as written and cannot change the report's structure.
 */
final class OutcomeMarkdown {

  private static final Messages PHRASES = ReportText.load("report");

  private OutcomeMarkdown() {}

  /** Writes the report of {@code o} to {@code out} as it goes; flushes {@code out}, never closes it. */
  static void render(CallOutcome o, Writer out) {
    TextOut md = new TextOut(out);
    ReportText t = ReportText.of(PHRASES, o.call().writtenIn());
    md.append("# ").append(t.say("title", escape(o.call().name()))).append("\n\n");
    summary(md, o, t);
    md.append("## ").append(t.say("heading.selected")).append("\n\n");
    table(md, o, t, o.selected());
    md.append("## ").append(t.say("heading.waitlist")).append("\n\n");
    table(md, o, t, o.waitlist());
    section(md, o, t, "heading.notSelected", List.of(DecisionKind.NOT_SELECTED, DecisionKind.EXCLUDED_BY_JURY));
    section(md, o, t, "heading.incompleteReview", List.of(DecisionKind.INCOMPLETE_REVIEW));
    section(md, o, t, "heading.belowThreshold", List.of(DecisionKind.BELOW_THRESHOLD));
    section(md, o, t, "heading.ineligible", List.of(DecisionKind.INELIGIBLE));
    if (o.proposals().stream().anyMatch(p -> p.decision().overridden())) {
      md.append("## ").append(t.say("heading.overrides")).append("\n\n");
      o.proposals().stream().filter(p -> p.decision().overridden()).forEach(p -> md.append("- **")
          .append(escape(p.proposal().id())).append("** ").append(t.say("override", t.label(p.decision().kind()),
              t.label(p.decision().computedKind()), escape(p.decision().reason()))).append('\n'));
      md.append('\n');
    }
    if (!o.selection().ties().isEmpty()) {
      md.append("## ").append(t.say("heading.ties")).append("\n\n");
      o.selection().ties().forEach(tie -> md.append("- ").append(escape(tie.sentence())).append('\n'));
      md.append('\n');
    }
    md.append("## ").append(t.say("heading.tracks")).append("\n\n");
    for (Map.Entry<TrackId, List<ProposalId>> track : o.tracks().entrySet()) {
      md.append("- **").append(escape(track.getKey())).append("**: ").append(track.getValue().isEmpty() ? t.say("track.none")
          : track.getValue().stream().map(MarkdownText::escape).collect(Collectors.joining(", "))).append('\n');
    }
    md.append('\n');
    JuryMarkdown.render(md, o);
    md.append("## ").append(t.say("heading.fingerprint")).append("\n\n`").append(o.fingerprint()).append("` ")
        .append(t.say("fingerprint")).append('\n');
    md.flush();
  }

  private static void summary(TextOut md, CallOutcome o, ReportText t) {
    Summary s = o.summary();
    String used = escape(t.money(s.budgetUsed()));
    md.append("## ").append(t.say("summary")).append("\n\n")
        .append("- ").append(t.say("summary.proposals", s.proposals(), s.ineligible(), s.incompleteReview(),
            s.belowThreshold(), s.ranked())).append('\n')
        .append("- ").append(t.say("summary.selected", s.selected(), s.slots(), s.selectedByMerit(), s.reservedSeats(),
            s.selectedByJury(), s.waitlisted())).append('\n')
        .append("- ").append(s.budget().map(b -> t.say("summary.budget", used, escape(t.money(b))))
            .orElseGet(() -> t.say("summary.budget.unlimited", used))).append('\n')
        .append("- ").append(s.minJurisdictions() > 0
            ? t.say("summary.jurisdictions.minimum", s.jurisdictionsCovered(), s.minJurisdictions())
            : t.say("summary.jurisdictions", s.jurisdictionsCovered())).append('\n');
    o.selection().notes().forEach(n -> md.append("- ").append(escape(n)).append('\n'));
    md.append('\n').append(row(t.say("column.jurisdiction"), t.say("column.proposals"), t.say("column.ranked"),
        t.say("column.selected"))).append("|---|---:|---:|---:|\n");
    s.byJurisdiction().forEach((k, n) -> md.append(row(escape(k), t.number(n.proposals()), t.number(n.ranked()),
        t.number(n.selected()))));
    md.append('\n');
  }

  private static void section(TextOut md, CallOutcome o, ReportText t, String heading, List<DecisionKind> kinds) {
    md.append("## ").append(t.say(heading)).append("\n\n");
    List<ProposalId> ids = o.proposals().stream().filter(p -> kinds.contains(p.decision().kind()))
        .sorted(Comparator.comparing((ProposalOutcome p) -> p.rank().orElse(Integer.MAX_VALUE)))
        .map(p -> p.proposal().id()).toList();
    table(md, o, t, ids);
  }

  private static void table(TextOut md, CallOutcome o, ReportText t, List<ProposalId> ids) {
    if (ids.isEmpty()) {
      md.append(t.say("none")).append("\n\n");
      return;
    }
    md.append(row(t.say("column.rank"), t.say("column.proposal"), t.say("column.applicant"), t.say("column.jurisdiction"),
        t.say("column.total"), t.say("column.decision"), t.say("column.reason")))
        .append("|---:|---|---|---|---:|---|---|\n");
    for (ProposalId id : ids) {
      ProposalOutcome p = o.proposal(id).orElseThrow();
      md.append(row(p.rank().map(t::number).orElse("\u2014"), escape(id) + " " + escape(p.proposal().title()),
          escape(p.applicant().name()), escape(p.applicant().jurisdiction()), t.number(p.total()),
          t.label(p.decision().kind()), escape(String.join(" ", p.reasons(t.language())))));
    }
    md.append('\n');
  }

  /** {@return a table row of {@code cells}, each already Markdown, ending with a line feed} */
  static String row(String... cells) {
    return "| " + String.join(" | ", cells) + " |\n";
  }
}
