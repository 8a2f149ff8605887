package org.convoca.jury;

import java.math.BigDecimal;
import java.util.Optional;
import org.convoca.call.CriterionId;
import org.convoca.proposal.ProposalId;
import org.convoca.value.ConvocaStyle;
import org.immutables.value.Value;

/** One juror's score of one proposal on one criterion, on the call's scale. */
@Value.Immutable
@ConvocaStyle
public abstract class AbstractJurorScore {

  /** {@return who scored} */
  public abstract JurorId juror();

  /** {@return the proposal scored} */
  public abstract ProposalId proposal();

  /** {@return the criterion scored} */
  public abstract CriterionId criterion();

  /** {@return the score, on the call's scale} */
  public abstract BigDecimal value();

  /** {@return the juror's reasons, if written} */
  public abstract Optional<String> comment();
}
