package org.convoca.outcome.html;

import java.util.ArrayList;
import java.util.List;
import org.convoca.assessment.Assessment;
import org.convoca.assessment.AwardFinding;
import org.convoca.assessment.CriterionResult;
import org.convoca.call.Call;
import org.convoca.outcome.ProposalOutcome;
import org.convoca.review.CriterionReview;
import org.convoca.review.JuryReview;
import org.convoca.review.ReviewedScore;
import org.convoca.selection.DecisionKind;

/** Each proposal's section: the trail of {@link org.convoca.outcome.CallOutcome#explain}, as a view. */
final class ProposalViews {

  private ProposalViews() {}

  /**
   * The view of {@code p}; {@code call} gives the scale of weights (a percentage, or "5 of 15" for a
   * call that states its {@code maxTotal}).
   */
  static ProposalView of(ProposalOutcome p, JuryReview review, Call call) {
    Assessment a = p.assessment();
    String outOf = call.maxTotal().map(m -> " of " + Shown.number(m)).orElse("%");
    DecisionKind kind = p.decision().kind();
    return new ProposalView(
        Shown.anchor(p.proposal().id()),
        Shown.text(p.proposal().id()),
        Shown.text(p.proposal().title()),
        Shown.text(p.applicant().name()),
        Shown.text(p.applicant().jurisdiction()),
        p.applicant().level().name(),
        Shown.money(p.proposal().funding().requested()),
        kind.name(),
        decisionClass(kind),
        p.rank().map(String::valueOf).orElse("not ranked"),
        Shown.number(p.total()),
        p.waitlistPosition().map(String::valueOf).orElse(""),
        p.reasons().stream().map(Shown::text).toList(),
        a.eligible(),
        a.checks().stream().map(c -> new ProposalView.Check(c.passed(), Shown.text(c.rule()), Shown.text(c.sentence()))).toList(),
        a.criteria().stream().map(c -> criterion(c, outOf)).toList(),
        "Total " + Shown.number(a.total()) + " against the overall threshold of " + Shown.number(a.overallThreshold())
            + (a.meetsOverallThreshold() ? ": met" : ": NOT met")
            + a.rankingScore().map(r -> "; ranking score " + Shown.number(r)).orElse(""),
        a.labels().stream().map(l -> new ProposalView.Label(Shown.text(l.label()), Shown.text(l.rule()),
            Shown.text(l.sentence()))).toList(),
        jury(p, review),
        p.tracks().stream().map(Shown::text).toList());
  }

  /** {@return the badge's class: selected, waiting, or out} */
  static String decisionClass(DecisionKind kind) {
    return kind.selected() ? "selected" : kind == DecisionKind.WAITLISTED ? "waiting" : "out";
  }

  private static ProposalView.Criterion criterion(CriterionResult c, String outOf) {
    List<ProposalView.Award> awards = new ArrayList<>();
    for (AwardFinding award : c.awards()) {
      awards.add(new ProposalView.Award((award.points().signum() >= 0 ? "+" : "") + Shown.number(award.points()),
          Shown.text(award.rule()), Shown.text(award.sentence())));
    }
    return new ProposalView.Criterion(Shown.text(c.criterion()), Shown.number(c.points()), Shown.number(c.maxPoints()),
        c.rawPoints().compareTo(c.points()) > 0 ? "capped from " + Shown.number(c.rawPoints()) : "",
        Shown.number(c.weight()) + outOf, Shown.number(c.weighted()),
        c.threshold().map(Shown::number).orElse(""), c.meetsThreshold(), awards);
  }

  private static List<ProposalView.JuryCriterion> jury(ProposalOutcome p, JuryReview review) {
    List<ProposalView.JuryCriterion> criteria = new ArrayList<>();
    for (CriterionReview r : p.jury()) {
      List<ProposalView.Score> scores = new ArrayList<>();
      for (ReviewedScore s : r.scores()) {
        String status = s.excluded() ? "excluded: " + Shown.text(s.exclusion().orElseThrow())
            : s.unassigned() ? "not assigned to this proposal (counted, flagged)" : "";
        scores.add(new ProposalView.Score(Shown.text(s.juror()), Shown.number(s.raw()), Shown.number(s.adjusted()),
            status, s.excluded()));
      }
      String aggregate = r.aggregate().map(v -> Shown.number(v) + " (" + review.policy().aggregation() + " of "
          + r.valid().size() + " valid)").orElse("none (no valid score)");
      String consensus = r.consensus().map(c -> Shown.number(c.value()) + ", agreed on " + c.agreedOn()
          + ", replaces the aggregate: " + Shown.text(c.reason())).orElse("");
      criteria.add(new ProposalView.JuryCriterion(Shown.text(r.criterion()), scores, aggregate, consensus));
    }
    return criteria;
  }
}
