package org.convoca.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.convoca.proposal.ProposalId;
import org.convoca.value.Money;

/** Checks the claim against the call's slots, caps, budget and minimum of jurisdictions. */
final class PolicyLimits {

  private PolicyLimits() {}

  static List<Violation> check(Claim claim) {
    List<Violation> violations = new ArrayList<>();
    List<ProposalId> counted = claim.counted();
    if (counted.size() > claim.policy().slots()) {
      violations.add(new Violation(ViolationKind.SLOTS_EXCEEDED, counted, 
          claim.say("slotsExceeded", counted.size(), claim.policy().slots(), counted.toString())));
    }
    claim.policy().perJurisdictionCap().ifPresent(cap -> groups(counted, id -> claim.jurisdiction(id).value())
        .forEach((jurisdiction, ids) -> {
          if (ids.size() > cap) {
            violations.add(new Violation(ViolationKind.JURISDICTION_CAP_EXCEEDED, ids, 
                claim.say("jurisdictionCapExceeded", ids.size(), jurisdiction, cap, ids.toString())));
          }
        }));
    claim.policy().perGovernmentCap().ifPresent(cap -> groups(counted, id -> claim.government(id).value())
        .forEach((government, ids) -> {
          if (ids.size() > cap) {
            violations.add(new Violation(ViolationKind.GOVERNMENT_CAP_EXCEEDED, ids, 
                claim.say("governmentCapExceeded", ids.size(), government, cap, ids.toString())));
          }
        }));
    claim.policy().totalBudget().ifPresent(budget -> {
      BigDecimal spent = counted.stream().map(claim::request).reduce(BigDecimal.ZERO, BigDecimal::add);
      if (spent.compareTo(budget.amount()) > 0) {
        violations.add(new Violation(ViolationKind.BUDGET_EXCEEDED, counted, 
            claim.say("budgetExceeded", new Money(spent, budget.currency()), budget)));
      }
    });
    coverage(claim).ifPresent(violations::add);
    return violations;
  }

  private static java.util.Optional<Violation> coverage(Claim claim) {
    int minimum = claim.policy().minJurisdictions();
    long claimed = claim.known().stream().map(claim::jurisdiction).distinct().count();
    long computed = claim.computed().selected().stream().map(claim::jurisdiction).distinct().count();
    if (claimed < minimum && claimed < computed) {
      return java.util.Optional.of(new Violation(ViolationKind.MIN_JURISDICTIONS_MISSED, List.of(),
          claim.say("minJurisdictionsMissed", claimed, minimum, computed)));
    }
    return java.util.Optional.empty();
  }

  private static Map<String, List<ProposalId>> groups(List<ProposalId> ids, Function<ProposalId, String> key) {
    Map<String, List<ProposalId>> groups = new TreeMap<>();
    ids.forEach(id -> groups.computeIfAbsent(key.apply(id), k -> new ArrayList<>()).add(id));
    return groups;
  }
}
