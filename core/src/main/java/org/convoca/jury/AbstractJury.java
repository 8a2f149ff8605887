package org.convoca.jury;

import java.util.List;
import org.convoca.value.ConvocaStyle;
import org.immutables.value.Value;

/** The jury of a call: its members, their scores, overrides, declared conflicts, assignments and consensus scores. */
@Value.Immutable
@ConvocaStyle
public abstract class AbstractJury {

  /** {@return the jurors} */
  public abstract List<Juror> jurors();

  /** {@return their scores} */
  public abstract List<JurorScore> scores();

  /** {@return the decisions that override the computed selection} */
  public abstract List<JuryOverride> overrides();

  /** {@return the conflicts of interest the jurors declared} */
  public abstract List<ConflictDeclaration> conflicts();

  /** {@return who reviews which proposal; empty when the program did not record it} */
  public abstract List<ReviewAssignment> assignments();

  /** {@return the scores the jury agreed on after discussion, each replacing an aggregate} */
  public abstract List<ConsensusScore> consensus();
}
