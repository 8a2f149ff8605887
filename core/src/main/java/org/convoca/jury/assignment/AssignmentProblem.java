package org.convoca.jury.assignment;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.convoca.jury.JurorId;
import org.convoca.proposal.ProposalId;

/**
 * What the assigner needs: the proposals, the jurors, how many reviewers each proposal gets and
 * which juror–proposal pairs are conflicted. The order of every list is irrelevant to the result.
 *
 * @param proposals the proposals to cover, with distinct ids, never null
 * @param jurors the jurors available, with distinct ids, never null
 * @param reviewersPerProposal how many distinct jurors each proposal needs, 1 or more
 * @param conflicts the pairs that must not be assigned, each naming a listed juror and proposal;
 *     a pair may appear more than once with different reasons
 */
public record AssignmentProblem(List<ProposalToAssign> proposals, List<AvailableJuror> jurors,
    int reviewersPerProposal, List<ConflictingPair> conflicts) {

  /**
   * Copies the lists and checks that they fit together.
   *
   * @param proposals the proposals to cover, with distinct ids, never null
   * @param jurors the jurors available, with distinct ids, never null
   * @param reviewersPerProposal how many distinct jurors each proposal needs, 1 or more
   * @param conflicts the pairs that must not be assigned, each naming a listed juror and proposal;
   *     a pair may appear more than once with different reasons
   * @throws NullPointerException when a list or one of its elements is null
   * @throws IllegalArgumentException when {@code reviewersPerProposal} is below 1, an id is
   *     repeated, or a conflict names a juror or proposal that is not listed
   */
  public AssignmentProblem {
    proposals = List.copyOf(proposals);
    jurors = List.copyOf(jurors);
    conflicts = List.copyOf(conflicts);
    if (reviewersPerProposal < 1) {
      throw new IllegalArgumentException(
          "'reviewersPerProposal' must be 1 or more, was " + reviewersPerProposal);
    }
    Set<ProposalId> proposalIds = new HashSet<>();
    for (ProposalToAssign proposal : proposals) {
      if (!proposalIds.add(proposal.id())) {
        throw new IllegalArgumentException("proposal " + proposal.id() + " is listed twice");
      }
    }
    Set<JurorId> jurorIds = new HashSet<>();
    for (AvailableJuror juror : jurors) {
      if (!jurorIds.add(juror.id())) {
        throw new IllegalArgumentException("juror " + juror.id() + " is listed twice");
      }
    }
    for (ConflictingPair conflict : conflicts) {
      if (!jurorIds.contains(conflict.juror())) {
        throw new IllegalArgumentException("a conflict names juror " + conflict.juror() + ", who is not listed");
      }
      if (!proposalIds.contains(conflict.proposal())) {
        throw new IllegalArgumentException(
            "a conflict names proposal " + conflict.proposal() + ", which is not listed");
      }
    }
  }
}
