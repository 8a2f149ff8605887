package org.convoca.outcome.html;

import java.util.ArrayList;
import java.util.List;
import org.convoca.assessment.Assessment;
import org.convoca.assessment.AwardFinding;
import org.convoca.assessment.CriterionResult;
import org.convoca.outcome.CallOutcome;
import org.convoca.outcome.ProposalOutcome;
import org.convoca.review.CriterionReview;
import org.convoca.review.JuryReview;
import org.convoca.review.ReviewedScore;
import org.convoca.selection.DecisionKind;

/** Each proposal's section: the trail of {@link org.convoca.outcome.CallOutcome#explain}, as a view. */
final class ProposalViews {

  private ProposalViews() {}

  /**
   * The view of {@code p}, a proposal of {@code o}, in the words of {@code t}; the call gives the
   * scale of weights (a percentage, or "5 of 15" for a call that states its {@code maxTotal}) and
   * the outcome the rules' titles.
   */
  static ProposalView of(ProposalOutcome p, CallOutcome o, Texts t) {
    Assessment a = p.assessment();
    DecisionKind kind = p.decision().kind();
    String overall = t.of(a.meetsOverallThreshold() ? "proposal.overall.met" : "proposal.overall.notMet",
        t.number(a.total()), t.number(a.overallThreshold()))
        + a.rankingScore().map(r -> t.of("proposal.rankingScore", t.number(r))).orElse("");
    return new ProposalView(
        Shown.anchor(p.proposal().id()),
        Shown.text(p.proposal().id()),
        Shown.text(p.proposal().title()),
        Shown.text(p.applicant().name()),
        Shown.text(p.applicant().jurisdiction()),
        t.constant(p.applicant().level()),
        t.money(p.proposal().funding().requested()),
        t.constant(kind),
        decisionClass(kind),
        p.rank().map(r -> t.count(r)).orElse(t.of("proposal.notRanked")),
        t.number(p.total()),
        p.waitlistPosition().map(w -> t.count(w)).orElse(""),
        p.reasons(o.call().writtenIn()).stream().map(Shown::text).toList(),
        a.eligible(),
        a.checks().stream().map(c -> new ProposalView.Check(c.passed(), rule(o, t, c.rule()), Shown.text(c.sentence()))).toList(),
        a.criteria().stream().map(c -> criterion(c, o, t)).toList(),
        overall,
        a.labels().stream().map(l -> new ProposalView.Label(Shown.text(l.label()), rule(o, t, l.rule()),
            Shown.text(l.sentence()))).toList(),
        jury(p, o.jury(), t),
        p.tracks().stream().map(Shown::text).toList());
  }

  /** {@return the badge's class: selected, waiting, or out} */
  static String decisionClass(DecisionKind kind) {
    return kind.selected() ? "selected" : kind == DecisionKind.WAITLISTED ? "waiting" : "out";
  }

  /** {@return the rule {@code name} with its title in the call's language, when it has one other than its name} */
  static ProposalView.Rule rule(CallOutcome o, Texts t, String name) {
    return t.rule(name, n -> new ProposalView.Rule(Shown.text(n), o.title(n).map(Shown::text).orElse("")));
  }

  private static ProposalView.Criterion criterion(CriterionResult c, CallOutcome o, Texts t) {
    List<ProposalView.Award> awards = new ArrayList<>();
    for (AwardFinding award : c.awards()) {
      awards.add(new ProposalView.Award(t.signed(award.points()), rule(o, t, award.rule()), Shown.text(award.sentence())));
    }
    String weight = o.call().maxTotal().map(m -> t.of("criterion.weight.of", t.number(c.weight()), t.number(m)))
        .orElse(t.of("percent", t.number(c.weight())));
    return new ProposalView.Criterion(Shown.text(c.criterion()), t.number(c.points()), t.number(c.maxPoints()),
        c.rawPoints().compareTo(c.points()) > 0 ? t.of("criterion.capped", t.number(c.rawPoints())) : "",
        weight, t.number(c.weighted()), c.threshold().map(t::number).orElse(""), c.meetsThreshold(), awards);
  }

  private static List<ProposalView.JuryCriterion> jury(ProposalOutcome p, JuryReview review, Texts t) {
    List<ProposalView.JuryCriterion> criteria = new ArrayList<>();
    for (CriterionReview r : p.jury()) {
      List<ProposalView.Score> scores = new ArrayList<>();
      for (ReviewedScore s : r.scores()) {
        String status = s.excluded() ? t.of("jury.score.excluded", Shown.text(s.exclusion().orElseThrow()))
            : s.unassigned() ? t.of("jury.score.unassigned") : "";
        scores.add(new ProposalView.Score(Shown.text(s.juror()), t.number(s.raw()), t.number(s.adjusted()),
            status, s.excluded()));
      }
      String aggregate = r.aggregate().map(v -> t.of("jury.aggregate", t.number(v), t.constant(review.policy().aggregation()),
          r.valid().size())).orElse(t.of("jury.aggregate.none"));
      String consensus = r.consensus().map(c -> t.of("jury.consensus", t.number(c.value()), t.date(c.agreedOn()),
          Shown.text(c.reason()))).orElse("");
      criteria.add(new ProposalView.JuryCriterion(Shown.text(r.criterion()), scores, aggregate, consensus));
    }
    return criteria;
  }
}
