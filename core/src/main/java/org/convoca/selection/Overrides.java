package org.convoca.selection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.convoca.dossier.Dossier;
import org.convoca.government.GovernmentId;
import org.convoca.government.JurisdictionCode;
import org.convoca.jury.JuryOverride;
import org.convoca.jury.JuryVerdict;
import org.convoca.proposal.ProposalId;

/**
 * Applies the jury's overrides to the computed decisions. An INCLUDE adds a seat beyond the slots;
 * an EXCLUDE leaves its seat empty; either removes the proposal from the waitlist, whose later
 * proposals move up.
 */
final class Overrides {

  private Overrides() {}

  static Selection apply(Dossier dossier, Computed computed, List<Candidate> ranked, List<BrokenTie> ties) {
    Map<ProposalId, JuryOverride> overrides = index(dossier, computed);
    Map<ProposalId, Decision> decisions = new TreeMap<>(computed.decisions());
    overrides.forEach((id, o) -> {
      Decision before = computed.decision(id).orElseThrow();
      DecisionKind kind = o.verdict() == JuryVerdict.INCLUDE ? DecisionKind.SELECTED_BY_JURY : DecisionKind.EXCLUDED_BY_JURY;
      String reason = Reasons.override(dossier.call().writtenIn(), o, before.kind().selected(), dossier.call().policy().slots());
      DecisionCause cause = new DecisionCause.Overridden(o.verdict(), o.decidedBy(), o.decidedOn(), before.kind().selected());
      decisions.put(id, new Decision(id, kind, reason, cause, Optional.of(o), before.kind(), before.reason(), before.cause()));
    });

    List<ProposalId> waitlist = new ArrayList<>();
    for (Candidate c : computed.waitlist()) {
      if (!overrides.containsKey(c.id())) {
        waitlist.add(c.id());
        decisions.put(c.id(), Decision.computed(c.id(), DecisionKind.WAITLISTED, computed.waitlistReason(c, waitlist.size()),
            computed.stopCause(c)));
      }
    }

    List<ProposalId> selected = new ArrayList<>();
    ranked.stream().map(Candidate::id).filter(id -> decisions.get(id).selected()).forEach(selected::add);
    Set<ProposalId> rankedIds = new HashSet<>();
    ranked.forEach(c -> rankedIds.add(c.id()));
    decisions.values().stream()
        .filter(d -> d.selected() && !rankedIds.contains(d.proposal()))
        .map(Decision::proposal)
        .forEach(selected::add);

    List<RankedProposal> ranking = new ArrayList<>();
    ranked.forEach(c -> ranking.add(new RankedProposal(computed.rank(c.id()), c.id(), c.total())));
    List<String> notes = new ArrayList<>(computed.notes());
    if (!overrides.isEmpty()) {
      notes.add(coverageAfterOverrides(dossier, selected));
    }
    return new Selection(ranking, ties, List.copyOf(decisions.values()), selected, waitlist, computed.selected(),
        notes);
  }

  /** How many jurisdictions the selection covers once the jury's overrides apply, so that no note speaks of a stale count. */
  private static String coverageAfterOverrides(Dossier dossier, List<ProposalId> selected) {
    Map<GovernmentId, JurisdictionCode> jurisdictions = new HashMap<>();
    dossier.governments().forEach(g -> jurisdictions.put(g.id(), g.jurisdiction()));
    Map<ProposalId, GovernmentId> applicants = new HashMap<>();
    dossier.proposals().forEach(p -> applicants.put(p.id(), p.applicant()));
    Set<JurisdictionCode> covered = new TreeSet<>();
    selected.forEach(id -> covered.add(jurisdictions.get(applicants.get(id))));
    return covered.isEmpty()
        ? Reasons.TEXTS.format(dossier.call().writtenIn(), "note.afterOverrides.none", covered.size())
        : Reasons.TEXTS.format(dossier.call().writtenIn(), "note.afterOverrides", covered.size(),
            covered.stream().map(Object::toString).collect(Collectors.joining(", ")));
  }

  private static Map<ProposalId, JuryOverride> index(Dossier dossier, Computed computed) {
    Map<ProposalId, JuryOverride> overrides = new HashMap<>();
    for (JuryOverride o : dossier.jury().overrides()) {
      if (computed.decision(o.proposal()).isEmpty()) {
        throw new IllegalArgumentException("a jury override names proposal '" + o.proposal()
            + "', which is not in the dossier");
      }
      if (overrides.put(o.proposal(), o) != null) {
        throw new IllegalArgumentException("proposal '" + o.proposal() + "' has more than one jury override");
      }
    }
    return new TreeMap<>(overrides);
  }

}
