package org.convoca.selection;

import java.util.List;
import org.convoca.assessment.Assessment;
import org.convoca.dossier.Dossier;
import org.convoca.proposal.ProposalId;

/**
 * Places selected proposals in the call's tracks. The rules module implements it with the rule
 * book's post-selection rules; core stays free of Drools.
 */
@FunctionalInterface
public interface TrackAssigner {

  /** Assigns no proposal to any track. */
  TrackAssigner NONE = (dossier, assessments, selected) -> List.of();

  /**
   * The placements of the selected proposals, in each track by rank.
   *
   * @param dossier the dossier, for the call's tracks and the proposals
   * @param assessments the assessments of all proposals
   * @param selectedInRankOrder the ids of the selected proposals, best first
   * @return the placements of the selected proposals, in each track by rank
   */
  List<TrackPlacement> assign(Dossier dossier, List<Assessment> assessments, List<ProposalId> selectedInRankOrder);
}
