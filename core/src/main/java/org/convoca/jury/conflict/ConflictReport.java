package org.convoca.jury.conflict;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.convoca.jury.assignment.ConflictingPair;

/**
 * The conflicts found in a panel.
 *
 * @param conflicts one per conflicted juror, proposal and kind, sorted by proposal, juror and kind;
 *     never null; copied
 */
public record ConflictReport(List<Conflict> conflicts) {

  /**
   * Copies the conflicts, sorted.
   *
   * @param conflicts one per conflicted juror, proposal and kind, sorted by proposal, juror and kind;
   *     never null; copied
   * @throws NullPointerException when the list or one of its conflicts is null
   * @throws IllegalArgumentException when two conflicts have the same juror, proposal and kind
   */
  public ConflictReport {
    conflicts = requireNonNull(conflicts, "'conflicts' must not be null").stream().sorted().toList();
    for (int i = 1; i < conflicts.size(); i++) {
      Conflict conflict = conflicts.get(i);
      if (conflict.compareTo(conflicts.get(i - 1)) == 0) {
        throw new IllegalArgumentException("the " + conflict.kind() + " conflict of " + conflict.juror() + " with "
            + conflict.proposal() + " is listed twice; join its reasons into one");
      }
    }
  }

  /**
   * The conflicts as the assigner's {@code AssignmentProblem} takes them: one pair per conflict, in
   * the same order, so a pair with several kinds appears once per kind.
   *
   * @return the conflicts as the assigner's {@code AssignmentProblem} takes them: one pair per
   *     conflict, in the same order, so a pair with several kinds appears once per kind
   */
  public List<ConflictingPair> conflictingPairs() {
    return conflicts.stream().map(Conflict::toConflictingPair).toList();
  }
}
