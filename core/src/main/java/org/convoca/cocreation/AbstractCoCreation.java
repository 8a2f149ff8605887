package org.convoca.cocreation;

import java.util.List;
import org.convoca.value.ConvocaStyle;
import org.immutables.value.Value;

/** How a proposal was co-created: with whom, and through which activities. */
@Value.Immutable
@ConvocaStyle
public abstract class AbstractCoCreation {

  /** {@return the partner organisations} */
  public abstract List<Partner> partners();

  /** {@return the participation activities} */
  public abstract List<Activity> activities();
}
