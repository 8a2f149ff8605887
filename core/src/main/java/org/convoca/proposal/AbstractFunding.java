package org.convoca.proposal;

import org.convoca.value.ConvocaStyle;
import org.convoca.value.Money;
import org.immutables.value.Value;

/** The money a proposal asks the program for, and what the applicant puts in itself. */
@Value.Immutable
@ConvocaStyle
public abstract class AbstractFunding {

  /** {@return the funding requested from the call} */
  public abstract Money requested();

  /** {@return the counterpart funding the applicant commits; zero when it commits none} */
  public abstract Money counterpart();

  @Value.Check
  void check() {
    if (!requested().currency().equals(counterpart().currency())) {
      throw new IllegalStateException("'counterpart' must be in the currency of 'requested' ("
          + requested().currency() + "), was " + counterpart().currency());
    }
  }
}
