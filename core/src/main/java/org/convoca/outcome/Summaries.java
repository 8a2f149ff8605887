package org.convoca.outcome;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import org.convoca.call.Call;
import org.convoca.government.JurisdictionCode;
import org.convoca.selection.DecisionKind;
import org.convoca.value.Money;

/** Computes the summary figures of an outcome from its proposals. */
final class Summaries {

  private Summaries() {}

  static Summary of(Call call, List<ProposalOutcome> proposals) {
    String currency = call.policy().totalBudget().map(Money::currency).orElse(call.fundingCeiling().currency());
    BigDecimal used = BigDecimal.ZERO;
    Set<JurisdictionCode> covered = new HashSet<>();
    for (ProposalOutcome p : proposals) {
      if (p.decision().selected()) {
        used = used.add(p.proposal().funding().requested().amount());
        covered.add(p.applicant().jurisdiction());
      }
    }
    return new Summary(
        proposals.size(),
        count(proposals, DecisionKind.INELIGIBLE),
        count(proposals, DecisionKind.BELOW_THRESHOLD),
        count(proposals, DecisionKind.INCOMPLETE_REVIEW),
        (int) proposals.stream().filter(p -> p.rank().isPresent()).count(),
        call.policy().slots(),
        (int) proposals.stream().filter(p -> p.decision().selected()).count(),
        count(proposals, DecisionKind.SELECTED_BY_MERIT),
        count(proposals, DecisionKind.SELECTED_RESERVED_SEAT),
        count(proposals, DecisionKind.SELECTED_BY_JURY),
        count(proposals, DecisionKind.EXCLUDED_BY_JURY),
        count(proposals, DecisionKind.WAITLISTED),
        call.policy().totalBudget(),
        new Money(used, currency),
        call.policy().minJurisdictions(),
        covered.size(),
        tally(proposals, p -> p.applicant().jurisdiction().value()),
        tally(proposals, p -> p.applicant().level().name()),
        tally(proposals, p -> p.theme().map(t -> t.code()).orElse("NONE")));
  }

  private static int count(List<ProposalOutcome> proposals, DecisionKind kind) {
    return (int) proposals.stream().filter(p -> p.decision().kind() == kind).count();
  }

  private static SortedMap<String, Tally> tally(List<ProposalOutcome> proposals, Function<ProposalOutcome, String> key) {
    Map<String, int[]> counts = new TreeMap<>();
    for (ProposalOutcome p : proposals) {
      int[] c = counts.computeIfAbsent(key.apply(p), k -> new int[3]);
      c[0]++;
      c[1] += p.rank().isPresent() ? 1 : 0;
      c[2] += p.decision().selected() ? 1 : 0;
    }
    SortedMap<String, Tally> tallies = new TreeMap<>();
    counts.forEach((k, c) -> tallies.put(k, new Tally(c[0], c[1], c[2])));
    return tallies;
  }
}
