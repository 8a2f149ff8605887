package org.convoca.selection;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.convoca.call.SelectionPolicy;
import org.convoca.government.GovernmentId;
import org.convoca.government.JurisdictionCode;

/**
 * The seats taken so far, counted against the policy's slots, caps and budget. The counts only
 * grow, which is what makes the greedy fill monotone.
 */
final class Seats {

  private final SelectionPolicy policy;
  private final Map<JurisdictionCode, Integer> byJurisdiction = new HashMap<>();
  private final Map<GovernmentId, Integer> byGovernment = new HashMap<>();
  private int taken;
  private BigDecimal spent = BigDecimal.ZERO;

  Seats(SelectionPolicy policy) {
    this.policy = policy;
  }

  /** What would stop {@code c} from taking a seat now, checked in the order slots, caps, budget. */
  Optional<Stop> stop(Candidate c) {
    if (taken >= policy.slots()) {
      return Optional.of(Stop.SLOTS);
    }
    Optional<Stop> cap = capStop(c);
    if (cap.isPresent()) {
      return cap;
    }
    if (policy.totalBudget().isPresent()
        && spent.add(c.request().amount()).compareTo(policy.totalBudget().get().amount()) > 0) {
      return Optional.of(Stop.BUDGET);
    }
    return Optional.empty();
  }

  /** Whether a cap would stop {@code c}, whatever the slots and budget. */
  Optional<Stop> capStop(Candidate c) {
    if (policy.perJurisdictionCap().filter(cap -> count(byJurisdiction, c.jurisdiction()) >= cap).isPresent()) {
      return Optional.of(Stop.JURISDICTION_CAP);
    }
    if (policy.perGovernmentCap().filter(cap -> count(byGovernment, c.applicant().id()) >= cap).isPresent()) {
      return Optional.of(Stop.GOVERNMENT_CAP);
    }
    return Optional.empty();
  }

  void take(Candidate c) {
    taken++;
    byJurisdiction.merge(c.jurisdiction(), 1, Integer::sum);
    byGovernment.merge(c.applicant().id(), 1, Integer::sum);
    spent = spent.add(c.request().amount());
  }

  BigDecimal spent() {
    return spent;
  }

  private static <K> int count(Map<K, Integer> counts, K key) {
    return counts.getOrDefault(key, 0);
  }
}
