package org.convoca.jury.severity;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.convoca.jury.JurorId;
import org.convoca.proposal.ProposalId;

/**
 * A connected part of the panel: jurors and proposals joined through scores (a juror and a proposal
 * are joined when the juror scored it). Offsets are comparable only within a component, and sum to
 * zero in each; a panel of more than one component compares jurors who never shared a proposal with
 * no common reference, which a caller should report.
 *
 * @param index the component's position, 0 first; components are ordered by their first juror
 * @param jurors its jurors, in identifier order, at least one
 * @param proposals its proposals, in identifier order, at least one
 * @param scores how many scores join them
 */
public record PanelComponent(int index, List<JurorId> jurors, List<ProposalId> proposals, int scores) {

  /**
   * Checks that the component is not empty and copies its lists.
   *
   * @param index the component's position, 0 first; components are ordered by their first juror
   * @param jurors its jurors, in identifier order, at least one
   * @param proposals its proposals, in identifier order, at least one
   * @param scores how many scores join them
   */
  public PanelComponent {
    jurors = List.copyOf(requireNonNull(jurors, "'jurors' must not be null"));
    proposals = List.copyOf(requireNonNull(proposals, "'proposals' must not be null"));
    if (jurors.isEmpty() || proposals.isEmpty()) {
      throw new IllegalArgumentException("component " + index + " must have at least one juror and one proposal");
    }
    if (scores < Math.max(jurors.size(), proposals.size())) {
      throw new IllegalArgumentException("component " + index + " must have a score per juror and per proposal, had "
          + scores + " scores");
    }
  }
}
