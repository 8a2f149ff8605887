package org.convoca.selection;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.convoca.assessment.CheckFinding;
import org.convoca.assessment.CriterionResult;
import org.convoca.call.Call;
import org.convoca.call.SelectionPolicy;
import org.convoca.government.JurisdictionCode;
import org.convoca.proposal.ProposalId;
import org.convoca.value.Money;

/**
 * The decisions the call's policy computes, before the jury's overrides. Built whole by
 * {@link #of}; afterwards it only answers questions, and what it hands out cannot be changed.
 */
final class Computed {

  private final Call call;
  private final SortedMap<ProposalId, Decision> decisions = new TreeMap<>();
  private final List<Candidate> selected;
  private final List<Candidate> waitlist = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private final Fill fill;
  private final Reasons reasons;
  private final Map<ProposalId, Integer> ranks = new HashMap<>();

  private Computed(Call call, List<Candidate> ranked, Fill fill) {
    this.call = call;
    this.fill = fill;
    this.reasons = new Reasons(call, ranked.size());
    this.selected = List.copyOf(fill.seated(ranked));
    for (int i = 0; i < ranked.size(); i++) {
      ranks.put(ranked.get(i).id(), i + 1);
    }
  }

  static Computed of(Call call, List<Candidate> candidates, List<Candidate> ranked, Fill fill,
      Map<String, String> ruleTitles) {
    Computed c = new Computed(call, ranked, fill);
    c.decideUnranked(candidates, ruleTitles);
    c.decideSeated();
    c.decideLeftOut(ranked);
    c.noteCoverage();
    return c;
  }

  /** The computed decisions, one per proposal, by proposal id. */
  SortedMap<ProposalId, Decision> decisions() {
    return Collections.unmodifiableSortedMap(decisions);
  }

  /** The computed decision on {@code id}; empty when the proposal is not in the dossier. */
  Optional<Decision> decision(ProposalId id) {
    return Optional.ofNullable(decisions.get(id));
  }

  /** The proposals the policy seats, in rank order. */
  List<ProposalId> selected() {
    return selected.stream().map(Candidate::id).toList();
  }

  /** The computed waitlist, in order. */
  List<Candidate> waitlist() {
    return Collections.unmodifiableList(waitlist);
  }

  /** Sentences about the computed selection as a whole. */
  List<String> notes() {
    return List.copyOf(notes);
  }

  /** The rank of a ranked proposal, 1 for the best. */
  int rank(ProposalId id) {
    return ranks.get(id);
  }

  /** The reason of a waitlisted proposal at {@code position} of the waitlist. */
  String waitlistReason(Candidate c, int position) {
    return reasons.waitlisted(position, rank(c.id()), c, fill.stops().get(c.id()), fill.reserved().size());
  }

  /** What stopped a ranked proposal that got no seat. */
  DecisionCause stopCause(Candidate c) {
    Fill.Blocked blocked = fill.stops().get(c.id());
    int rank = rank(c.id());
    SelectionPolicy policy = call.policy();
    return switch (blocked.stop()) {
      case SLOTS -> new DecisionCause.SlotsFull(rank, policy.slots(), fill.reserved().size());
      case JURISDICTION_CAP -> new DecisionCause.JurisdictionCap(rank, c.jurisdiction(),
          policy.perJurisdictionCap().orElseThrow());
      case GOVERNMENT_CAP -> new DecisionCause.GovernmentCap(rank, c.applicant().id(),
          policy.perGovernmentCap().orElseThrow());
      case BUDGET -> {
        Money budget = policy.totalBudget().orElseThrow();
        yield new DecisionCause.Budget(rank, c.request(),
            new Money(budget.amount().subtract(blocked.spentBefore()), budget.currency()), budget);
      }
    };
  }

  private void decideUnranked(List<Candidate> candidates, Map<String, String> ruleTitles) {
    for (Candidate c : candidates) {
      if (!c.assessment().eligible()) {
        put(c, DecisionKind.INELIGIBLE, Reasons.ineligible(call.writtenIn(), c.assessment(), ruleTitles), new DecisionCause.Ineligible(
            c.assessment().failedChecks().stream().map(CheckFinding::rule).toList()));
      } else if (c.incompleteReview().isPresent()) {
        put(c, DecisionKind.INCOMPLETE_REVIEW, Reasons.incompleteReview(call.writtenIn(), c.incompleteReview().get()),
            new DecisionCause.IncompleteReview());
      } else if (!c.rankable()) {
        put(c, DecisionKind.BELOW_THRESHOLD, reasons.belowThreshold(c.assessment()), new DecisionCause.BelowThreshold(
            c.total(), call.overallThreshold(),
            c.assessment().criteriaBelowThreshold().stream().map(CriterionResult::criterion).toList()));
      }
    }
  }

  private void decideSeated() {
    fill.reserved().forEach(c -> put(c, DecisionKind.SELECTED_RESERVED_SEAT, reasons.reserved(rank(c.id()), c),
        new DecisionCause.ReservedSeat(rank(c.id()), c.jurisdiction(), call.policy().minJurisdictions())));
    fill.merit().forEach(c -> put(c, DecisionKind.SELECTED_BY_MERIT, reasons.merit(rank(c.id()), c),
        new DecisionCause.MeritSeat(rank(c.id()))));
  }

  private void decideLeftOut(List<Candidate> ranked) {
    Seats beside = new Seats(call.policy());
    selected.forEach(beside::take);
    for (Candidate c : ranked) {
      Fill.Blocked blocked = fill.stops().get(c.id());
      if (blocked == null) {
        continue;
      }
      Optional<Stop> cap = beside.capStop(c);
      if (cap.isEmpty() && waitlist.size() < call.policy().waitlistLength()) {
        waitlist.add(c);
        put(c, DecisionKind.WAITLISTED, waitlistReason(c, waitlist.size()), stopCause(c));
      } else {
        String why = blocked.stop() == Stop.JURISDICTION_CAP || blocked.stop() == Stop.GOVERNMENT_CAP ? ""
            : cap.map(s -> reasons.cannotWait(c, s)).orElseGet(reasons::noWaitlist);
        put(c, DecisionKind.NOT_SELECTED,
            reasons.notSelected(rank(c.id()), c, blocked, fill.reserved().size(), why), stopCause(c));
      }
    }
  }

  private void noteCoverage() {
    int minimum = call.policy().minJurisdictions();
    Set<JurisdictionCode> covered = fill.jurisdictions();
    if (covered.size() < minimum) {
      notes.add(covered.isEmpty()
          ? Reasons.TEXTS.format(call.writtenIn(), "note.coverageShort.none", minimum, covered.size())
          : Reasons.TEXTS.format(call.writtenIn(), "note.coverageShort", minimum, covered.size(),
              covered.stream().map(Object::toString).sorted().collect(Collectors.joining(", "))));
    }
    if (!fill.reserved().isEmpty()) {
      notes.add(Reasons.TEXTS.format(call.writtenIn(), "note.reserved", fill.reserved().size(), minimum,
          fill.reserved().stream().map(c -> c.id() + " (" + c.jurisdiction() + ")").toList().toString()));
    }
  }

  private void put(Candidate c, DecisionKind kind, String reason, DecisionCause cause) {
    decisions.put(c.id(), Decision.computed(c.id(), kind, reason, cause));
  }

}
