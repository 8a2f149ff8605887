package org.convoca.call;

import java.util.Optional;
import org.convoca.value.ConvocaStyle;
import org.immutables.value.Value;

/** One step of the call's tie-break chain, such as "higher points on co-creation". */
@Value.Immutable
@ConvocaStyle
public abstract class AbstractTieBreak {

  /** {@return what the step compares} */
  public abstract TieBreakKind kind();

  /** {@return for a {@link TieBreakKind#CRITERION} step, the criterion compared; empty otherwise} */
  public abstract Optional<CriterionId> criterion();

  @Value.Check
  void check() {
    if ((kind() == TieBreakKind.CRITERION) != criterion().isPresent()) {
      throw new IllegalStateException("'criterion' is required for a CRITERION step and only for it");
    }
  }
}
