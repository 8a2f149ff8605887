package org.convoca.outcome;

import static org.convoca.outcome.MarkdownText.escape;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.convoca.assessment.LabelFinding;
import org.convoca.call.CriterionId;
import org.convoca.call.FederalVocabulary;
import org.convoca.call.JuryPolicy;
import org.convoca.call.Normalisation;
import org.convoca.jury.agreement.Agreement;
import org.convoca.jury.agreement.Alpha;
import org.convoca.language.Messages;
import org.convoca.review.CriterionReview;
import org.convoca.review.JurorReview;
import org.convoca.review.JuryReview;
import org.convoca.review.ReviewedScore;

/**
 * The jury section of the Markdown report: the policy, agreement per criterion, the jurors (with
 * their offsets when the call normalises), conflicts of interest, excluded scores, scores by jurors
 * not assigned, proposals that need consensus and the consensus scores recorded, incomplete reviews
 * and the review's notes, in the call's language (the {@code jury-report} bundles). Dossier text
 * (reasons, labels' sentences, ids) is escaped with {@link MarkdownText#escape} before it is put
 * into a phrase.
 */
final class JuryMarkdown {

  private static final Messages PHRASES = ReportText.load("jury-report");

  private JuryMarkdown() {}

  static void render(TextOut md, CallOutcome o) {
    ReportText t = ReportText.of(PHRASES, o.call().writtenIn());
    JuryReview review = o.jury();
    md.append("## ").append(t.say("heading")).append("\n\n");
    policy(md, t, review.policy());
    if (review.criteria().isEmpty() && review.jurors().isEmpty()) {
      md.append(t.say("empty")).append("\n\n");
      return;
    }
    agreement(md, t, review);
    jurors(md, t, review);
    conflicts(md, t, review);
    scores(md, t, review, "excluded", ReviewedScore::excluded, true);
    if (review.scores().stream().anyMatch(s -> s.assigned().isPresent())) {
      scores(md, t, review, "unassigned", ReviewedScore::unassigned, false);
    }
    consensus(md, t, o);
    md.append("### ").append(t.say("incomplete")).append("\n\n");
    if (review.incomplete().isEmpty()) {
      md.append(t.say("none")).append("\n\n");
    } else {
      review.incomplete().forEach((id, why) -> md.append("- **").append(escape(id)).append("**: ").append(escape(why)).append('\n'));
      md.append('\n');
    }
    if (!review.notes().isEmpty()) {
      md.append("### ").append(t.say("notes")).append("\n\n");
      review.notes().forEach(n -> md.append("- ").append(escape(n)).append('\n'));
      md.append('\n');
    }
  }

  private static void policy(TextOut md, ReportText t, JuryPolicy p) {
    md.append(t.say("policy", t.label(p.aggregation()),
        p.normalisation() == Normalisation.NONE ? t.say("policy.asGiven") : t.say("policy.normalised", t.label(p.normalisation())),
        p.minScores() == 0 ? t.say("policy.noMinimum") : t.say("policy.minimum", p.minScores()),
        p.reviewersPerProposal(),
        p.conflictsApplied().stream().sorted().map(t::label).collect(Collectors.joining(", ")))).append("\n\n");
  }

  private static void agreement(TextOut md, ReportText t, JuryReview review) {
    md.append("### ").append(t.say("agreement")).append("\n\n");
    if (review.criteria().isEmpty()) {
      md.append(t.say("agreement.none")).append("\n\n");
      return;
    }
    md.append(t.say("agreement.about")).append("\n\n")
        .append(OutcomeMarkdown.row(t.say("column.criterion"), t.say("column.alpha"), t.say("column.reading"),
            t.say("column.scores"), "ICC(1,1)", "ICC(1,k)")).append("|---|---:|---|---:|---:|---:|\n");
    for (CriterionId criterion : review.criteria()) {
      agreementRow(md, t, escape(criterion), review.agreement().byCriterion().get(criterion));
    }
    agreementRow(md, t, t.say("agreement.pooled"), review.agreement().overall());
    md.append('\n');
  }

  private static void agreementRow(TextOut md, ReportText t, String label, Agreement a) {
    if (a == null) {
      md.append(OutcomeMarkdown.row(label, NONE, t.say("agreement.noScore"), t.number(0), NONE, NONE));
      return;
    }
    Alpha alpha = a.alpha();
    md.append(OutcomeMarkdown.row(label,
        alpha.value().isPresent() ? t.number(JuryView.rounded(alpha.value().getAsDouble())) : NONE,
        alpha instanceof Alpha.Undefined u ? t.say("agreement.undefined", t.say("agreement.undefined." + u.reason().name()))
            : t.label(alpha.reading().orElseThrow()),
        t.number(a.scores()),
        a.icc().map(i -> t.number(JuryView.rounded(i.icc1()))).orElse(NONE),
        a.icc().map(i -> t.number(JuryView.rounded(i.icc1k()))).orElse(NONE)));
  }

  private static void jurors(TextOut md, ReportText t, JuryReview review) {
    boolean normalised = review.policy().normalisation() != Normalisation.NONE;
    md.append("### ").append(t.say("jurors")).append("\n\n");
    if (review.jurors().isEmpty()) {
      md.append(t.say("none")).append("\n\n");
      return;
    }
    List<String> header = new ArrayList<>(List.of(t.say("column.juror"), t.say("column.scored"), t.say("column.excluded"),
        t.say("column.unassigned")));
    if (normalised) {
      header.add(t.say("column.offset"));
    }
    md.append(OutcomeMarkdown.row(header.toArray(String[]::new)))
        .append("|---|---:|---:|---:|").append(normalised ? "---|" : "").append('\n');
    for (JurorReview j : review.jurors()) {
      List<String> cells = new ArrayList<>(List.of(escape(j.id()), t.number(j.scored()), t.number(j.excluded()),
          t.number(j.unassigned())));
      if (normalised) {
        cells.add(j.offsets().isEmpty() ? NONE : review.criteria().stream().filter(j.offsets()::containsKey)
            .map(c -> escape(c) + " " + signed(t, j.offsets().get(c))).collect(Collectors.joining(", ")));
      }
      md.append(OutcomeMarkdown.row(cells.toArray(String[]::new)));
    }
    if (normalised) {
      md.append('\n').append(t.say("jurors.offset")).append('\n');
    }
    md.append('\n');
  }

  private static void conflicts(TextOut md, ReportText t, JuryReview review) {
    md.append("### ").append(t.say("conflicts")).append("\n\n");
    if (review.conflicts().isEmpty()) {
      md.append(t.say("none")).append("\n\n");
      return;
    }
    md.append(OutcomeMarkdown.row(t.say("column.juror"), t.say("column.proposal"), t.say("column.kind"),
        t.say("column.reason"))).append("|---|---|---|---|\n");
    review.conflicts().forEach(c -> md.append(OutcomeMarkdown.row(escape(c.juror()), escape(c.proposal()), t.label(c.kind()),
        escape(c.reason()))));
    md.append('\n');
  }

  private static void scores(TextOut md, ReportText t, JuryReview review, String title, Predicate<ReviewedScore> which,
      boolean why) {
    md.append("### ").append(t.say(title)).append("\n\n");
    List<ReviewedScore> scores = review.scores().stream().filter(which).toList();
    if (scores.isEmpty()) {
      md.append(t.say("none")).append("\n\n");
      return;
    }
    List<String> header = new ArrayList<>(List.of(t.say("column.proposal"), t.say("column.criterion"),
        t.say("column.juror"), t.say("column.score")));
    if (why) {
      header.add(t.say("column.why"));
    }
    md.append(OutcomeMarkdown.row(header.toArray(String[]::new)))
        .append("|---|---|---|---:|").append(why ? "---|" : "").append('\n');
    for (ReviewedScore s : scores) {
      List<String> cells = new ArrayList<>(List.of(escape(s.proposal()), escape(s.criterion()), escape(s.juror()),
          t.number(s.raw())));
      if (why) {
        cells.add(escape(s.exclusion().orElseThrow()));
      }
      md.append(OutcomeMarkdown.row(cells.toArray(String[]::new)));
    }
    md.append('\n');
  }

  private static void consensus(TextOut md, ReportText t, CallOutcome o) {
    md.append("### ").append(t.say("consensus")).append("\n\n");
    List<Map.Entry<ProposalOutcome, LabelFinding>> needed = o.proposals().stream()
        .flatMap(p -> p.assessment().labels().stream().filter(l -> l.label().equals(FederalVocabulary.NEEDS_CONSENSUS))
            .map(l -> Map.entry(p, l)))
        .toList();
    md.append(t.say("consensus.needed", "`" + FederalVocabulary.NEEDS_CONSENSUS + "`"))
        .append(needed.isEmpty() ? " " + t.say("consensus.needed.none") + "\n" : "\n\n");
    needed.forEach(e -> md.append("- **").append(escape(e.getKey().proposal().id())).append("**: ")
        .append(escape(e.getValue().sentence())).append('\n'));
    md.append('\n');
    List<CriterionReview> agreed = o.proposals().stream().flatMap(p -> p.jury().stream())
        .filter(r -> r.consensus().isPresent()).toList();
    if (agreed.isEmpty()) {
      md.append(t.say("consensus.noneRecorded")).append("\n\n");
      return;
    }
    md.append(t.say("consensus.recorded")).append("\n\n")
        .append(OutcomeMarkdown.row(t.say("column.proposal"), t.say("column.criterion"), t.say("column.consensus"),
            t.say("column.aggregateReplaced"), t.say("column.agreedOn"), t.say("column.reason")))
        .append("|---|---|---:|---:|---|---|\n");
    for (CriterionReview r : agreed) {
      var c = r.consensus().orElseThrow();
      md.append(OutcomeMarkdown.row(escape(r.proposal()), escape(r.criterion()), t.number(c.value()),
          r.aggregate().map(t::number).orElse(NONE), t.date(c.agreedOn()), escape(c.reason())));
    }
    md.append('\n');
  }

  /** An empty cell. */
  private static final String NONE = "\u2014";

  private static String signed(ReportText t, BigDecimal offset) {
    return (offset.signum() > 0 ? "+" : "") + t.number(offset);
  }
}
