package org.convoca.jury;

import java.time.LocalDate;
import org.convoca.proposal.ProposalId;
import org.convoca.value.ConvocaStyle;
import org.immutables.value.Value;

/** A recorded jury decision to include or exclude a proposal, with its reason and who took it. */
@Value.Immutable
@ConvocaStyle
public abstract class AbstractJuryOverride {

  /** {@return the proposal} */
  public abstract ProposalId proposal();

  /** {@return whether the jury includes or excludes the proposal} */
  public abstract JuryVerdict verdict();

  /** {@return Why, in a sentence that will be published} */
  public abstract String reason();

  /** {@return who decided, such as "Jury plenary, minutes 4"} */
  public abstract String decidedBy();

  /** {@return when it was decided} */
  public abstract LocalDate decidedOn();
}
