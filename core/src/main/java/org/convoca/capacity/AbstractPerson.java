package org.convoca.capacity;

import org.convoca.value.ConvocaStyle;
import org.immutables.value.Value;

/** A person known to the program: a trainee, a team member, or a partner organisation's contact. */
@Value.Immutable
@ConvocaStyle
public abstract class AbstractPerson {

  /** {@return their identifier, unique in the dossier} */
  public abstract PersonId id();

  /** {@return their name} */
  public abstract String name();

  /** {@return the sector they come from} */
  public abstract Sector sector();

  /** {@return the organisation they belong to, such as a municipality or an NGO} */
  public abstract String organisation();
}
