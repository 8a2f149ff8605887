package org.convoca.selection;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import org.convoca.call.TieBreak;
import org.convoca.proposal.ProposalId;

/**
 * Two proposals with equal totals, next to each other in the ranking, and the tie-break step that
 * put one above the other.
 *
 * @param higher the proposal ranked above
 * @param lower the proposal ranked right below it
 * @param total their common total
 * @param step the first step of the call's chain on which they differ
 * @param sentence the step's verdict, in plain words
 */
public record BrokenTie(ProposalId higher, ProposalId lower, BigDecimal total, TieBreak step, String sentence) {

  /**
   * Checks that no part is missing.
   *
   * @param higher the proposal ranked above
   * @param lower the proposal ranked right below it
   * @param total their common total
   * @param step the first step of the call's chain on which they differ
   * @param sentence the step's verdict, in plain words
   */
  public BrokenTie {
    requireNonNull(higher, "'higher' must not be null");
    requireNonNull(lower, "'lower' must not be null");
    requireNonNull(total, "'total' must not be null");
    requireNonNull(step, "'step' must not be null");
    requireNonNull(sentence, "'sentence' must not be null");
  }
}
