package org.convoca.outcome;

import static org.convoca.outcome.MarkdownText.escape;

import java.math.BigDecimal;
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
import org.convoca.review.CriterionReview;
import org.convoca.review.JurorReview;
import org.convoca.review.JuryReview;
import org.convoca.review.ReviewedScore;

/**
 * The jury section of the Markdown report: the policy, agreement per criterion, the jurors (with
 * their offsets when the call normalises), conflicts of interest, excluded scores, scores by jurors
 * not assigned, proposals that need consensus and the consensus scores recorded, incomplete reviews
 * and the review's notes. Dossier text (reasons, labels' sentences, ids) is escaped with
 * {@link MarkdownText#escape}.
 */
final class JuryMarkdown {

  private JuryMarkdown() {}

  static void render(TextOut md, CallOutcome o) {
    JuryReview review = o.jury();
    md.append("## Jury\n\n");
    policy(md, review.policy());
    if (review.criteria().isEmpty() && review.jurors().isEmpty()) {
      md.append("The dossier holds no juror and no score.\n\n");
      return;
    }
    agreement(md, review);
    jurors(md, review);
    conflicts(md, review);
    scores(md, review, "Excluded scores", ReviewedScore::excluded, true);
    if (review.scores().stream().anyMatch(s -> s.assigned().isPresent())) {
      scores(md, review, "Scores by jurors not assigned to the proposal", ReviewedScore::unassigned, false);
    }
    consensus(md, o);
    md.append("### Incomplete reviews\n\n");
    if (review.incomplete().isEmpty()) {
      md.append("None.\n\n");
    } else {
      review.incomplete().forEach((id, why) -> md.append("- **").append(escape(id)).append("**: ").append(escape(why)).append('\n'));
      md.append('\n');
    }
    if (!review.notes().isEmpty()) {
      md.append("### Notes on the review\n\n");
      review.notes().forEach(n -> md.append("- ").append(escape(n)).append('\n'));
      md.append('\n');
    }
  }

  private static void policy(TextOut md, JuryPolicy p) {
    md.append("Valid scores are combined by ").append(p.aggregation())
        .append(p.normalisation() == Normalisation.NONE ? ", as the jurors gave them"
            : " after " + p.normalisation() + " normalisation of each juror's severity")
        .append(p.minScores() == 0 ? "; a proposal needs no minimum of valid scores to be ranked; "
            : "; a proposal needs at least " + p.minScores() + (p.minScores() == 1 ? " valid score" : " valid scores")
                + " on each criterion the jury scores to be ranked; ").append(p.reviewersPerProposal())
        .append(" reviewers per proposal. Conflicts of interest that exclude a score: ")
        .append(p.conflictsApplied().stream().sorted().map(Enum::name).collect(Collectors.joining(", "))).append(".\n\n");
  }

  private static void agreement(TextOut md, JuryReview review) {
    if (review.criteria().isEmpty()) {
      md.append("### Agreement\n\nNone: the jurors gave no score.\n\n");
      return;
    }
    md.append("### Agreement\n\nKrippendorff's alpha (interval metric) on the valid raw scores; ICC(1,1) and ICC(1,k) where every")
        .append(" proposal has the same number of scores. Alpha of at least 0.800 is reliable, at least 0.667 tentative.\n\n")
        .append("| Criterion | Alpha | Reading | Scores | ICC(1,1) | ICC(1,k) |\n|---|---:|---|---:|---:|---:|\n");
    for (CriterionId criterion : review.criteria()) {
      agreementRow(md, escape(criterion), review.agreement().byCriterion().get(criterion));
    }
    agreementRow(md, "all criteria, pooled", review.agreement().overall());
    md.append('\n');
  }

  private static void agreementRow(TextOut md, String label, Agreement a) {
    md.append("| ").append(label).append(" | ");
    if (a == null) {
      md.append("— | no valid score | 0 | — | — |\n");
    } else {
      Alpha alpha = a.alpha();
      md.append(alpha.value().isPresent() ? JuryView.rounded(alpha.value().getAsDouble()).toPlainString() : "—").append(" | ")
          .append(alpha instanceof Alpha.Undefined u ? "none: " + u.reason().sentence() : alpha.reading().orElseThrow().name())
          .append(" | ").append(a.scores()).append(" | ")
          .append(a.icc().map(i -> JuryView.rounded(i.icc1()).toPlainString()).orElse("—")).append(" | ")
          .append(a.icc().map(i -> JuryView.rounded(i.icc1k()).toPlainString()).orElse("—")).append(" |\n");
    }
  }

  private static void jurors(TextOut md, JuryReview review) {
    boolean normalised = review.policy().normalisation() != Normalisation.NONE;
    md.append("### Jurors\n\n");
    if (review.jurors().isEmpty()) {
      md.append("None.\n\n");
      return;
    }
    md.append("| Juror | Scored | Excluded | Not assigned |").append(normalised ? " Offset |" : "").append('\n')
        .append("|---|---:|---:|---:|").append(normalised ? "---|" : "").append('\n');
    for (JurorReview j : review.jurors()) {
      md.append("| ").append(escape(j.id())).append(" | ").append(j.scored()).append(" | ").append(j.excluded())
          .append(" | ").append(j.unassigned()).append(" |");
      if (normalised) {
        md.append(' ').append(j.offsets().isEmpty() ? "—" : review.criteria().stream().filter(j.offsets()::containsKey)
            .map(c -> escape(c) + " " + signed(j.offsets().get(c))).collect(Collectors.joining(", "))).append(" |");
      }
      md.append('\n');
    }
    if (normalised) {
      md.append("\nAn offset is how much more generous (positive) or severe (negative) than the panel a juror is on a criterion;")
          .append(" their scores are adjusted by it before they are combined.\n");
    }
    md.append('\n');
  }

  private static void conflicts(TextOut md, JuryReview review) {
    md.append("### Conflicts of interest\n\n");
    if (review.conflicts().isEmpty()) {
      md.append("None.\n\n");
      return;
    }
    md.append("| Juror | Proposal | Kind | Reason |\n|---|---|---|---|\n");
    review.conflicts().forEach(c -> md.append("| ").append(escape(c.juror())).append(" | ").append(escape(c.proposal()))
        .append(" | ").append(c.kind()).append(" | ").append(escape(c.reason())).append(" |\n"));
    md.append('\n');
  }

  private static void scores(TextOut md, JuryReview review, String title, Predicate<ReviewedScore> which, boolean why) {
    md.append("### ").append(title).append("\n\n");
    List<ReviewedScore> scores = review.scores().stream().filter(which).toList();
    if (scores.isEmpty()) {
      md.append("None.\n\n");
      return;
    }
    md.append("| Proposal | Criterion | Juror | Score |").append(why ? " Why |" : "").append('\n')
        .append("|---|---|---|---:|").append(why ? "---|" : "").append('\n');
    for (ReviewedScore s : scores) {
      md.append("| ").append(escape(s.proposal())).append(" | ").append(escape(s.criterion())).append(" | ")
          .append(escape(s.juror())).append(" | ").append(s.raw().toPlainString()).append(" |");
      if (why) {
        md.append(' ').append(escape(s.exclusion().orElseThrow())).append(" |");
      }
      md.append('\n');
    }
    md.append('\n');
  }

  private static void consensus(TextOut md, CallOutcome o) {
    md.append("### Consensus\n\n");
    List<Map.Entry<ProposalOutcome, LabelFinding>> needed = o.proposals().stream()
        .flatMap(p -> p.assessment().labels().stream().filter(l -> l.label().equals(FederalVocabulary.NEEDS_CONSENSUS))
            .map(l -> Map.entry(p, l)))
        .toList();
    md.append("Proposals whose jurors' scores call for a consensus discussion (`").append(FederalVocabulary.NEEDS_CONSENSUS)
        .append("`):").append(needed.isEmpty() ? " none.\n" : "\n\n");
    needed.forEach(e -> md.append("- **").append(escape(e.getKey().proposal().id())).append("**: ")
        .append(escape(e.getValue().sentence())).append('\n'));
    md.append('\n');
    List<CriterionReview> agreed = o.proposals().stream().flatMap(p -> p.jury().stream())
        .filter(r -> r.consensus().isPresent()).toList();
    if (agreed.isEmpty()) {
      md.append("No consensus score is recorded.\n\n");
      return;
    }
    md.append("Consensus scores recorded, each replacing the aggregate of the jurors' scores:\n\n")
        .append("| Proposal | Criterion | Consensus | Aggregate replaced | Agreed on | Reason |\n|---|---|---:|---:|---|---|\n");
    for (CriterionReview r : agreed) {
      var c = r.consensus().orElseThrow();
      md.append("| ").append(escape(r.proposal())).append(" | ").append(escape(r.criterion())).append(" | ")
          .append(c.value().toPlainString()).append(" | ").append(r.aggregate().map(BigDecimal::toPlainString).orElse("—"))
          .append(" | ").append(c.agreedOn()).append(" | ").append(escape(c.reason())).append(" |\n");
    }
    md.append('\n');
  }

  private static String signed(BigDecimal offset) {
    return (offset.signum() > 0 ? "+" : "") + offset.toPlainString();
  }
}
