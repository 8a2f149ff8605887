package org.convoca.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import org.convoca.call.AggregationMethod;
import org.convoca.call.JuryPolicy;
import org.convoca.call.Normalisation;
import org.convoca.outcome.ProposalOutcome;
import org.convoca.review.CriterionReview;
import org.convoca.review.JuryReview;
import org.convoca.review.ReviewedScore;

/**
 * The jury part of {@code convoca explain}: on each criterion the jury scores, every juror's raw and
 * adjusted score, which are excluded and why, which are by a juror not assigned, the aggregate by the
 * call's method and any consensus score. Dossier text goes through {@link TerminalLine}.
 */
final class JuryLines {

  private JuryLines() {}

  /** Prints the jury's review of {@code p}; nothing when the jury scores no criterion. */
  static void print(JuryReview review, ProposalOutcome p, PrintWriter out) {
    if (p.jury().isEmpty()) {
      return;
    }
    JuryPolicy policy = review.policy();
    out.println();
    out.println("Jury (valid scores combined by " + policy.aggregation() + ", "
        + (policy.normalisation() == Normalisation.NONE ? "not adjusted for severity"
            : "adjusted for each juror's severity (" + policy.normalisation() + ")")
        + (policy.minScores() == 0 ? "; no minimum of valid scores)"
            : "; at least " + policy.minScores() + " valid " + (policy.minScores() == 1 ? "score" : "scores") + " needed)"));
    for (CriterionReview r : p.jury()) {
      out.println("  " + r.criterion());
      for (ReviewedScore s : r.scores()) {
        // An excluded score does not count, whether or not its juror was assigned.
        String unassigned = !s.unassigned() ? "" : s.excluded() ? ", and not assigned to this proposal"
            : ", not assigned to this proposal (counted, flagged)";
        out.println("    " + s.juror() + ": raw " + plain(s.raw()) + ", adjusted " + plain(s.adjusted())
            + (s.excluded() ? ", EXCLUDED: " + TerminalLine.of(s.exclusion().orElseThrow()) : "") + unassigned);
      }
      if (r.scores().isEmpty()) {
        out.println("    no juror scored it");
      }
      out.println("    aggregate: " + r.aggregate().map(a -> plain(a) + " (" + method(policy.aggregation(), r.valid().size()) + ")")
          .orElse("none (no valid score)"));
      r.consensus().ifPresent(c -> out.println("    consensus: " + plain(c.value()) + ", agreed on " + c.agreedOn()
          + ", replaces the aggregate: " + TerminalLine.of(c.reason())));
    }
    review.incomplete(p.proposal().id()).ifPresent(why -> out.println("  Review incomplete: " + TerminalLine.of(why)));
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
