package org.convoca.outcome;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.convoca.assessment.Assessment;
import org.convoca.assessment.FindingRejectedException;
import org.convoca.call.PrimaryTheme;
import org.convoca.call.Track;
import org.convoca.call.TrackId;
import org.convoca.dossier.Dossier;
import org.convoca.government.Government;
import org.convoca.government.GovernmentId;
import org.convoca.proposal.Proposal;
import org.convoca.proposal.ProposalId;
import org.convoca.review.JuryReview;
import org.convoca.selection.Selection;
import org.convoca.selection.TrackPlacement;

/** Puts a selection, its assessments and its track placements together into a {@link CallOutcome}. */
final class OutcomeAssembler {

  private OutcomeAssembler() {}

  static CallOutcome assemble(Dossier dossier, JuryReview review, List<Assessment> assessments, Selection selection,
      List<TrackPlacement> placements, String fingerprint) {
    checkReview(dossier, review);
    List<TrackPlacement> sorted = checkedPlacements(dossier, selection, placements);
    Map<ProposalId, Assessment> byProposal = new HashMap<>();
    assessments.forEach(a -> byProposal.put(a.proposalId(), a));
    Map<GovernmentId, Government> governments = new HashMap<>();
    dossier.governments().forEach(g -> governments.put(g.id(), g));

    Map<ProposalId, List<TrackId>> tracks = new HashMap<>();
    sorted.forEach(t -> tracks.computeIfAbsent(t.proposal(), k -> new ArrayList<>()).add(t.track()));
    Map<ProposalId, Integer> waitlisted = new HashMap<>();
    for (int i = 0; i < selection.waitlist().size(); i++) {
      waitlisted.putIfAbsent(selection.waitlist().get(i), i + 1);
    }
    List<ProposalOutcome> proposals = new ArrayList<>();
    for (Proposal p : dossier.proposals().stream().sorted(Comparator.comparing(Proposal::id)).toList()) {
      Assessment a = byProposal.get(p.id());
      if (a == null) {
        throw new IllegalArgumentException("proposal '" + p.id() + "' has no assessment");
      }
      proposals.add(new ProposalOutcome(p, governments.get(p.applicant()), a, selection.rank(p.id()),
          selection.decision(p.id()).orElseThrow(() -> new IllegalArgumentException(
              "the selection has no decision on proposal '" + p.id() + "'; was it made from another dossier?")),
          Optional.ofNullable(waitlisted.get(p.id())),
          tracks.getOrDefault(p.id(), List.of()).stream().sorted().toList(),
          PrimaryTheme.of(p, dossier.call()), review.of(p.id())));
    }
    return new CallOutcome(dossier.call(), fingerprint, proposals, selection, sorted,
        Summaries.of(dossier.call(), proposals), review, ProducedBy.current(), new TreeMap<>());
  }

  /** Refuses a review of another dossier: it must review exactly the dossier's proposals. */
  private static void checkReview(Dossier dossier, JuryReview review) {
    Set<ProposalId> ids = new HashSet<>();
    dossier.proposals().forEach(p -> ids.add(p.id()));
    if (!ids.equals(review.byProposal().keySet())) {
      throw new IllegalArgumentException("the jury's review does not review the dossier's proposals; was it made from another dossier?");
    }
  }

  private static List<TrackPlacement> checkedPlacements(
      Dossier dossier, Selection selection, List<TrackPlacement> placements) {
    Map<TrackId, Track> tracks = new HashMap<>();
    dossier.call().tracks().forEach(t -> tracks.put(t.id(), t));
    Map<TrackId, Integer> filled = new HashMap<>();
    Set<TrackPlacement> seen = new HashSet<>();
    Set<String> pairs = new HashSet<>();
    for (TrackPlacement p : placements) {
      Track track = tracks.get(p.track());
      if (track == null) {
        throw new FindingRejectedException(p.rule(), p.proposal(), "placed proposal '" + p.proposal() + "' in track '"
            + p.track() + "', which the call does not define");
      }
      if (selection.decision(p.proposal()).filter(d -> d.selected()).isEmpty()) {
        throw new FindingRejectedException(p.rule(), p.proposal(), "placed proposal '" + p.proposal() + "' in track '"
            + p.track() + "', but the proposal is not selected");
      }
      if (!pairs.add(p.track() + "\u0000" + p.proposal())) {
        throw new FindingRejectedException(p.rule(), p.proposal(), "placed proposal '" + p.proposal() + "' in track '"
            + p.track() + "' twice");
      }
      if (filled.merge(p.track(), 1, Integer::sum) > track.places()) {
        throw new FindingRejectedException(p.rule(), p.proposal(), "placed proposal '" + p.proposal() + "' in track '"
            + p.track() + "', which has " + track.places() + " places and no place left");
      }
      seen.add(p);
    }
    Map<ProposalId, Integer> order = new HashMap<>();
    selection.selected().forEach(id -> order.put(id, order.size()));
    return seen.stream()
        .sorted(Comparator.comparing(TrackPlacement::track)
            .thenComparingInt(p -> order.get(p.proposal()))
            .thenComparing(TrackPlacement::rule))
        .toList();
  }
}
