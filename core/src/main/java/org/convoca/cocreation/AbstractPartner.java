package org.convoca.cocreation;

import java.util.List;
import org.convoca.capacity.PersonId;
import org.convoca.capacity.Sector;
import org.convoca.value.ConvocaStyle;
import org.immutables.value.Value;

/** An organisation a proposal was co-created with. */
@Value.Immutable
@ConvocaStyle
public abstract class AbstractPartner {

  /** {@return the organisation's name} */
  public abstract String organisation();

  /** {@return the sector it belongs to} */
  public abstract Sector sector();

  /** {@return its role in the proposal} */
  public abstract PartnerRole role();

  /**
   * {@return the people of the organisation who work on the proposal} Their course completions count
   * as partners trained.
   */
  public abstract List<PersonId> contacts();

  /**
   * {@return whether the partner is outside government (civil society, citizens, academia, private sector)}
   */
  public boolean nonGovernmental() {
    return !sector().isGovernmental();
  }
}
