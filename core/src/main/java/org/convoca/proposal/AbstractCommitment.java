package org.convoca.proposal;

import java.util.List;
import org.convoca.value.ConvocaStyle;
import org.immutables.value.Value;

/** A commitment of a proposal: a goal and the milestones that reach it. */
@Value.Immutable
@ConvocaStyle
public abstract class AbstractCommitment {

  /** A short title. */
  public abstract String title();

  /** What the commitment changes and for whom. */
  public abstract String description();

  /** Its milestones, in the order the applicant gave them. */
  public abstract List<Milestone> milestones();
}
