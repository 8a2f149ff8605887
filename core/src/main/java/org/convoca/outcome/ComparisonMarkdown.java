package org.convoca.outcome;

import static org.convoca.outcome.MarkdownText.escape;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.convoca.call.TrackId;
import org.convoca.outcome.Comparison.CriterionDelta;
import org.convoca.outcome.Comparison.ProposalDelta;
import org.convoca.outcome.Comparison.Side;
import org.convoca.proposal.ProposalId;

/**
 * A {@link Comparison} as {@code compare.md}: the two sides, the changes and notes, then tables of
 * who enters and leaves, decision changes, rank moves, each changed proposal's total with the
 * criteria and rules that moved it, and the rules whose awards changed. Every text that comes from
 * a dossier or a rule book (titles, ids, rule names, changes and notes, which repeat what the user
 * typed) goes through {@link MarkdownText#escape}.
 */
final class ComparisonMarkdown {

  /** What is said when the two outcomes' fingerprints are equal. */
  static final String NOTHING_CHANGES =
      "Nothing changes: the same proposals, decisions, ranks, points and totals on both sides.";
  /** What is said when the fingerprints differ in nothing the comparison lists. */
  static final String UNLISTED_DIFFERENCE = "The outcomes differ (their fingerprints do), but in nothing this "
      + "comparison lists: no selection, decision, rank, point, total, track or label changes; a reason's or "
      + "an explanation's wording, say.";

  private ComparisonMarkdown() {}

  private static String tracks(List<TrackId> tracks) {
    return tracks.stream().map(MarkdownText::escape).collect(Collectors.joining(", "));
  }

  private static String labels(List<String> labels) {
    return labels.stream().map(MarkdownText::escape).collect(Collectors.joining(", "));
  }

  static String render(Comparison c) {
    StringBuilder md = new StringBuilder("# What-if comparison\n\n");
    side(md, "Base", c.base());
    side(md, "Variant", c.variant());
    c.changes().forEach(change -> md.append("- Change: ").append(escape(change)).append('\n'));
    c.notes().forEach(note -> md.append("- Note: ").append(escape(note)).append('\n'));
    md.append('\n');
    if (c.unchanged() && c.sameOutcome()) {
      md.append(NOTHING_CHANGES).append('\n');
      return md.toString();
    }
    if (c.unchanged()) {
      md.append(UNLISTED_DIFFERENCE).append('\n');
      return md.toString();
    }
    list(md, "Entering the selection", c, c.entering());
    list(md, "Leaving the selection", c, c.leaving());
    if (!c.decisionChanges().isEmpty()) {
      md.append("## Decision changes\n\n| Proposal | Title | Base | Variant |\n|---|---|---|---|\n");
      c.decisionChanges().forEach(d -> row(md, c, d.proposal(), d.from().name(), d.to().name()));
      md.append('\n');
    }
    if (!c.rankMoves().isEmpty()) {
      md.append("## Rank moves\n\n| Proposal | Title | Base | Variant | Places up |\n|---|---|---:|---:|---:|\n");
      c.rankMoves().forEach(r -> row(md, c, r.proposal(), rank(r.from()), rank(r.to()),
          r.places().map(p -> signed(BigDecimal.valueOf(p))).orElse("")));
      md.append('\n');
    }
    deltas(md, c);
    if (!c.trackChanges().isEmpty()) {
      md.append("## Track changes\n\n| Proposal | Title | Gains | Loses |\n|---|---|---|---|\n");
      c.trackChanges().forEach(t -> row(md, c, t.proposal(), tracks(t.gained()), tracks(t.lost())));
      md.append('\n');
    }
    if (!c.labelChanges().isEmpty()) {
      md.append("## Label changes\n\n| Proposal | Title | Added | Removed |\n|---|---|---|---|\n");
      c.labelChanges().forEach(l -> row(md, c, l.proposal(), labels(l.added()), labels(l.removed())));
      md.append('\n');
    }
    if (!c.rules().isEmpty()) {
      md.append("## Rules whose awards changed\n\n| Rule | Criterion | Proposals | Net points | Total change |\n")
          .append("|---|---|---:|---:|---:|\n");
      c.rules().forEach(r -> md.append("| ").append(escape(r.rule())).append(" | ").append(escape(r.criterion()))
          .append(" | ").append(r.proposals()).append(" | ").append(signed(r.netChange())).append(" | ")
          .append(r.totalChange().toPlainString()).append(" |\n"));
      md.append('\n');
    }
    return md.toString();
  }

  private static void side(StringBuilder md, String name, Side side) {
    md.append("- ").append(name).append(": ").append(side.proposals()).append(" proposals, ").append(side.selected())
        .append(" selected, fingerprint `").append(escape(side.fingerprint())).append('`');
    if (!side.only().isEmpty()) {
      md.append("; only here: ").append(side.only().stream().map(MarkdownText::escape).collect(Collectors.joining(", ")));
    }
    md.append('\n');
  }

  private static void list(StringBuilder md, String heading, Comparison c, List<ProposalId> ids) {
    if (ids.isEmpty()) {
      return;
    }
    md.append("## ").append(heading).append("\n\n| Proposal | Title |\n|---|---|\n");
    ids.forEach(id -> row(md, c, id));
    md.append('\n');
  }

  private static void deltas(StringBuilder md, Comparison c) {
    List<ProposalDelta> totals = c.largestDeltas(c.deltas().size()).stream().filter(ProposalDelta::totalChanged)
        .toList();
    List<ProposalDelta> within = c.deltas().stream().filter(d -> !d.totalChanged()).toList();
    if (!totals.isEmpty()) {
      md.append("## Totals\n\nLargest change first. Criteria: the change of each one's contribution to the total; ")
          .append("rules: the change of the points each one awarded.\n\n");
      deltaTable(md, c, totals);
    }
    if (!within.isEmpty()) {
      md.append("## Criteria that moved, totals unchanged\n\n");
      deltaTable(md, c, within);
    }
  }

  private static void deltaTable(StringBuilder md, Comparison c, List<ProposalDelta> deltas) {
    md.append("| Proposal | Title | Base | Variant | Change | Criteria | Rules |\n|---|---|---:|---:|---:|---|---|\n");
    for (ProposalDelta d : deltas) {
      String score = d.rankingScoreChanged() ? " (ranking score " + d.baseRankingScore().map(BigDecimal::toPlainString)
          .orElse("none") + " → " + d.variantRankingScore().map(BigDecimal::toPlainString).orElse("none") + ")" : "";
      row(md, c, d.proposal(), d.baseTotal().toPlainString(), d.variantTotal().toPlainString(),
          signed(d.totalDelta()) + score, d.criteria().stream().map(ComparisonMarkdown::criterion).collect(Collectors.joining("; ")),
          d.rules().stream().map(r -> escape(r.rule()) + " (" + escape(r.criterion()) + ") " + signed(r.delta()))
              .collect(Collectors.joining("; ")));
    }
    md.append('\n');
  }

  private static String criterion(CriterionDelta c) {
    String weight = c.baseWeight().compareTo(c.variantWeight()) == 0 ? ""
        : ", weight " + c.baseWeight().toPlainString() + " → " + c.variantWeight().toPlainString();
    return escape(c.criterion()) + " " + signed(c.weightedDelta()) + weight;
  }

  /** A table row: the proposal's id and title, then {@code cells}, which are already Markdown. */
  private static void row(StringBuilder md, Comparison c, ProposalId id, String... cells) {
    md.append("| ").append(escape(id)).append(" | ").append(escape(c.title(id)));
    for (String cell : cells) {
      md.append(" | ").append(cell);
    }
    md.append(" |\n");
  }

  private static String rank(Optional<Integer> rank) {
    return rank.map(String::valueOf).orElse("not ranked");
  }

  static String signed(BigDecimal value) {
    return (value.signum() > 0 ? "+" : "") + value.toPlainString();
  }
}
