package org.convoca.validation;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.convoca.proposal.ProposalId;

/**
 * One thing wrong with a claimed selection.
 *
 * @param kind what is wrong
 * @param proposals the proposals involved, possibly none (such as for a missed minimum)
 * @param sentence what is wrong, in a sentence that names the proposals and the numbers
 */
public record Violation(ViolationKind kind, List<ProposalId> proposals, String sentence) {

  /**
   * Checks that no part is missing and copies the proposals.
   *
   * @param kind what is wrong
   * @param proposals the proposals involved, possibly none (such as for a missed minimum)
   * @param sentence what is wrong, in a sentence that names the proposals and the numbers
   */
  public Violation {
    requireNonNull(kind, "'kind' must not be null");
    requireNonNull(sentence, "'sentence' must not be null");
    proposals = List.copyOf(proposals);
  }

  @Override
  public String toString() {
    return kind + ": " + sentence;
  }
}
