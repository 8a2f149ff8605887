package org.convoca.sample;

import java.time.LocalDate;

/**
 * Calendar days from 2020 to 2023, each built once: a dossier of 100,000 proposals holds about a
 * million dates, and sharing them keeps memory and garbage collection in proportion.
 */
final class Days {

  private static final LocalDate FIRST = LocalDate.of(2020, 1, 1);
  private static final LocalDate[] DAYS = new LocalDate[4 * 366];

  static {
    for (int i = 0; i < DAYS.length; i++) {
      DAYS[i] = FIRST.plusDays(i);
    }
  }

  private Days() {}

  /** {@code day} plus {@code days}, a shared instance when it falls in the cached range. */
  static LocalDate plus(LocalDate day, long days) {
    long index = day.toEpochDay() - FIRST.toEpochDay() + days;
    return index >= 0 && index < DAYS.length ? DAYS[(int) index] : day.plusDays(days);
  }
}
