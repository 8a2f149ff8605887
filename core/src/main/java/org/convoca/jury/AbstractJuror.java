package org.convoca.jury;

import java.util.List;
import java.util.Optional;
import org.convoca.capacity.PersonId;
import org.convoca.government.JurisdictionCode;
import org.convoca.value.ConvocaStyle;
import org.immutables.value.Value;

/** A member of the jury. */
@Value.Immutable
@ConvocaStyle
public abstract class AbstractJuror {

  /** {@return their identifier, unique in the dossier} */
  public abstract JurorId id();

  /** {@return their name} */
  public abstract String name();

  /** {@return the jurisdiction they come from, if any (used later for conflicts of interest)} */
  public abstract Optional<JurisdictionCode> jurisdiction();

  /** {@return the organisations they belong or belonged to} */
  public abstract List<String> affiliations();

  /**
   * {@return their fields of expertise, such as "open data"; a field that is a theme code of the call matches proposals on that theme}
   */
  public abstract List<String> expertise();

  /**
   * {@return the person they are, when they are also in the dossier's people (a trainee, a team member, a partner's contact)}
   */
  public abstract Optional<PersonId> person();

  /** {@return the most proposals they can review; empty for no limit} */
  public abstract Optional<Integer> capacity();

  @Value.Check
  void check() {
    capacity().filter(c -> c < 0).ifPresent(c -> {
      throw new IllegalStateException("'capacity' must not be negative, was " + c);
    });
  }
}
