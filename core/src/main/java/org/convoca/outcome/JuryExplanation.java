package org.convoca.outcome;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.convoca.call.AggregationMethod;
import org.convoca.call.JuryPolicy;
import org.convoca.call.Normalisation;
import org.convoca.review.CriterionReview;
import org.convoca.review.JuryReview;
import org.convoca.review.ReviewedScore;

/**
 * The jury part of a proposal's explanation: on each criterion the jury scores, every juror's raw
 * and adjusted score, which are excluded and why, which are by a juror not assigned, the aggregate by
 * the call's method and any consensus score. Dossier text goes through {@link PlainLine}.
 */
final class JuryExplanation {

  private JuryExplanation() {}

  /** {@return the lines of the jury's review of {@code p}, a blank one first; none when the jury scores no criterion} */
  static List<String> lines(JuryReview review, ProposalOutcome p) {
    List<String> lines = new ArrayList<>();
    if (p.jury().isEmpty()) {
      return lines;
    }
    JuryPolicy policy = review.policy();
    lines.add("");
    lines.add("Jury (valid scores combined by " + policy.aggregation() + ", "
        + (policy.normalisation() == Normalisation.NONE ? "not adjusted for severity"
            : "adjusted for each juror's severity (" + policy.normalisation() + ")")
        + (policy.minScores() == 0 ? "; no minimum of valid scores)"
            : "; at least " + policy.minScores() + " valid " + (policy.minScores() == 1 ? "score" : "scores") + " needed)"));
    for (CriterionReview r : p.jury()) {
      lines.add("  " + PlainLine.of(r.criterion()));
      for (ReviewedScore s : r.scores()) {
        // An excluded score does not count, whether or not its juror was assigned.
        String unassigned = !s.unassigned() ? "" : s.excluded() ? ", and not assigned to this proposal"
            : ", not assigned to this proposal (counted, flagged)";
        lines.add("    " + PlainLine.of(s.juror()) + ": raw " + plain(s.raw()) + ", adjusted " + plain(s.adjusted())
            + (s.excluded() ? ", EXCLUDED: " + PlainLine.of(s.exclusion().orElseThrow()) : "") + unassigned);
      }
      if (r.scores().isEmpty()) {
        lines.add("    no juror scored it");
      }
      lines.add("    aggregate: " + r.aggregate().map(a -> plain(a) + " (" + method(policy.aggregation(), r.valid().size()) + ")")
          .orElse("none (no valid score)"));
      r.consensus().ifPresent(c -> lines.add("    consensus: " + plain(c.value()) + ", agreed on " + c.agreedOn()
          + ", replaces the aggregate: " + PlainLine.of(c.reason())));
    }
    review.incomplete(p.proposal().id()).ifPresent(why -> lines.add("  Review incomplete: " + PlainLine.of(why)));
    return lines;
  }

  private static String method(AggregationMethod method, int valid) {
    String of = " of " + valid + " valid " + (valid == 1 ? "score" : "scores");
    return method == AggregationMethod.TRIMMED_MEAN && method.used(valid) < valid
        ? method + of + ", the lowest and the highest dropped"
        : method + of;
  }

  private static String plain(BigDecimal value) {
    return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
  }
}
