package org.convoca.review;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;
import org.convoca.call.CriterionId;
import org.convoca.jury.JurorId;

/**
 * What the review says about one juror.
 *
 * @param id the juror
 * @param scored how many scores they gave
 * @param excluded how many of them a conflict of interest excludes
 * @param unassigned how many of them are of proposals they were not assigned (0 when the dossier
 *     records no assignment)
 * @param offsets their severity offset on each criterion the call normalises, rounded to 2 decimals
 *     (positive: more generous than the panel); empty when the call does not normalise or they have
 *     no valid score
 */
public record JurorReview(JurorId id, int scored, int excluded, int unassigned, SortedMap<CriterionId, BigDecimal> offsets) {

  /**
   * Checks the counts and copies the offsets.
   *
   * @param id the juror
   * @param scored how many scores they gave
   * @param excluded how many of them a conflict of interest excludes
   * @param unassigned how many of them are of proposals they were not assigned (0 when the dossier
   *     records no assignment)
   * @param offsets their severity offset on each criterion the call normalises, rounded to 2 decimals
   *     (positive: more generous than the panel); empty when the call does not normalise or they have
   *     no valid score
   */
  public JurorReview {
    requireNonNull(id, "'id' must not be null");
    if (scored < 0 || excluded < 0 || excluded > scored || unassigned < 0 || unassigned > scored) {
      throw new IllegalArgumentException("juror " + id + ": impossible counts " + scored + " scored, " + excluded
          + " excluded, " + unassigned + " unassigned");
    }
    offsets = Collections.unmodifiableSortedMap(new TreeMap<>(requireNonNull(offsets, "'offsets' must not be null")));
  }
}
