package org.convoca.outcome;

import static org.convoca.outcome.MarkdownText.escape;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.convoca.call.TrackId;
import org.convoca.language.Language;
import org.convoca.language.Messages;
import org.convoca.outcome.Comparison.CriterionDelta;
import org.convoca.outcome.Comparison.ProposalDelta;
import org.convoca.outcome.Comparison.Side;
import org.convoca.proposal.ProposalId;
import org.convoca.selection.DecisionKind;

/**
 * A {@link Comparison} as {@code compare.md}, in {@link Comparison#language()}: the two sides, the
 * changes and notes, then tables of who enters and leaves, decision changes, rank moves, each changed
 * proposal's total with the criteria and rules that moved it, and the rules whose awards changed.
 * Headings, labels and fixed phrases come from the {@code comparison} bundles of this package, numbers
 * are written as the language writes them. Every text that comes from a dossier or a rule book
 * (titles, ids, rule names, changes and notes, which repeat what the user typed) goes through
 * {@link MarkdownText#escape}.
 */
final class ComparisonMarkdown extends BundledMarkdown {

  private static final Messages TEXTS = Messages.load("/org/convoca/outcome/comparison",
      ComparisonMarkdown.class::getResourceAsStream);

  private ComparisonMarkdown(Language language) {
    super(TEXTS, language);
  }

  /** {@return the family of bundles compare.md's words come from} */
  static Messages texts() {
    return TEXTS;
  }

  static String render(Comparison c) {
    return new ComparisonMarkdown(c.language()).write(c);
  }

  private String write(Comparison c) {
    md().append("# ").append(t("title")).append("\n\n");
    side(t("side.base"), c.base());
    side(t("side.variant"), c.variant());
    c.changes().forEach(change -> md().append("- ").append(t("change", escape(change))).append('\n'));
    c.notes().forEach(note -> md().append("- ").append(t("note", escape(note))).append('\n'));
    md().append('\n');
    if (c.unchanged() && c.sameOutcome()) {
      md().append(t("nothingChanges")).append('\n');
      return md().toString();
    }
    if (c.unchanged()) {
      md().append(t("unlistedDifference")).append('\n');
      return md().toString();
    }
    list("heading.entering", c, c.entering());
    list("heading.leaving", c, c.leaving());
    if (!c.decisionChanges().isEmpty()) {
      heading("heading.decisions");
      head("|---|---|---|---|", "head.proposal", "head.title", "head.base", "head.variant");
      c.decisionChanges().forEach(d -> row(c, d.proposal(), decision(d.from()), decision(d.to())));
      md().append('\n');
    }
    if (!c.rankMoves().isEmpty()) {
      heading("heading.ranks");
      head("|---|---|---:|---:|---:|", "head.proposal", "head.title", "head.base", "head.variant", "head.placesUp");
      c.rankMoves().forEach(r -> row(c, r.proposal(), rank(r.from()), rank(r.to()),
          r.places().map(p -> signed(BigDecimal.valueOf(p))).orElse("")));
      md().append('\n');
    }
    deltas(c);
    if (!c.trackChanges().isEmpty()) {
      heading("heading.tracks");
      head("|---|---|---|---|", "head.proposal", "head.title", "head.gains", "head.loses");
      c.trackChanges().forEach(tc -> row(c, tc.proposal(), tracks(tc.gained()), tracks(tc.lost())));
      md().append('\n');
    }
    if (!c.labelChanges().isEmpty()) {
      heading("heading.labels");
      head("|---|---|---|---|", "head.proposal", "head.title", "head.added", "head.removed");
      c.labelChanges().forEach(l -> row(c, l.proposal(), labels(l.added()), labels(l.removed())));
      md().append('\n');
    }
    if (!c.rules().isEmpty()) {
      heading("heading.rules");
      head("|---|---|---:|---:|---:|", "head.rule", "head.criterion", "head.proposals", "head.netPoints", "head.totalChange");
      c.rules().forEach(r -> md().append("| ").append(escape(r.rule())).append(" | ").append(escape(r.criterion()))
          .append(" | ").append(wording().number(r.proposals())).append(" | ").append(signed(r.netChange())).append(" | ")
          .append(wording().number(r.totalChange())).append(" |\n"));
      md().append('\n');
    }
    return md().toString();
  }

  private void side(String name, Side side) {
    md().append("- ").append(t("side", name, side.proposals(), side.selected(), "`" + escape(side.fingerprint()) + "`"));
    if (!side.only().isEmpty()) {
      md().append(t("side.only", side.only().stream().map(MarkdownText::escape).collect(Collectors.joining(", "))));
    }
    md().append('\n');
  }

  private void list(String heading, Comparison c, List<ProposalId> ids) {
    if (ids.isEmpty()) {
      return;
    }
    heading(heading);
    head("|---|---|", "head.proposal", "head.title");
    ids.forEach(id -> row(c, id));
    md().append('\n');
  }

  private void deltas(Comparison c) {
    List<ProposalDelta> totals = c.largestDeltas(c.deltas().size()).stream().filter(ProposalDelta::totalChanged)
        .toList();
    List<ProposalDelta> within = c.deltas().stream().filter(d -> !d.totalChanged()).toList();
    if (!totals.isEmpty()) {
      heading("heading.totals");
      md().append(t("totals.explanation")).append("\n\n");
      deltaTable(c, totals);
    }
    if (!within.isEmpty()) {
      heading("heading.within");
      deltaTable(c, within);
    }
  }

  private void deltaTable(Comparison c, List<ProposalDelta> deltas) {
    head("|---|---|---:|---:|---:|---|---|", "head.proposal", "head.title", "head.base", "head.variant", "head.change",
        "head.criteria", "head.rules");
    for (ProposalDelta d : deltas) {
      String score = d.rankingScoreChanged() ? " " + t("rankingScore", score(d.baseRankingScore()),
          score(d.variantRankingScore())) : "";
      row(c, d.proposal(), wording().number(d.baseTotal()), wording().number(d.variantTotal()),
          signed(d.totalDelta()) + score, d.criteria().stream().map(this::criterion).collect(Collectors.joining("; ")),
          d.rules().stream().map(r -> escape(r.rule()) + " (" + escape(r.criterion()) + ") " + signed(r.delta()))
              .collect(Collectors.joining("; ")));
    }
    md().append('\n');
  }

  private String score(Optional<BigDecimal> score) {
    return score.map(wording()::number).orElse(t("rankingScore.none"));
  }

  private String criterion(CriterionDelta c) {
    String weight = c.baseWeight().compareTo(c.variantWeight()) == 0 ? ""
        : ", " + t("weight", wording().number(c.baseWeight()), wording().number(c.variantWeight()));
    return escape(c.criterion()) + " " + signed(c.weightedDelta()) + weight;
  }

  /** A table row: the proposal's id and title, then {@code cells}, which are already Markdown. */
  private void row(Comparison c, ProposalId id, String... cells) {
    md().append("| ").append(escape(id)).append(" | ").append(escape(c.title(id)));
    for (String cell : cells) {
      md().append(" | ").append(cell);
    }
    md().append(" |\n");
  }

  private String decision(DecisionKind kind) {
    return t("enum.DecisionKind." + kind.name());
  }

  private String rank(Optional<Integer> rank) {
    return rank.map(r -> wording().number(r)).orElse(t("notRanked"));
  }

  private String signed(BigDecimal value) {
    return (value.signum() > 0 ? "+" : "") + wording().number(value);
  }

  private static String tracks(List<TrackId> tracks) {
    return tracks.stream().map(MarkdownText::escape).collect(Collectors.joining(", "));
  }

  private static String labels(List<String> labels) {
    return labels.stream().map(MarkdownText::escape).collect(Collectors.joining(", "));
  }
}
