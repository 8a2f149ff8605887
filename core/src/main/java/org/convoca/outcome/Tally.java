package org.convoca.outcome;

/**
 * Counts of proposals in one group (a jurisdiction, a level, a theme).
 *
 * @param proposals how many applied
 * @param ranked how many were eligible and reached every threshold
 * @param selected how many are in the final selection
 */
public record Tally(int proposals, int ranked, int selected) {

  /**
   * Checks that the counts are not negative and nest.
   *
   * @param proposals how many applied
   * @param ranked how many were eligible and reached every threshold
   * @param selected how many are in the final selection
   */
  public Tally {
    if (proposals < 0 || ranked < 0 || selected < 0) {
      throw new IllegalArgumentException("counts must not be negative");
    }
  }
}
