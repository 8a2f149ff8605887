package org.convoca.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.convoca.proposal.ProposalId;
import org.convoca.selection.DecisionKind;
import org.convoca.selection.RankedProposal;

/**
 * Finds ranked proposals left out while a lower-ranked one is selected with no policy reason: a
 * swap of the two would keep the claim within the slots, both caps and the budget, and would not
 * lower the number of jurisdictions covered below the call's minimum. A lower-ranked proposal that
 * the computed selection seats on a reserved seat has a policy reason (jurisdiction coverage, by the
 * documented reservation procedure) and is not reported.
 */
final class PassedOver {

  private PassedOver() {}

  static List<Violation> check(Claim claim) {
    List<ProposalId> counted = claim.counted();
    List<Violation> violations = new ArrayList<>();
    for (RankedProposal p : claim.computed().ranking()) {
      if (claim.known().contains(p.proposal()) || claim.juryExcluded(p.proposal())) {
        continue;
      }
      lowestSwappable(claim, counted, p).ifPresent(q -> violations.add(new Violation(ViolationKind.PASSED_OVER,
          List.of(p.proposal(), q), claim.say("passedOver", claim.rankText(p.proposal()), claim.rankText(q)))));
    }
    return violations;
  }

  private static Optional<ProposalId> lowestSwappable(Claim claim, List<ProposalId> counted, RankedProposal p) {
    for (int i = counted.size() - 1; i >= 0; i--) {
      ProposalId q = counted.get(i);
      Optional<Integer> rank = claim.computed().rank(q);
      if (rank.isPresent() && rank.get() > p.rank() && !onCoverageSeat(claim, q)
          && fits(claim, counted, q, p.proposal())) {
        return Optional.of(q);
      }
    }
    return Optional.empty();
  }

  /** Whether the computed selection seats {@code q} on a seat reserved for jurisdiction coverage. */
  private static boolean onCoverageSeat(Claim claim, ProposalId q) {
    return claim.computed().decision(q).filter(d -> d.kind() == DecisionKind.SELECTED_RESERVED_SEAT).isPresent();
  }

  private static boolean fits(Claim claim, List<ProposalId> counted, ProposalId out, ProposalId in) {
    List<ProposalId> swapped = new ArrayList<>(counted);
    swapped.set(swapped.indexOf(out), in);
    if (claim.policy().perJurisdictionCap().filter(cap -> count(claim, swapped, true, in) > cap).isPresent()
        || claim.policy().perGovernmentCap().filter(cap -> count(claim, swapped, false, in) > cap).isPresent()) {
      return false;
    }
    BigDecimal spent = swapped.stream().map(claim::request).reduce(BigDecimal.ZERO, BigDecimal::add);
    if (claim.policy().totalBudget().filter(b -> spent.compareTo(b.amount()) > 0).isPresent()) {
      return false;
    }
    int minimum = claim.policy().minJurisdictions();
    long before = coverage(claim, counted);
    long after = coverage(claim, swapped);
    return after >= Math.min(minimum, before);
  }

  private static long count(Claim claim, List<ProposalId> ids, boolean byJurisdiction, ProposalId of) {
    Map<Object, Integer> counts = new HashMap<>();
    ids.forEach(id -> counts.merge(byJurisdiction ? claim.jurisdiction(id) : claim.government(id), 1, Integer::sum));
    return counts.get(byJurisdiction ? claim.jurisdiction(of) : claim.government(of));
  }

  private static long coverage(Claim claim, List<ProposalId> ids) {
    List<ProposalId> all = new ArrayList<>(ids);
    claim.known().stream().filter(claim::juryIncluded).forEach(all::add);
    return all.stream().map(claim::jurisdiction).distinct().count();
  }
}
