package org.convoca.call;

import java.util.EnumSet;
import java.util.Set;
import org.convoca.value.ConvocaStyle;
import org.immutables.value.Value;

/**
 * How the call's jury works: how many jurors review each proposal, how their valid scores are
 * combined, how many valid scores a criterion needs, whether severity is corrected, and which kinds
 * of conflict of interest apply. {@link ConflictKind#DECLARED} always applies.
 *
 * <p>A call without a jury policy keeps the behaviour of dossiers written before it existed:
 * {@link #unstated()}, the mean of the valid scores, no minimum number of scores and no
 * normalisation; conflicts of every kind are still detected and excluded.
 */
@Value.Immutable
@ConvocaStyle
public abstract class AbstractJuryPolicy {

  /** The most reviewers a proposal can have: more than any jury seats, and what the exact assigner is bounded for. */
  public static final int MAX_REVIEWERS_PER_PROPOSAL = 100;

  /** {@return how many distinct jurors review each proposal; 3 unless stated} */
  @Value.Default
  public int reviewersPerProposal() {
    return 3;
  }

  /** {@return how the valid scores of a proposal on a criterion are combined; the mean unless stated} */
  @Value.Default
  public AggregationMethod aggregation() {
    return AggregationMethod.MEAN;
  }

  /**
   * The fewest valid scores a proposal needs on each criterion the jury scores to be ranked; 1
   * unless stated (0 in {@link #unstated()}).
   *
   * @return the fewest valid scores a proposal needs on each criterion the jury scores to be
   *     ranked; 1 unless stated (0 in {@link #unstated()})
   */
  @Value.Default
  public int minScores() {
    return 1;
  }

  /** {@return whether scores are corrected for severity before they are aggregated; not unless stated} */
  @Value.Default
  public Normalisation normalisation() {
    return Normalisation.NONE;
  }

  /**
   * {@return the kinds of conflict that exclude a score; all of them unless stated} DECLARED is always among them.
   */
  @Value.Default
  public Set<ConflictKind> conflicts() {
    return EnumSet.allOf(ConflictKind.class);
  }

  /** {@return the kinds that apply: {@link #conflicts()} with {@link ConflictKind#DECLARED}} */
  public Set<ConflictKind> conflictsApplied() {
    EnumSet<ConflictKind> applied = EnumSet.of(ConflictKind.DECLARED);
    applied.addAll(conflicts());
    return applied;
  }

  /**
   * {@return the policy of a call that states none: the mean, no minimum of scores, no normalisation, every conflict kind}
   */
  public static JuryPolicy unstated() {
    return JuryPolicy.builder().minScores(0).build();
  }

  @Value.Check
  void check() {
    if (reviewersPerProposal() < 1 || reviewersPerProposal() > MAX_REVIEWERS_PER_PROPOSAL) {
      throw new IllegalStateException("'reviewersPerProposal' must be from 1 to " + MAX_REVIEWERS_PER_PROPOSAL
          + ", was " + reviewersPerProposal());
    }
    if (minScores() < 0) {
      throw new IllegalStateException("'minScores' must not be negative, was " + minScores());
    }
  }
}
