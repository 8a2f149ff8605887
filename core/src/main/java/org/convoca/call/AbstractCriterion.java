package org.convoca.call;

import java.math.BigDecimal;
import java.util.Optional;
import org.convoca.value.ConvocaStyle;
import org.immutables.value.Value;

/**
 * An evaluation criterion. Rules award raw points towards it; points are capped at
 * {@link #maxPoints()} and contribute {@code points / maxPoints * weight} to the 0-100 total.
 */
@Value.Immutable
@ConvocaStyle
public abstract class AbstractCriterion {

  /** {@return its identifier, which rules name when they award points} */
  public abstract CriterionId id();

  /** {@return its name, such as "Co-creation"} */
  public abstract String name();

  /** {@return what it rewards, in plain words} */
  public abstract String description();

  /** {@return its share of the total, as a percentage; the weights of a call sum to 100} */
  public abstract BigDecimal weight();

  /** {@return the most points it can give} */
  public abstract BigDecimal maxPoints();

  /** {@return the least points a proposal must reach on it to be ranked; empty for no threshold} */
  public abstract Optional<BigDecimal> threshold();

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
  }
}
