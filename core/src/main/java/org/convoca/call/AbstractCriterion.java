package org.convoca.call;

import java.math.BigDecimal;
import java.util.Optional;
import org.convoca.value.ConvocaStyle;
import org.immutables.value.Value;

/**
 * An evaluation criterion. Rules award raw points towards it; points are capped at
 * {@link #maxPoints()} and contribute {@code points / maxPoints * weight} to the total (0-100 unless
 * the call states another {@code maxTotal}). A {@link #rankingFactor()} changes the ranking only.
 */
@Value.Immutable
@ConvocaStyle
public abstract class AbstractCriterion {

  /** The largest ranking factor: far beyond any published scheme, and it keeps ranking scores small. */
  public static final BigDecimal MAX_RANKING_FACTOR = BigDecimal.TEN;

  /** {@return its identifier, which rules name when they award points} */
  public abstract CriterionId id();

  /** {@return its name, such as "Co-creation"} */
  public abstract String name();

  /** {@return what it rewards, in plain words} */
  public abstract String description();

  /** {@return its share of the total; the weights of a call sum to its {@code totalOutOf()}, 100 unless stated} */
  public abstract BigDecimal weight();

  /** {@return the most points it can give} */
  public abstract BigDecimal maxPoints();

  /** {@return the least points a proposal must reach on it to be ranked; empty for no threshold} */
  public abstract Optional<BigDecimal> threshold();

  /**
   * {@return what its weighted contribution is multiplied by in the ranking score, and only there;
   * empty for 1} Thresholds, the total and everything compared with them never see it. When no
   * criterion of a call has one, proposals are ranked by their total; when one has, by the ranking
   * score, the sum of every criterion's weighted contribution times its factor (Horizon Europe's
   * "Impact weighted 1.5 for ranking only" is a factor of 1.5 on Impact).
   */
  public abstract Optional<BigDecimal> rankingFactor();

  @Value.Check
  void check() {
    if (weight().signum() < 0 || weight().compareTo(BigDecimal.valueOf(100)) > 0) {
      throw new IllegalStateException("'weight' must be between 0 and 100, was " + weight().toPlainString());
    }
    if (maxPoints().signum() <= 0) {
      throw new IllegalStateException("'maxPoints' must be more than 0, was " + maxPoints().toPlainString());
    }
    threshold().ifPresent(t -> {
      if (t.signum() < 0 || t.compareTo(maxPoints()) > 0) {
        throw new IllegalStateException("'threshold' must be between 0 and 'maxPoints' ("
            + maxPoints().toPlainString() + "), was " + t.toPlainString());
      }
    });
    rankingFactor().filter(f -> f.signum() <= 0 || f.compareTo(MAX_RANKING_FACTOR) > 0).ifPresent(f -> {
      throw new IllegalStateException("'rankingFactor' must be above 0 and at most " + MAX_RANKING_FACTOR
          + ", was " + f.toPlainString());
    });
  }
}
