package org.convoca.proposal;

import java.util.List;
import org.convoca.value.ConvocaStyle;
import org.immutables.value.Value;

/** A commitment of a proposal: a goal and the milestones that reach it. */
@Value.Immutable
@ConvocaStyle
public abstract class AbstractCommitment {

  /** {@return a short title} */
  public abstract String title();

  /** {@return what the commitment changes and for whom} */
  public abstract String description();

  /** {@return its milestones, in the order the applicant gave them} */
  public abstract List<Milestone> milestones();
}
