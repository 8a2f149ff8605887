package org.convoca.jury;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.convoca.call.CriterionId;
import org.convoca.proposal.ProposalId;
import org.convoca.value.ConvocaStyle;
import org.immutables.value.Value;

/**
 * A score the jury agreed on after discussing a proposal: it replaces the aggregate of the jurors'
 * scores of that proposal on that criterion, and the outcome shows it as a consensus.
 */
@Value.Immutable
@ConvocaStyle
public abstract class AbstractConsensusScore {

  /** {@return the proposal} */
  public abstract ProposalId proposal();

  /** {@return the criterion} */
  public abstract CriterionId criterion();

  /** {@return the agreed score, within the call's scale; like an aggregate, it need not fall on a step} */
  public abstract BigDecimal value();

  /** {@return Why, in a sentence that will be published} */
  public abstract String reason();

  /** {@return when it was agreed} */
  public abstract LocalDate agreedOn();

  @Value.Check
  void check() {
    if (reason().isBlank()) {
      throw new IllegalStateException("'reason' must not be blank");
    }
  }
}
