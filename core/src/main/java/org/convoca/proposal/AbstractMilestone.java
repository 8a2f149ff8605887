package org.convoca.proposal;

import java.time.LocalDate;
import java.util.Optional;
import org.convoca.value.ConvocaStyle;
import org.immutables.value.Value;

/** A dated deliverable of a commitment. It is verifiable when it names a means of verification. */
@Value.Immutable
@ConvocaStyle
public abstract class AbstractMilestone {

  /** {@return its identifier, unique within the proposal} */
  public abstract MilestoneId id();

  /** {@return what will be delivered, such as "Open data portal with 20 datasets published"} */
  public abstract String deliverable();

  /** {@return when it is due} */
  public abstract LocalDate due();

  /**
   * {@return how anyone can check it was delivered, such as "URL of the portal"; empty when none is given}
   */
  public abstract Optional<String> verification();

  /** {@return whether the milestone names a means of verification that is not blank} */
  public boolean verifiable() {
    return verification().filter(v -> !v.isBlank()).isPresent();
  }
}
