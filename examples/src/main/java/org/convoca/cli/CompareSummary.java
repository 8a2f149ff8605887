package org.convoca.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
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
 * The readable summary {@code convoca compare} prints, in the user's language: the sides, the
 * changes and notes, who enters and leaves, then at most {@value CompareCommand#SHOWN} lines of
 * each other list, largest first, with how many more the files hold. Points and totals are written
 * as the language writes numbers; ids, decisions, criteria and fingerprints as the files have them.
 * Titles and rule names come from the dossier and the rule folders: each stays on its line
 * ({@link Terminal}), and the writer makes anything that acts on a terminal visible
 * ({@link TerminalWriter}).
 */
final class CompareSummary {

  private final Comparison c;
  private final UserText text;
  private final PrintWriter out;

  private CompareSummary(Comparison c, UserText text, PrintWriter out) {
    this.c = c;
    this.text = text;
    this.out = out;
  }

  static void print(Comparison c, UserText text, PrintWriter out) {
    new CompareSummary(c, text, out).print();
  }

  private void print() {
    side(text.summary("compare.base"), c.base());
    side(text.summary("compare.variant"), c.variant());
    c.changes().forEach(change -> out.println("  " + text.summary("compare.change", Terminal.line(change))));
    c.notes().forEach(note -> out.println("  " + text.summary("compare.note", Terminal.line(note))));
    if (c.unchanged() && c.sameOutcome()) {
      out.println(text.summary("compare.nothing-changes"));
      return;
    }
    if (c.unchanged()) {
      out.println(text.summary("compare.unlisted-difference"));
      return;
    }
    List<ProposalDelta> totals = c.largestDeltas(c.deltas().size()).stream().filter(ProposalDelta::totalChanged)
        .toList();
    List<ProposalDelta> within = c.deltas().stream().filter(d -> !d.totalChanged()).toList();
    boolean scored = c.deltas().stream()
        .anyMatch(d -> d.baseRankingScore().isPresent() || d.variantRankingScore().isPresent());
    out.println(text.summary("compare.counts", c.entering().size(), c.leaving().size(), c.decisionChanges().size(),
        c.rankMoves().size(), totals.size(), text.summary(scored ? "compare.counts.scores" : "compare.counts.totals"),
        c.trackChanges().size(), c.labelChanges().size()));
    list("compare.entering", c.entering(), this::proposal);
    list("compare.leaving", c.leaving(), this::proposal);
    list("compare.decisions", c.decisionChanges(),
        d -> proposal(d.proposal()) + ": " + d.from().name() + " -> " + d.to().name());
    list("compare.ranks", c.rankMoves().stream().sorted(Comparator
        .comparing((RankMove r) -> r.places().map(Math::abs).orElse(Integer.MAX_VALUE)).reversed()
        .thenComparing(RankMove::proposal)).toList(),
        r -> proposal(r.proposal()) + ": " + r.from().map(this::rank).orElse(text.summary("compare.not-ranked")) + " -> "
            + r.to().map(this::rank).orElse(text.summary("compare.not-ranked")));
    list("compare.totals", totals, this::delta);
    list("compare.within", within, this::delta);
    list("compare.tracks", c.trackChanges(), t -> changed(proposal(t.proposal()),
        tracks("compare.gains", t.gained()), tracks("compare.loses", t.lost())));
    list("compare.labels", c.labelChanges(), l -> changed(proposal(l.proposal()),
        labels("compare.added", l.added()), labels("compare.removed", l.removed())));
    list("compare.rules", c.rules(), r -> text.summary("compare.rule", Terminal.line(r.rule()), r.criterion().toString(),
        r.proposals(), signed(r.netChange())));
  }

  private void side(String name, Side side) {
    String only = side.only().isEmpty() ? "" : text.summary("compare.only", side.only().size(),
        side.only().stream().limit(CompareCommand.SHOWN).map(ProposalId::value).collect(Collectors.joining(", "))
            + (side.only().size() > CompareCommand.SHOWN ? ", ..." : ""));
    out.println(text.summary("compare.side", Columns.left(name, 8), side.proposals(), side.selected(),
        side.fingerprint()) + only);
  }

  private <T> void list(String heading, List<T> items, Function<T, String> line) {
    if (items.isEmpty()) {
      return;
    }
    out.println(text.summary("compare.list", text.summary(heading), items.size()));
    items.stream().limit(CompareCommand.SHOWN).forEach(item -> out.println("  " + line.apply(item)));
    if (items.size() > CompareCommand.SHOWN) {
      out.println("  " + text.summary("compare.more", items.size() - CompareCommand.SHOWN));
    }
  }

  /** A rank, as a position: plain digits. */
  private String rank(int rank) {
    return String.valueOf(rank);
  }

  /** {@code head}, a colon, then each part that is not empty, after a space. */
  private static String changed(String head, String... parts) {
    List<String> line = new ArrayList<>(List.of(head + ":"));
    for (String part : parts) {
      if (!part.isEmpty()) {
        line.add(part);
      }
    }
    return String.join(" ", line);
  }

  private String tracks(String key, List<TrackId> tracks) {
    return tracks.isEmpty() ? ""
        : text.summary(key, tracks.stream().map(t -> Terminal.line(t.value())).collect(Collectors.joining(", ")));
  }

  private String labels(String key, List<String> labels) {
    return labels.isEmpty() ? "" : text.summary(key, labels.stream().map(Terminal::line).collect(Collectors.joining(", ")));
  }

  private String proposal(ProposalId id) {
    return id.value() + " " + Terminal.line(c.title(id));
  }

  private String delta(ProposalDelta d) {
    StringBuilder line = new StringBuilder(proposal(d.proposal())).append(": ")
        .append(number(d.baseTotal())).append(" -> ").append(number(d.variantTotal()))
        .append(" (").append(signed(d.totalDelta())).append(')');
    if (d.rankingScoreChanged()) {
      String none = text.summary("compare.none");
      line.append("; ").append(text.summary("compare.ranking-score", d.baseRankingScore().map(this::number).orElse(none),
          d.variantRankingScore().map(this::number).orElse(none)));
    }
    if (d.criteria().stream().anyMatch(k -> k.weightedDelta().signum() != 0)) {
      line.append("; ").append(text.summary("compare.criteria", d.criteria().stream()
          .filter(k -> k.weightedDelta().signum() != 0)
          .map(k -> k.criterion() + " " + signed(k.weightedDelta())).collect(Collectors.joining(", "))));
    }
    if (!d.rules().isEmpty()) {
      line.append("; ").append(text.summary("compare.most-by", Terminal.line(d.rules().get(0).rule()),
          signed(d.rules().get(0).delta()), d.rules().get(0).criterion().toString()));
    }
    return line.toString();
  }

  private String number(BigDecimal value) {
    return text.wording().number(value);
  }

  private String signed(BigDecimal value) {
    return (value.signum() > 0 ? "+" : "") + number(value);
  }
}
