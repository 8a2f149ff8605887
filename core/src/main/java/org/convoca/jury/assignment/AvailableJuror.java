package org.convoca.jury.assignment;

import java.util.Collections;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.convoca.jury.JurorId;
import org.convoca.proposal.Theme;

/**
 * A juror who can be assigned proposals.
 *
 * @param id the juror, never null
 * @param capacity the most proposals they may review; empty means no limit; never negative
 * @param expertise the themes they know, never null (may be empty); copied and sorted
 */
public record AvailableJuror(JurorId id, OptionalInt capacity, SortedSet<Theme> expertise) {

  /**
   * Checks the capacity and copies the expertise.
   *
   * @param id the juror, never null
   * @param capacity the most proposals they may review; empty means no limit; never negative
   * @param expertise the themes they know, never null (may be empty); copied and sorted
   * @throws NullPointerException when an argument or a theme is null
   * @throws IllegalArgumentException when the capacity is negative
   */
  public AvailableJuror {
    if (id == null || capacity == null || expertise == null) {
      throw new NullPointerException("an available juror needs an 'id', a 'capacity' and an 'expertise'");
    }
    if (capacity.isPresent() && capacity.getAsInt() < 0) {
      throw new IllegalArgumentException(
          "'capacity' of juror " + id + " must be 0 or more, was " + capacity.getAsInt());
    }
    expertise = Collections.unmodifiableSortedSet(new TreeSet<>(expertise));
  }

  /**
   * Juror {@code id} who may review at most {@code capacity} proposals.
   *
   * @param id the juror
   * @param capacity the most proposals they may review, at least 1
   * @param expertise the themes they know
   * @return the juror, ready for the assigner
   */
  public static AvailableJuror withCapacity(JurorId id, int capacity, Set<Theme> expertise) {
    return new AvailableJuror(id, OptionalInt.of(capacity), new TreeSet<>(expertise));
  }

  /**
   * Juror {@code id} with no limit on the proposals they review.
   *
   * @param id the juror
   * @param expertise the themes they know
   * @return the juror, ready for the assigner
   */
  public static AvailableJuror unlimited(JurorId id, Set<Theme> expertise) {
    return new AvailableJuror(id, OptionalInt.empty(), new TreeSet<>(expertise));
  }
}
