package org.convoca.sensitivity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.convoca.proposal.ProposalId;

/**
 * How often one proposal was selected over the draws.
 *
 * @param id the proposal
 * @param selectedIn in how many draws it was selected
 * @param draws how many draws there were
 * @param plainlySelected whether the selection with the call's own weights selects it
 */
public record ProposalSensitivity(ProposalId id, int selectedIn, int draws, boolean plainlySelected) {

  /** The share of the draws that make the stable core: a proposal selected in at least 95 percent of them. */
  public static final int STABLE_CORE_PERCENT = 95;

  /** {@return its selection probability, {@code selectedIn / draws}, rounded to 4 decimals half up} */
  public BigDecimal probability() {
    return BigDecimal.valueOf(selectedIn).divide(BigDecimal.valueOf(draws), 4, RoundingMode.HALF_UP);
  }

  /** {@return whether it was selected in at least {@value #STABLE_CORE_PERCENT} percent of the draws (compared exactly, not rounded)} */
  public boolean inStableCore() {
    return 100L * selectedIn >= (long) STABLE_CORE_PERCENT * draws;
  }

  /** {@return whether it was selected in some draws but is not in the stable core} */
  public boolean marginal() {
    return selectedIn > 0 && !inStableCore();
  }
}
