package org.convoca.value;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * A closed range of calendar days, both ends included.
 *
 * @param start the first day
 * @param end the last day, not before {@code start}
 */
public record DateWindow(LocalDate start, LocalDate end) {

  /**
   * Checks that the window is not inverted.
   *
   * @param start the first day
   * @param end the last day, not before {@code start}
   */
  public DateWindow {
    requireNonNull(start, "'start' must not be null");
    requireNonNull(end, "'end' must not be null");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("'end' (" + end + ") must not be before 'start' (" + start + ")");
    }
  }

  /**
   * {@return whether {@code day} falls inside the window, ends included}
   *
   * @param day the day
   */
  public boolean contains(LocalDate day) {
    return !day.isBefore(start) && !day.isAfter(end);
  }
}
