package org.convoca.selection;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.convoca.call.SelectionPolicy;
import org.convoca.government.JurisdictionCode;
import org.convoca.proposal.ProposalId;

/**
 * Meets the call's minimum number of distinct jurisdictions by reserving seats, one at a time.
 *
 * <ol>
 *   <li>Fill the seats by merit with the seats reserved so far (none at first).
 *   <li>If the seated proposals cover at least {@code minJurisdictions} jurisdictions, stop.
 *   <li>Otherwise take, among the ranked proposals from jurisdictions the fill left uncovered, the
 *       best-ranked one whose request fits the budget beside the proposals already reserved; reserve
 *       its seat and go back to step 1.
 *   <li>When there is no such proposal, or every slot is reserved, the minimum is missed: keep the
 *       fill, among those tried, that covered the most jurisdictions, the earliest (with the fewest
 *       reservations) among equals. So no seat is reserved when reserving cannot raise the coverage.
 * </ol>
 *
 * <p>Reserved proposals come from distinct, previously uncovered jurisdictions, so each reservation
 * adds a jurisdiction and the loop ends after at most {@code minJurisdictions} reservations.
 */
final class Coverage {

  private Coverage() {}

  static Fill fill(List<Candidate> ranked, SelectionPolicy policy) {
    Set<ProposalId> reserved = new LinkedHashSet<>();
    BigDecimal reservedCost = BigDecimal.ZERO;
    Fill widest = null;
    while (true) {
      Fill fill = Fill.of(ranked, reserved, policy);
      Set<JurisdictionCode> covered = fill.jurisdictions();
      if (covered.size() >= policy.minJurisdictions()) {
        return fill;
      }
      if (widest == null || covered.size() > widest.jurisdictions().size()) {
        widest = fill;
      }
      Optional<Candidate> next = reserved.size() >= policy.slots()
          ? Optional.empty()
          : bestUncovered(ranked, covered, reservedCost, policy);
      if (next.isEmpty()) {
        return widest;
      }
      reserved.add(next.get().id());
      reservedCost = reservedCost.add(next.get().request().amount());
    }
  }

  private static Optional<Candidate> bestUncovered(
      List<Candidate> ranked, Set<JurisdictionCode> covered, BigDecimal reservedCost, SelectionPolicy policy) {
    return ranked.stream()
        .filter(c -> !covered.contains(c.jurisdiction()))
        .filter(c -> policy.totalBudget()
            .map(b -> reservedCost.add(c.request().amount()).compareTo(b.amount()) <= 0)
            .orElse(true))
        .findFirst();
  }
}
