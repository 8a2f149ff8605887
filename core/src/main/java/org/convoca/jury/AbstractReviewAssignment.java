package org.convoca.jury;

import java.util.List;
import org.convoca.proposal.ProposalId;
import org.convoca.value.ConvocaStyle;
import org.immutables.value.Value;

/**
 * Which jurors review one proposal, as {@code convoca assign} writes it or as the program decided
 * by hand. When a dossier holds assignments, a score by a juror not assigned to its proposal is
 * flagged in the outcome.
 */
@Value.Immutable
@ConvocaStyle
public abstract class AbstractReviewAssignment {

  /** {@return the proposal} */
  public abstract ProposalId proposal();

  /** {@return its reviewers, each once} */
  public abstract List<JurorId> jurors();
}
