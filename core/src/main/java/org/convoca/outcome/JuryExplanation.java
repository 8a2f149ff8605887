package org.convoca.outcome;

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
 * the call's method and any consensus score, in the words of the {@code explain} bundles. Dossier
 * text goes through {@link PlainLine}.
 */
final class JuryExplanation {

  private JuryExplanation() {}

  /** {@return the lines of the jury's review of {@code p}, a blank one first; none when the jury scores no criterion} */
  static List<String> lines(JuryReview review, ProposalOutcome p, ReportText t) {
    List<String> lines = new ArrayList<>();
    if (p.jury().isEmpty()) {
      return lines;
    }
    JuryPolicy policy = review.policy();
    lines.add("");
    lines.add(t.say("jury", t.label(policy.aggregation()),
        policy.normalisation() == Normalisation.NONE ? t.say("jury.notAdjusted")
            : t.say("jury.adjusted", t.label(policy.normalisation())),
        policy.minScores() == 0 ? t.say("jury.noMinimum") : t.say("jury.minimum", policy.minScores())));
    for (CriterionReview r : p.jury()) {
      lines.add("  " + PlainLine.of(r.criterion()));
      for (ReviewedScore s : r.scores()) {
        // An excluded score does not count, whether or not its juror was assigned.
        String unassigned = !s.unassigned() ? "" : s.excluded() ? t.say("jury.unassigned.excluded")
            : t.say("jury.unassigned");
        lines.add("    " + t.say("jury.score", PlainLine.of(s.juror()), t.points(s.raw()), t.points(s.adjusted()))
            + (s.excluded() ? t.say("jury.excluded", PlainLine.of(s.exclusion().orElseThrow())) : "") + unassigned);
      }
      if (r.scores().isEmpty()) {
        lines.add("    " + t.say("jury.noScore"));
      }
      lines.add("    " + r.aggregate().map(a -> t.say("jury.aggregate", t.points(a), method(t, policy.aggregation(),
          r.valid().size()))).orElseGet(() -> t.say("jury.aggregate.none")));
      r.consensus().ifPresent(c -> lines.add("    " + t.say("jury.consensus", t.points(c.value()), t.date(c.agreedOn()),
          PlainLine.of(c.reason()))));
    }
    review.incomplete(p.proposal().id()).ifPresent(why -> lines.add("  " + t.say("jury.incomplete", PlainLine.of(why))));
    return lines;
  }

  private static String method(ReportText t, AggregationMethod method, int valid) {
    return t.say(method == AggregationMethod.TRIMMED_MEAN && method.used(valid) < valid ? "jury.method.trimmed" : "jury.method",
        t.label(method), valid);
  }
}
