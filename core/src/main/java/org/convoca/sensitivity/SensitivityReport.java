package org.convoca.sensitivity;

import java.math.BigDecimal;
import java.util.List;
import org.convoca.proposal.ProposalId;

/**
 * How the selection of a call holds when its criteria weights are perturbed.
 *
 * @param perturbation the draws, spread and seed
 * @param weights one per criterion of the call, in the call's order: the weight as called and the
 *     range and mean of the weights drawn
 * @param proposals one per proposal of the dossier, sorted by id
 * @param stableCore the proposals selected in at least
 *     {@value ProposalSensitivity#STABLE_CORE_PERCENT} percent of the draws, sorted by id
 * @param marginal the proposals selected in some draws but not in the stable core, most often
 *     selected first (then by id), each with the weight that moves it most
 * @param meanSelected how many proposals a draw selects on average, rounded to 2 decimals half up;
 *     it equals the sum of the proposals' exact probabilities
 */
public record SensitivityReport(
    Perturbation perturbation,
    List<DrawnWeight> weights,
    List<ProposalSensitivity> proposals,
    List<ProposalId> stableCore,
    List<MarginalProposal> marginal,
    BigDecimal meanSelected) {

  /**
   * Copies the lists.
   *
   * @param perturbation the draws, spread and seed
   * @param weights one per criterion of the call, in the call's order
   * @param proposals one per proposal of the dossier, sorted by id
   * @param stableCore the proposals selected in at least 95 percent of the draws, sorted by id
   * @param marginal the marginal proposals, most often selected first
   * @param meanSelected how many proposals a draw selects on average
   */
  public SensitivityReport {
    weights = List.copyOf(weights);
    proposals = List.copyOf(proposals);
    stableCore = List.copyOf(stableCore);
    marginal = List.copyOf(marginal);
  }
}
