package org.convoca.rules.fact;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.convoca.proposal.ProposalId;

/**
 * A proposal the selection chose, as the post-selection rules see it.
 *
 * @param proposal the proposal
 * @param rank its place among the selected, 1 for the best
 * @param labels the labels of its assessment, sorted
 */
public record SelectedProposal(ProposalId proposal, int rank, List<String> labels) {

  /**
   * Checks that no part is missing and the rank is at least 1; copies the labels.
   *
   * @param proposal the proposal
   * @param rank its place among the selected, 1 for the best
   * @param labels the labels of its assessment, sorted
   */
  public SelectedProposal {
    requireNonNull(proposal, "'proposal' must not be null");
    if (rank < 1) {
      throw new IllegalArgumentException("'rank' must be at least 1, was " + rank);
    }
    labels = List.copyOf(labels);
  }

  /**
   * {@return whether the assessment carries {@code label}}
   *
   * @param label the label to look for, such as {@link org.convoca.call.FederalVocabulary#CO_CREATED}
   */
  public boolean hasLabel(String label) {
    return labels.contains(label);
  }
}
