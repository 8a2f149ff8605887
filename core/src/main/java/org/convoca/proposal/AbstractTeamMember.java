package org.convoca.proposal;

import org.convoca.capacity.PersonId;
import org.convoca.value.ConvocaStyle;
import org.immutables.value.Value;

/** A person on a proposal's implementation team. Their course completions count as the team's training. */
@Value.Immutable
@ConvocaStyle
public abstract class AbstractTeamMember {

  /** {@return Who} */
  public abstract PersonId person();

  /** {@return their role in the team, such as "project lead"} */
  public abstract String role();
}
