package org.convoca.selection;

import java.util.AbstractList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.function.Function;
import org.convoca.proposal.ProposalId;

/**
 * An unmodifiable list that also finds its elements by proposal in constant time, so that a
 * {@link Selection} stays a plain record and still answers {@code decision(id)} and {@code rank(id)}
 * quickly for a hundred thousand proposals. Equal to any list with the same elements in the same order.
 */
final class ByProposal<T> extends AbstractList<T> implements RandomAccess {

  private final List<T> items;
  private final Map<ProposalId, T> index = new HashMap<>();

  private ByProposal(List<T> items, Function<T, ProposalId> proposal, String duplicate) {
    this.items = List.copyOf(items);
    for (T item : this.items) {
      ProposalId id = proposal.apply(item);
      if (index.putIfAbsent(id, item) != null && duplicate != null) {
        throw new IllegalArgumentException("proposal '" + id + "' " + duplicate);
      }
    }
  }

  /** {@code items}, found by {@code proposal}; when two name the same proposal, the first is found. */
  static <T> ByProposal<T> of(List<T> items, Function<T, ProposalId> proposal) {
    return items instanceof ByProposal<T> indexed ? indexed : new ByProposal<>(items, proposal, null);
  }

  /**
   * {@code items}, found by {@code proposal}.
   *
   * @throws IllegalArgumentException when two items name the same proposal: "proposal 'P' " + {@code duplicate}
   */
  static <T> ByProposal<T> unique(List<T> items, Function<T, ProposalId> proposal, String duplicate) {
    return new ByProposal<>(items, proposal, duplicate);
  }

  /** The element for {@code proposal}; empty when none names it. */
  Optional<T> find(ProposalId proposal) {
    return Optional.ofNullable(index.get(proposal));
  }

  @Override
  public T get(int i) {
    return items.get(i);
  }

  @Override
  public int size() {
    return items.size();
  }
}
