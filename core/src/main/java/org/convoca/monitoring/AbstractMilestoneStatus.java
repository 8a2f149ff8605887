package org.convoca.monitoring;

import java.util.List;
import java.util.Optional;
import org.convoca.proposal.MilestoneId;
import org.convoca.value.ConvocaStyle;
import org.immutables.value.Value;

/** Where one milestone stands in a progress report, with links to the evidence. */
@Value.Immutable
@ConvocaStyle
public abstract class AbstractMilestoneStatus {

  /** {@return the milestone, one of the proposal's} */
  public abstract MilestoneId milestone();

  /** {@return how far it is completed} */
  public abstract CompletionLevel completion();

  /** {@return links to evidence anyone can check} */
  public abstract List<String> evidence();

  /**
   * {@return why the milestone stands where it does, in the reporting government's words; required
   * when a milestone reported {@link CompletionLevel#COMPLETE} in an earlier report is reported
   * less than complete in a later one}
   */
  public abstract Optional<String> reason();
}
