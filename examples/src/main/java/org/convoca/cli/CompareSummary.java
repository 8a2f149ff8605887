package org.convoca.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.convoca.call.TrackId;
import org.convoca.outcome.Comparison;
import org.convoca.outcome.Comparison.ProposalDelta;
import org.convoca.outcome.Comparison.RankMove;
import org.convoca.outcome.Comparison.Side;
import org.convoca.proposal.ProposalId;

/**
 * The readable summary {@code convoca compare} prints: the sides, the changes and notes, who enters
 * and leaves, then at most {@value CompareCommand#SHOWN} lines of each other list, largest first,
 * with how many more the files hold. Titles and rule names come from the dossier and the rule
 * folders: each stays on its line ({@link Terminal}), and the writer makes anything that acts on a
 * terminal visible ({@link TerminalWriter}).
 */
final class CompareSummary {

  /** What is printed when the two outcomes' fingerprints are equal. */
  static final String NOTHING_CHANGES =
      "Nothing changes: the same proposals, decisions, ranks, points and totals on both sides.";
  /** What is printed when the fingerprints differ in nothing the comparison lists. */
  static final String UNLISTED_DIFFERENCE = "The outcomes differ (their fingerprints do), but in nothing this "
      + "comparison lists: no selection, decision, rank, point, total, track or label changes.";

  private CompareSummary() {}

  private static String tracks(String verb, List<TrackId> tracks) {
    return tracks.isEmpty() ? "" : verb + " " + tracks.stream().map(t -> Terminal.line(t.value())).collect(Collectors.joining(", "));
  }

  private static String labels(String verb, List<String> labels) {
    return labels.isEmpty() ? "" : verb + " " + labels.stream().map(Terminal::line).collect(Collectors.joining(", "));
  }

  static void print(Comparison c, PrintWriter out) {
    side("base", c.base(), out);
    side("variant", c.variant(), out);
    c.changes().forEach(change -> out.println("  change: " + Terminal.line(change)));
    c.notes().forEach(note -> out.println("  note: " + Terminal.line(note)));
    if (c.unchanged() && c.sameOutcome()) {
      out.println(NOTHING_CHANGES);
      return;
    }
    if (c.unchanged()) {
      out.println(UNLISTED_DIFFERENCE);
      return;
    }
    List<ProposalDelta> totals = c.largestDeltas(c.deltas().size()).stream().filter(ProposalDelta::totalChanged)
        .toList();
    List<ProposalDelta> within = c.deltas().stream().filter(d -> !d.totalChanged()).toList();
    boolean scored = c.deltas().stream()
        .anyMatch(d -> d.baseRankingScore().isPresent() || d.variantRankingScore().isPresent());
    out.printf("Selection: %d entering, %d leaving; %d decision changes, %d rank moves, %d %s changed, "
            + "%d track changes, %d label changes%n",
        c.entering().size(), c.leaving().size(), c.decisionChanges().size(), c.rankMoves().size(), totals.size(),
        scored ? "totals or ranking scores" : "totals", c.trackChanges().size(), c.labelChanges().size());
    list("Entering the selection", c.entering(), id -> proposal(c, id), out);
    list("Leaving the selection", c.leaving(), id -> proposal(c, id), out);
    list("Decision changes", c.decisionChanges(),
        d -> proposal(c, d.proposal()) + ": " + d.from() + " -> " + d.to(), out);
    list("Rank moves, largest first", c.rankMoves().stream().sorted(Comparator
        .comparing((RankMove r) -> r.places().map(Math::abs).orElse(Integer.MAX_VALUE)).reversed()
        .thenComparing(RankMove::proposal)).toList(),
        r -> proposal(c, r.proposal()) + ": " + r.from().map(String::valueOf).orElse("not ranked") + " -> "
            + r.to().map(String::valueOf).orElse("not ranked"), out);
    list("Totals, largest change first", totals, d -> delta(c, d), out);
    list("Criteria that moved, totals unchanged", within, d -> delta(c, d), out);
    list("Track changes", c.trackChanges(), t -> proposal(c, t.proposal()) + ":" + tracks(" gains", t.gained())
        + tracks(" loses", t.lost()), out);
    list("Label changes", c.labelChanges(), l -> proposal(c, l.proposal()) + ":" + labels(" added", l.added())
        + labels(" removed", l.removed()), out);
    list("Rules whose awards changed, most first", c.rules(),
        r -> "\"" + Terminal.line(r.rule()) + "\" on " + r.criterion() + ": " + r.proposals()
            + (r.proposals() == 1 ? " proposal" : " proposals") + ", net " + signed(r.netChange()) + " points", out);
  }

  private static void side(String name, Side side, PrintWriter out) {
    out.printf("%-8s %d proposals, %d selected, fingerprint %s%s%n", name + ":", side.proposals(), side.selected(),
        side.fingerprint(), side.only().isEmpty() ? ""
            : "; only here (" + side.only().size() + "): " + side.only().stream().limit(CompareCommand.SHOWN)
                .map(ProposalId::value).collect(Collectors.joining(", ")) + (side.only().size() > CompareCommand.SHOWN ? ", ..." : ""));
  }

  private static <T> void list(String heading, List<T> items, Function<T, String> line, PrintWriter out) {
    if (items.isEmpty()) {
      return;
    }
    out.println(heading + " (" + items.size() + "):");
    items.stream().limit(CompareCommand.SHOWN).forEach(item -> out.println("  " + line.apply(item)));
    if (items.size() > CompareCommand.SHOWN) {
      out.println("  ... and " + (items.size() - CompareCommand.SHOWN) + " more in compare.json and compare.md (--out DIR)");
    }
  }

  private static String proposal(Comparison c, ProposalId id) {
    return id.value() + " " + Terminal.line(c.title(id));
  }

  private static String delta(Comparison c, ProposalDelta d) {
    StringBuilder line = new StringBuilder(proposal(c, d.proposal())).append(": ")
        .append(d.baseTotal().toPlainString()).append(" -> ").append(d.variantTotal().toPlainString())
        .append(" (").append(signed(d.totalDelta())).append(')');
    if (d.rankingScoreChanged()) {
      line.append("; ranking score ").append(d.baseRankingScore().map(BigDecimal::toPlainString).orElse("none"))
          .append(" -> ").append(d.variantRankingScore().map(BigDecimal::toPlainString).orElse("none"));
    }
    if (d.criteria().stream().anyMatch(k -> k.weightedDelta().signum() != 0)) {
      line.append("; criteria ").append(d.criteria().stream().filter(k -> k.weightedDelta().signum() != 0)
          .map(k -> k.criterion() + " " + signed(k.weightedDelta())).collect(Collectors.joining(", ")));
    }
    if (!d.rules().isEmpty()) {
      line.append("; most by \"").append(Terminal.line(d.rules().get(0).rule())).append("\" ")
          .append(signed(d.rules().get(0).delta())).append(" points on ").append(d.rules().get(0).criterion());
    }
    return line.toString();
  }

  private static String signed(BigDecimal value) {
    return (value.signum() > 0 ? "+" : "") + value.toPlainString();
  }
}
