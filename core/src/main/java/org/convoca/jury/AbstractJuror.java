package org.convoca.jury;

import java.util.List;
import java.util.Optional;
import org.convoca.government.JurisdictionCode;
import org.convoca.value.ConvocaStyle;
import org.immutables.value.Value;

/** A member of the jury. */
@Value.Immutable
@ConvocaStyle
public abstract class AbstractJuror {

  /** Their identifier, unique in the dossier. */
  public abstract JurorId id();

  /** Their name. */
  public abstract String name();

  /** The jurisdiction they come from, if any (used later for conflicts of interest). */
  public abstract Optional<JurisdictionCode> jurisdiction();

  /** Organisations they belong or belonged to. */
  public abstract List<String> affiliations();

  /** Their fields of expertise, such as "open data". */
  public abstract List<String> expertise();
}
