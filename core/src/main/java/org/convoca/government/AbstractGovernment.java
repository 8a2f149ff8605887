package org.convoca.government;

import java.util.Optional;
import org.convoca.value.ConvocaStyle;
import org.immutables.value.Value;

/** A government that may apply to a call, or that a municipality belongs to. */
@Value.Immutable
@ConvocaStyle
public abstract class AbstractGovernment {

  /** {@return its identifier, unique in the dossier} */
  public abstract GovernmentId id();

  /** {@return its name, such as "Municipalidad de Rafaela"} */
  public abstract String name();

  /** {@return its level: national, provincial or municipal} */
  public abstract GovernmentLevel level();

  /** {@return the first-level jurisdiction it governs or lies in} */
  public abstract JurisdictionCode jurisdiction();

  /** {@return the population it serves} */
  public abstract long population();

  /** {@return for a municipality, the province it belongs to; empty for other levels} */
  public abstract Optional<GovernmentId> province();

  /**
   * {@return whether it had open-government experience before the call (a plan, a reform, a co-creation exercise)}
   */
  @Value.Default
  public boolean openGovernmentExperience() {
    return false;
  }

  @Value.Check
  void check() {
    if (population() < 0) {
      throw new IllegalStateException("'population' must not be negative, was " + population());
    }
    if (level() == GovernmentLevel.MUNICIPAL && province().isEmpty()) {
      throw new IllegalStateException("'province' is required for a municipal government");
    }
    if (level() != GovernmentLevel.MUNICIPAL && province().isPresent()) {
      throw new IllegalStateException("'province' is only allowed for a municipal government, was given for " + level());
    }
  }
}
