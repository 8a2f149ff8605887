package org.convoca.selection;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.convoca.call.SelectionPolicy;
import org.convoca.government.JurisdictionCode;
import org.convoca.proposal.ProposalId;

/**
 * One pass of seat filling: the reserved proposals take their seats first, then the ranked list
 * is walked best first and each proposal takes a seat unless the slots, a cap or the budget stop
 * it (a proposal that does not fit the budget left is skipped and the next one tried).
 *
 * @param reserved the proposals seated on reserved seats, in rank order
 * @param merit the proposals seated by merit, in rank order
 * @param stops what stopped each ranked proposal that got no seat, with the budget spent when it was
 *     tried, in rank order
 * @param spent the money the seated proposals request together
 */
record Fill(List<Candidate> reserved, List<Candidate> merit, Map<ProposalId, Blocked> stops, BigDecimal spent) {

  static Fill of(List<Candidate> ranked, Set<ProposalId> reservedIds, SelectionPolicy policy) {
    Seats seats = new Seats(policy);
    List<Candidate> reserved = new ArrayList<>();
    for (Candidate c : ranked) {
      if (reservedIds.contains(c.id())) {
        seats.take(c);
        reserved.add(c);
      }
    }
    List<Candidate> merit = new ArrayList<>();
    Map<ProposalId, Blocked> stops = new LinkedHashMap<>();
    for (Candidate c : ranked) {
      if (reservedIds.contains(c.id())) {
        continue;
      }
      seats.stop(c).ifPresentOrElse(stop -> stops.put(c.id(), new Blocked(stop, seats.spent())), () -> {
        seats.take(c);
        merit.add(c);
      });
    }
    return new Fill(List.copyOf(reserved), List.copyOf(merit), stops, seats.spent());
  }

  /** What stopped a proposal, and the money already spent when it was tried. */
  record Blocked(Stop stop, BigDecimal spentBefore) {}

  /** The seated proposals, in rank order. */
  List<Candidate> seated(List<Candidate> ranked) {
    Set<ProposalId> ids = new HashSet<>();
    reserved.forEach(c -> ids.add(c.id()));
    merit.forEach(c -> ids.add(c.id()));
    return ranked.stream().filter(c -> ids.contains(c.id())).toList();
  }

  /** The distinct jurisdictions of the seated proposals. */
  Set<JurisdictionCode> jurisdictions() {
    Set<JurisdictionCode> covered = new TreeSet<>();
    reserved.forEach(c -> covered.add(c.jurisdiction()));
    merit.forEach(c -> covered.add(c.jurisdiction()));
    return covered;
  }
}
