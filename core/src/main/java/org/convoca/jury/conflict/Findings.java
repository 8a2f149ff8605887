package org.convoca.jury.conflict;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.convoca.call.ConflictKind;
import org.convoca.jury.JurorId;
import org.convoca.proposal.ProposalId;

/**
 * The grounds found so far, one set per juror, proposal and kind. The grounds of a set are sorted, so
 * the joined reason does not depend on the order in which they were found.
 */
final class Findings {

  private record Key(JurorId juror, ProposalId proposal, ConflictKind kind) {}

  private final Map<Key, SortedSet<String>> grounds = new HashMap<>();

  void add(JurorId juror, ProposalId proposal, ConflictKind kind, String ground) {
    grounds.computeIfAbsent(new Key(juror, proposal, kind), k -> new TreeSet<>()).add(ground);
  }

  ConflictReport report() {
    List<Conflict> conflicts = new ArrayList<>(grounds.size());
    grounds.forEach((key, reasons) ->
        conflicts.add(new Conflict(key.juror(), key.proposal(), key.kind(), String.join("; ", reasons))));
    return new ConflictReport(conflicts);
  }
}
