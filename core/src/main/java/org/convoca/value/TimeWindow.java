package org.convoca.value;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * A range of instants, such as a submission window: opens included, closes included.
 *
 * @param opens the first instant inside the window
 * @param closes the last instant inside the window, not before {@code opens}
 */
public record TimeWindow(Instant opens, Instant closes) {

  /**
   * Checks that the window is not inverted.
   *
   * @param opens the first instant inside the window
   * @param closes the last instant inside the window, not before {@code opens}
   */
  public TimeWindow {
    requireNonNull(opens, "'opens' must not be null");
    requireNonNull(closes, "'closes' must not be null");
    if (closes.isBefore(opens)) {
      throw new IllegalArgumentException("'closes' (" + closes + ") must not be before 'opens' (" + opens + ")");
    }
  }

  /**
   * {@return whether {@code instant} falls inside the window, ends included}
   *
   * @param instant the instant
   */
  public boolean contains(Instant instant) {
    return !instant.isBefore(opens) && !instant.isAfter(closes);
  }
}
