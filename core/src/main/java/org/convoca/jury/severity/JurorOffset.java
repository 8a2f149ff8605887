package org.convoca.jury.severity;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import org.convoca.jury.JurorId;

/**
 * How much more generous than the panel one juror is on one criterion: positive when they score
 * above the panel, negative when harsher.
 *
 * <p>Two forms: {@link #estimate()}, the least-squares value in {@code double}, for diagnostics and
 * checks; and {@link #offset()}, that value rounded half up to 2 decimals, which is the one published
 * and the one subtracted from raw scores, so that anyone can recompute an adjusted score from the
 * published figures.
 *
 * @param juror the juror
 * @param estimate the fitted offset, unrounded
 * @param offset the published offset: {@code estimate} rounded half up to 2 decimals
 * @param scored how many of the juror's scores the fit used
 * @param shared how many of those are on proposals that another juror also scored; only these inform
 *     the offset, and a juror with none gets offset 0 by the sum-to-zero convention, not by evidence
 * @param component the index of the juror's {@link PanelComponent}
 */
public record JurorOffset(JurorId juror, double estimate, BigDecimal offset, int scored, int shared, int component) {

  /**
   * Checks that nothing is missing and the counts are consistent.
   *
   * @param juror the juror
   * @param estimate the fitted offset, unrounded
   * @param offset the published offset: {@code estimate} rounded half up to 2 decimals
   * @param scored how many of the juror's scores the fit used
   * @param shared how many of those are on proposals that another juror also scored; only these inform
   *     the offset, and a juror with none gets offset 0 by the sum-to-zero convention, not by evidence
   * @param component the index of the juror's {@link PanelComponent}
   */
  public JurorOffset {
    requireNonNull(juror, "'juror' must not be null");
    requireNonNull(offset, "'offset' must not be null");
    if (!Double.isFinite(estimate)) {
      throw new IllegalArgumentException("'estimate' of juror " + juror + " must be finite, was " + estimate);
    }
    if (scored < 1 || shared < 0 || shared > scored) {
      throw new IllegalArgumentException("juror " + juror + " must have 1 or more 'scored' and 0 to 'scored' 'shared', was "
          + scored + " and " + shared);
    }
    if (component < 0) {
      throw new IllegalArgumentException("'component' must be 0 or more, was " + component);
    }
  }
}
