package org.convoca.outcome;

import static org.convoca.outcome.MarkdownText.escape;

import java.io.Writer;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.convoca.call.TrackId;
import org.convoca.proposal.ProposalId;
import org.convoca.selection.DecisionKind;

/**
 * The outcome as a Markdown report a jury can publish: summary, selected with reasons, waitlist, not
 * selected with reasons, jury review incomplete, below threshold, ineligible with failed checks, jury
 * overrides, broken ties, tracks, the jury's review ({@link JuryMarkdown}) and the fingerprint. Every text taken from the dossier (the call's name, titles,
 * names, ids, reasons, notes, tie sentences, track ids) goes through {@link MarkdownText#escape},
 * so that it reads as written and cannot change the report's structure.
 */
final class OutcomeMarkdown {

  private OutcomeMarkdown() {}

  /** Writes the report of {@code o} to {@code out} as it goes; flushes {@code out}, never closes it. */
  static void render(CallOutcome o, Writer out) {
    TextOut md = new TextOut(out);
    md.append("# ").append(escape(o.call().name())).append(" — outcome\n\n");
    summary(md, o);
    md.append("## Selected\n\n");
    table(md, o, o.selected());
    md.append("## Waitlist\n\n");
    table(md, o, o.waitlist());
    section(md, o, "Not selected", List.of(DecisionKind.NOT_SELECTED, DecisionKind.EXCLUDED_BY_JURY));
    section(md, o, "Jury review incomplete", List.of(DecisionKind.INCOMPLETE_REVIEW));
    section(md, o, "Below threshold", List.of(DecisionKind.BELOW_THRESHOLD));
    section(md, o, "Ineligible", List.of(DecisionKind.INELIGIBLE));
    if (o.proposals().stream().anyMatch(p -> p.decision().overridden())) {
      md.append("## Jury overrides\n\n");
      o.proposals().stream().filter(p -> p.decision().overridden()).forEach(p -> md.append("- **")
          .append(escape(p.proposal().id())).append("** ").append(p.decision().kind()).append(" (computed: ")
          .append(p.decision().computedKind()).append("). ").append(escape(p.decision().reason())).append('\n'));
      md.append('\n');
    }
    if (!o.selection().ties().isEmpty()) {
      md.append("## Ties broken\n\n");
      o.selection().ties().forEach(t -> md.append("- ").append(escape(t.sentence())).append('\n'));
      md.append('\n');
    }
    md.append("## Tracks\n\n");
    for (Map.Entry<TrackId, List<ProposalId>> track : o.tracks().entrySet()) {
      md.append("- **").append(escape(track.getKey())).append("**: ").append(track.getValue().isEmpty() ? "none"
          : track.getValue().stream().map(MarkdownText::escape).collect(Collectors.joining(", "))).append('\n');
    }
    md.append('\n');
    JuryMarkdown.render(md, o);
    md.append("## Fingerprint\n\n`").append(o.fingerprint())
        .append("` — SHA-256 of the canonical dossier, the rule parameters and the jury policy in effect and the rule book.")
        .append(" Anyone with both can recompute it and this outcome.\n");
    md.flush();
  }

  private static void summary(TextOut md, CallOutcome o) {
    Summary s = o.summary();
    md.append("## Summary\n\n")
        .append("- Proposals: ").append(s.proposals()).append(" (").append(s.ineligible()).append(" ineligible, ")
        .append(s.incompleteReview()).append(" with an incomplete jury review, ")
        .append(s.belowThreshold()).append(" below threshold, ").append(s.ranked()).append(" ranked)\n")
        .append("- Selected: ").append(s.selected()).append(" of ").append(s.slots()).append(" slots (")
        .append(s.selectedByMerit()).append(" by merit, ").append(s.reservedSeats()).append(" on reserved seats, ")
        .append(s.selectedByJury()).append(" by the jury); waitlisted: ").append(s.waitlisted()).append('\n')
        .append("- Budget used: ").append(escape(s.budgetUsed()))
        .append(s.budget().map(b -> " of " + escape(b)).orElse(" (no budget limit)")).append('\n')
        .append("- Jurisdictions covered: ").append(s.jurisdictionsCovered())
        .append(s.minJurisdictions() > 0 ? " (minimum " + s.minJurisdictions() + ")" : "").append('\n');
    o.selection().notes().forEach(n -> md.append("- ").append(escape(n)).append('\n'));
    md.append("\n| Jurisdiction | Proposals | Ranked | Selected |\n|---|---:|---:|---:|\n");
    s.byJurisdiction().forEach((k, t) -> md.append("| ").append(escape(k)).append(" | ").append(t.proposals())
        .append(" | ").append(t.ranked()).append(" | ").append(t.selected()).append(" |\n"));
    md.append('\n');
  }

  private static void section(TextOut md, CallOutcome o, String title,
      List<DecisionKind> kinds) {
    md.append("## ").append(title).append("\n\n");
    List<ProposalId> ids = o.proposals().stream().filter(p -> kinds.contains(p.decision().kind()))
        .sorted(Comparator.comparing((ProposalOutcome p) -> p.rank().orElse(Integer.MAX_VALUE)))
        .map(p -> p.proposal().id()).toList();
    table(md, o, ids);
  }

  private static void table(TextOut md, CallOutcome o, List<ProposalId> ids) {
    if (ids.isEmpty()) {
      md.append("None.\n\n");
      return;
    }
    md.append("| Rank | Proposal | Applicant | Jurisdiction | Total | Decision | Reason |\n")
        .append("|---:|---|---|---|---:|---|---|\n");
    for (ProposalId id : ids) {
      ProposalOutcome p = o.proposal(id).orElseThrow();
      md.append("| ").append(p.rank().map(String::valueOf).orElse("—"))
          .append(" | ").append(escape(id)).append(" ").append(escape(p.proposal().title()))
          .append(" | ").append(escape(p.applicant().name()))
          .append(" | ").append(escape(p.applicant().jurisdiction()))
          .append(" | ").append(p.total().toPlainString())
          .append(" | ").append(p.decision().kind())
          .append(" | ").append(escape(String.join(" ", p.reasons()))).append(" |\n");
    }
    md.append('\n');
  }
}
