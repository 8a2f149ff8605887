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
    return new ReportView("en", Shown.text(o.call().name()), o.fingerprint(), facts(o.summary()),
        o.selection().notes().stream().map(Shown::text).toList(), ChartViews.of(o), groups(o), ties(o), overrides(o), tracks(o),
        jury(o.jury()));
  }

  private static List<ReportView.Fact> facts(Summary s) {
    int eligible = s.proposals() - s.ineligible();
    List<ReportView.Fact> facts = new ArrayList<>();
    facts.add(new ReportView.Fact("Proposals", String.valueOf(s.proposals()), "applied", false));
    facts.add(new ReportView.Fact("Eligible", String.valueOf(eligible), s.ineligible() + " ineligible", false));
    facts.add(new ReportView.Fact("Ranked", String.valueOf(s.ranked()), s.belowThreshold() + " below a threshold, "
        + s.incompleteReview() + " with an incomplete jury review", false));
    facts.add(new ReportView.Fact("Selected", String.valueOf(s.selected()), "of " + s.slots() + " slots: "
        + s.selectedByMerit() + " by merit, " + s.reservedSeats() + " on reserved seats, " + s.selectedByJury()
        + " by the jury; " + s.waitlisted() + " waitlisted", false));
    facts.add(new ReportView.Fact("Budget used", Shown.money(s.budgetUsed()), s.budget()
        .map(b -> "of " + Shown.money(b) + " (" + Shown.percent(s.budgetUsed().amount(), b.amount()) + ")")
        .orElse("no budget limit"), false));
    facts.add(new ReportView.Fact("Jurisdictions covered", String.valueOf(s.jurisdictionsCovered()),
        s.minJurisdictions() > 0 ? "minimum " + s.minJurisdictions() + (s.minJurisdictionsMet() ? ": met" : ": NOT met")
            : "no minimum", !s.minJurisdictionsMet()));
    return facts;
  }

  private static List<ReportView.Group> groups(CallOutcome o) {
    List<ReportView.Group> groups = new ArrayList<>();
    group(groups, o, "_selected", "Selected", "In the order of the selection.", o.selected());
    group(groups, o, "_waitlist", "Waitlist", "In waitlist order.", o.waitlist());
    group(groups, o, "_not-selected", "Not selected", "Ranked but not selected, or excluded by the jury; by rank.",
        byRank(o, DecisionKind.NOT_SELECTED, DecisionKind.EXCLUDED_BY_JURY));
    group(groups, o, "_incomplete", "Jury review incomplete", "Eligible, but too few valid jury scores to be ranked.",
        byRank(o, DecisionKind.INCOMPLETE_REVIEW));
    group(groups, o, "_below", "Below threshold", "Eligible, but below the overall threshold or a criterion's.",
        byRank(o, DecisionKind.BELOW_THRESHOLD));
    group(groups, o, "_ineligible", "Ineligible", "Failed at least one eligibility check.", byRank(o, DecisionKind.INELIGIBLE));
    return groups;
  }

  private static void group(List<ReportView.Group> groups, CallOutcome o, String anchor, String title, String explanation,
      List<ProposalId> ids) {
    groups.add(new ReportView.Group(anchor, title, explanation, new Lazy(o, ids)));
  }

  /**
   * The views of {@code ids}' proposals, each made when the page reaches it and dropped after, so
   * that the page of a hundred thousand proposals never holds all their views.
   */
  private static final class Lazy extends AbstractList<ProposalView> implements RandomAccess {

    private final CallOutcome outcome;
    private final List<ProposalId> ids;

    Lazy(CallOutcome outcome, List<ProposalId> ids) {
      this.outcome = outcome;
      this.ids = ids;
    }

    @Override
    public ProposalView get(int index) {
      return ProposalViews.of(outcome.proposal(ids.get(index)).orElseThrow(), outcome.jury(), outcome.call());
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

  private static List<ReportView.Tie> ties(CallOutcome o) {
    return o.selection().ties().stream().map(t -> new ReportView.Tie(link(t.higher()), link(t.lower()),
        Shown.number(t.total()), t.step().kind().name(), Shown.text(t.sentence()))).toList();
  }

  private static List<ReportView.Overridden> overrides(CallOutcome o) {
    return o.proposals().stream().filter(p -> p.decision().overridden()).map(p -> {
      var d = p.decision();
      var override = d.override().orElseThrow();
      return new ReportView.Overridden(link(p.proposal().id()), d.kind().name(), d.computedKind().name(),
          Shown.text(override.reason()), Shown.text(override.decidedBy()), override.decidedOn().toString(),
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

  private static ReportView.Jury jury(JuryReview review) {
    JuryPolicy p = review.policy();
    String policy = "Valid scores are combined by " + p.aggregation()
        + (p.normalisation() == Normalisation.NONE ? ", as the jurors gave them" : " after " + p.normalisation()
            + " normalisation of each juror's severity")
        + (p.minScores() == 0 ? "; no minimum of valid scores" : "; at least " + p.minScores() + " valid "
            + (p.minScores() == 1 ? "score" : "scores") + " on each criterion the jury scores to be ranked")
        + "; " + p.reviewersPerProposal() + " reviewers per proposal.";
    return new ReportView.Jury(policy, review.conflicts().stream().map(c -> new ReportView.Conflict(Shown.text(c.juror()),
        link(c.proposal()), c.kind().name(), Shown.text(c.reason()))).toList(), review.notes().stream().map(Shown::text).toList());
  }

  private static ReportView.Link link(ProposalId id) {
    return new ReportView.Link(Shown.anchor(id), Shown.text(id));
  }
}
