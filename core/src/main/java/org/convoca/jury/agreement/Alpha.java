package org.convoca.jury.agreement;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Krippendorff's alpha of some scores: an {@link Estimate} or, when the data cannot give one,
 * {@link Undefined} with the reason. Never NaN or infinite.
 */
public sealed interface Alpha permits Alpha.Estimate, Alpha.Undefined {

  /** {@return the alpha, or empty when {@link Undefined}} */
  OptionalDouble value();

  /** {@return the reading of the alpha, or empty when {@link Undefined}} */
  Optional<Reading> reading();

  /**
   * An alpha computed from the data, unrounded: 1 is perfect agreement, 0 agreement no better
   * than chance, and below 0 systematic disagreement.
   *
   * @param alpha the coefficient, finite and at most 1
   */
  record Estimate(double alpha) implements Alpha {

    /**
     * Checks that the coefficient is a possible alpha.
     *
     * @param alpha the coefficient
     * @throws IllegalArgumentException when {@code alpha} is not finite or above 1
     */
    public Estimate {
      if (!Double.isFinite(alpha) || alpha > 1) {
        throw new IllegalArgumentException("'alpha' must be a finite number of at most 1, was " + alpha);
      }
    }

    @Override
    public OptionalDouble value() {
      return OptionalDouble.of(alpha);
    }

    @Override
    public Optional<Reading> reading() {
      return Optional.of(Reading.of(alpha));
    }
  }

  /**
   * No alpha, and why.
   *
   * @param reason why the data give none, never null
   */
  record Undefined(AlphaUndefined reason) implements Alpha {

    /**
     * Checks that the reason is present.
     *
     * @param reason why alpha is undefined, in a sentence
     * @throws NullPointerException when {@code reason} is null
     */
    public Undefined {
      requireNonNull(reason, "'reason' must not be null");
    }

    @Override
    public OptionalDouble value() {
      return OptionalDouble.empty();
    }

    @Override
    public Optional<Reading> reading() {
      return Optional.empty();
    }
  }
}
