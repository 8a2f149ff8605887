package org.convoca.jury.severity;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.convoca.call.CriterionId;
import org.convoca.jury.JurorId;
import org.convoca.proposal.ProposalId;

/**
 * The additive severity fit of a panel on one criterion: each juror's offset, each score adjusted for
 * it, and the connected components the offsets are relative to.
 *
 * @param criterion the criterion fitted
 * @param offsets one per juror who scored, in juror order
 * @param scores every score of the fit, adjusted, in proposal then juror order
 * @param components the connected parts of the panel, in {@link PanelComponent#index()} order; empty
 *     only when there were no scores
 */
public record SeverityFit(
    CriterionId criterion, List<JurorOffset> offsets, List<AdjustedScore> scores, List<PanelComponent> components) {

  /**
   * Checks that nothing is missing and copies the lists.
   *
   * @param criterion the criterion fitted
   * @param offsets one per juror who scored, in juror order
   * @param scores every score of the fit, adjusted, in proposal then juror order
   * @param components the connected parts of the panel, in {@link PanelComponent#index()} order; empty
   *     only when there were no scores
   */
  public SeverityFit {
    requireNonNull(criterion, "'criterion' must not be null");
    offsets = List.copyOf(requireNonNull(offsets, "'offsets' must not be null"));
    scores = List.copyOf(requireNonNull(scores, "'scores' must not be null"));
    components = List.copyOf(requireNonNull(components, "'components' must not be null"));
  }

  /** {@return how many scores the fit used} */
  public int scoresUsed() {
    return scores.size();
  }

  /**
   * Whether every juror is compared with every other through shared proposals: at most one component.
   * When false, offsets of jurors in different components have no common reference.
   *
   * @return whether every juror is compared with every other through shared proposals: at most one
   *     component
   */
  public boolean connected() {
    return components.size() <= 1;
  }

  /**
   * The adjusted scores grouped by proposal, in proposal order, each group in juror order: what an
   * {@code AggregationMethod} aggregates per proposal.
   *
   * @return the adjusted scores grouped by proposal, in proposal order, each group in juror order:
   *     what an {@code AggregationMethod} aggregates per proposal
   */
  public SortedMap<ProposalId, List<AdjustedScore>> byProposal() {
    SortedMap<ProposalId, List<AdjustedScore>> grouped = new TreeMap<>();
    scores.forEach(s -> grouped.computeIfAbsent(s.proposal(), p -> new ArrayList<>()).add(s));
    grouped.replaceAll((p, list) -> List.copyOf(list));
    return Collections.unmodifiableSortedMap(grouped);
  }

  /**
   * The offset of {@code juror}.
   *
   * @param juror the juror
   * @return the offset of {@code juror}
   * @throws IllegalArgumentException when the juror has no score in this fit
   */
  public JurorOffset offsetOf(JurorId juror) {
    return offsets.stream().filter(o -> o.juror().equals(juror)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("juror " + juror + " has no score on criterion " + criterion));
  }
}
