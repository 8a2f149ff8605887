package org.convoca.outcome;

import java.util.AbstractList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;
import org.convoca.proposal.ProposalId;

/**
 * An unmodifiable list of proposal outcomes that also finds one by its proposal's id in constant
 * time, so that {@link CallOutcome} stays a plain record and {@link CallOutcome#proposal} does not
 * scan a hundred thousand proposals for every row a writer prints. Equal to any list with the same
 * elements in the same order; when two outcomes name the same proposal, the first is found.
 */
final class ByProposalId extends AbstractList<ProposalOutcome> implements RandomAccess {

  private final List<ProposalOutcome> items;
  private final Map<ProposalId, ProposalOutcome> index;

  private ByProposalId(List<ProposalOutcome> items) {
    this.items = List.copyOf(items);
    this.index = new HashMap<>(Math.max(16, this.items.size() * 4 / 3 + 1));
    this.items.forEach(p -> index.putIfAbsent(p.proposal().id(), p));
  }

  /** {@code items}, copied and indexed; {@code items} itself when it is already indexed. */
  static ByProposalId of(List<ProposalOutcome> items) {
    return items instanceof ByProposalId indexed ? indexed : new ByProposalId(items);
  }

  /** The outcome of {@code proposal}; empty when none names it. */
  Optional<ProposalOutcome> find(ProposalId proposal) {
    return Optional.ofNullable(index.get(proposal));
  }

  @Override
  public ProposalOutcome get(int i) {
    return items.get(i);
  }

  @Override
  public int size() {
    return items.size();
  }
}
