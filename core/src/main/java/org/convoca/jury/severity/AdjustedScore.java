package org.convoca.jury.severity;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import org.convoca.jury.JurorId;
import org.convoca.proposal.ProposalId;

/**
 * One juror's score of one proposal, raw and adjusted for the juror's severity.
 *
 * <p>{@code adjusted} is {@code raw} minus the juror's published offset, with 2 decimals, kept within
 * the scale: when the difference falls outside it, {@code adjusted} is the nearest end of the scale and
 * {@code clamped} is true. A clamped figure is therefore not {@code raw - offset}; the publication
 * should say so, since the juror's top (or bottom) mark cannot be raised (or lowered) past the scale.
 *
 * @param juror who scored
 * @param proposal the proposal scored
 * @param raw the score as given
 * @param adjusted the score net of the juror's offset, with 2 decimals, within the scale
 * @param clamped whether {@code raw - offset} was outside the scale and {@code adjusted} is its nearest end
 */
public record AdjustedScore(JurorId juror, ProposalId proposal, BigDecimal raw, BigDecimal adjusted, boolean clamped) {

  /**
   * Checks that nothing is missing.
   *
   * @param juror who scored
   * @param proposal the proposal scored
   * @param raw the score as given
   * @param adjusted the score net of the juror's offset, with 2 decimals, within the scale
   * @param clamped whether {@code raw - offset} was outside the scale and {@code adjusted} is its nearest end
   */
  public AdjustedScore {
    requireNonNull(juror, "'juror' must not be null");
    requireNonNull(proposal, "'proposal' must not be null");
    requireNonNull(raw, "'raw' must not be null");
    requireNonNull(adjusted, "'adjusted' must not be null");
  }
}
