package org.convoca.outcome.html;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import org.convoca.call.JuryPolicy;
import org.convoca.call.Normalisation;
import org.convoca.call.TrackId;
import org.convoca.outcome.CallOutcome;
import org.convoca.outcome.ProposalOutcome;
import org.convoca.outcome.Summary;
import org.convoca.proposal.ProposalId;
import org.convoca.review.JuryReview;
import org.convoca.selection.DecisionKind;

/** Builds the {@link ReportView} of an outcome. */
final class ReportViews {

  private ReportViews() {}

  static ReportView of(CallOutcome o) {
    Texts t = Texts.in(o.call().writtenIn());
    return new ReportView(t, Shown.text(o.call().name()), o.fingerprint(), facts(o.summary(), t),
        o.selection().notes().stream().map(Shown::text).toList(), ChartViews.of(o, t), groups(o, t), ties(o, t),
        overrides(o, t), tracks(o), jury(o.jury(), t));
  }

  private static List<ReportView.Fact> facts(Summary s, Texts t) {
    int eligible = s.proposals() - s.ineligible();
    List<ReportView.Fact> facts = new ArrayList<>();
    facts.add(new ReportView.Fact(t.of("fact.proposals"), t.count(s.proposals()), t.of("fact.proposals.detail"), false));
    facts.add(new ReportView.Fact(t.of("fact.eligible"), t.count(eligible), t.of("fact.eligible.detail", s.ineligible()),
        false));
    facts.add(new ReportView.Fact(t.of("fact.ranked"), t.count(s.ranked()),
        t.of("fact.ranked.detail", s.belowThreshold(), s.incompleteReview()), false));
    facts.add(new ReportView.Fact(t.of("fact.selected"), t.count(s.selected()), t.of("fact.selected.detail", s.slots(),
        s.selectedByMerit(), s.reservedSeats(), s.selectedByJury(), s.waitlisted()), false));
    facts.add(new ReportView.Fact(t.of("fact.budget"), t.money(s.budgetUsed()), s.budget()
        .map(b -> t.of("fact.budget.detail", t.money(b), t.percent(s.budgetUsed().amount(), b.amount())))
        .orElse(t.of("fact.budget.none")), false));
    facts.add(new ReportView.Fact(t.of("fact.jurisdictions"), t.count(s.jurisdictionsCovered()),
        s.minJurisdictions() > 0
            ? t.of(s.minJurisdictionsMet() ? "fact.jurisdictions.met" : "fact.jurisdictions.notMet", s.minJurisdictions())
            : t.of("fact.jurisdictions.none"), !s.minJurisdictionsMet()));
    return facts;
  }

  private static List<ReportView.Group> groups(CallOutcome o, Texts t) {
    List<ReportView.Group> groups = new ArrayList<>();
    group(groups, o, t, "_selected", "selected", o.selected());
    group(groups, o, t, "_waitlist", "waitlist", o.waitlist());
    group(groups, o, t, "_not-selected", "notSelected", byRank(o, DecisionKind.NOT_SELECTED, DecisionKind.EXCLUDED_BY_JURY));
    group(groups, o, t, "_incomplete", "incomplete", byRank(o, DecisionKind.INCOMPLETE_REVIEW));
    group(groups, o, t, "_below", "below", byRank(o, DecisionKind.BELOW_THRESHOLD));
    group(groups, o, t, "_ineligible", "ineligible", byRank(o, DecisionKind.INELIGIBLE));
    return groups;
  }

  /** Adds the group whose title and explanation are the keys {@code group.NAME.title} and {@code group.NAME.explanation}. */
  private static void group(List<ReportView.Group> groups, CallOutcome o, Texts t, String anchor, String name,
      List<ProposalId> ids) {
    groups.add(new ReportView.Group(anchor, t.of("group." + name + ".title"), t.of("group." + name + ".explanation"),
        new Lazy(o, ids, t)));
  }

  /**
   * The views of {@code ids}' proposals, each made when the page reaches it and dropped after, so
   * that the page of a hundred thousand proposals never holds all their views.
   */
  private static final class Lazy extends AbstractList<ProposalView> implements RandomAccess {

    private final CallOutcome outcome;
    private final List<ProposalId> ids;
    private final Texts texts;

    Lazy(CallOutcome outcome, List<ProposalId> ids, Texts texts) {
      this.outcome = outcome;
      this.ids = ids;
      this.texts = texts;
    }

    @Override
    public ProposalView get(int index) {
      return ProposalViews.of(outcome.proposal(ids.get(index)).orElseThrow(), outcome, texts);
    }

    @Override
    public int size() {
      return ids.size();
    }
  }

  private static List<ProposalId> byRank(CallOutcome o, DecisionKind... kinds) {
    List<DecisionKind> wanted = List.of(kinds);
    return o.proposals().stream().filter(p -> wanted.contains(p.decision().kind()))
        .sorted(Comparator.comparing((ProposalOutcome p) -> p.rank().orElse(Integer.MAX_VALUE)))
        .map(p -> p.proposal().id()).toList();
  }

  private static List<ReportView.Tie> ties(CallOutcome o, Texts t) {
    return o.selection().ties().stream().map(tie -> new ReportView.Tie(link(tie.higher()), link(tie.lower()),
        t.number(tie.total()), t.constant(tie.step().kind()), Shown.text(tie.sentence()))).toList();
  }

  private static List<ReportView.Overridden> overrides(CallOutcome o, Texts t) {
    return o.proposals().stream().filter(p -> p.decision().overridden()).map(p -> {
      var d = p.decision();
      var override = d.override().orElseThrow();
      return new ReportView.Overridden(link(p.proposal().id()), t.constant(d.kind()), t.constant(d.computedKind()),
          Shown.text(override.reason()), Shown.text(override.decidedBy()), t.date(override.decidedOn()),
          Shown.text(d.computedReason()));
    }).toList();
  }

  private static List<ReportView.Track> tracks(CallOutcome o) {
    List<ReportView.Track> tracks = new ArrayList<>();
    for (Map.Entry<TrackId, List<ProposalId>> t : o.tracks().entrySet()) {
      tracks.add(new ReportView.Track(Shown.text(t.getKey()), t.getValue().stream().map(ReportViews::link).toList()));
    }
    return tracks;
  }

  private static ReportView.Jury jury(JuryReview review, Texts t) {
    JuryPolicy p = review.policy();
    String policy = (p.normalisation() == Normalisation.NONE ? t.of("jury.policy.raw", t.constant(p.aggregation()))
        : t.of("jury.policy.normalised", t.constant(p.aggregation()), t.constant(p.normalisation())))
        + (p.minScores() == 0 ? t.of("jury.policy.noMinimum") : t.of("jury.policy.minimum", p.minScores()))
        + t.of("jury.policy.reviewers", p.reviewersPerProposal());
    return new ReportView.Jury(policy, review.conflicts().stream().map(c -> new ReportView.Conflict(Shown.text(c.juror()),
        link(c.proposal()), t.constant(c.kind()), Shown.text(c.reason()))).toList(), review.notes().stream().map(Shown::text).toList());
  }

  private static ReportView.Link link(ProposalId id) {
    return new ReportView.Link(Shown.anchor(id), Shown.text(id));
  }
}
