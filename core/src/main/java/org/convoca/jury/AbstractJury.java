package org.convoca.jury;

import java.util.List;
import org.convoca.value.ConvocaStyle;
import org.immutables.value.Value;

/** The jury of a call: its members, their scores and their recorded overrides. */
@Value.Immutable
@ConvocaStyle
public abstract class AbstractJury {

  /** The jurors. */
  public abstract List<Juror> jurors();

  /** Their scores. */
  public abstract List<JurorScore> scores();

  /** Decisions that override the computed selection. */
  public abstract List<JuryOverride> overrides();
}
