package org.convoca.cocreation;

import java.time.LocalDate;
import java.util.Optional;
import org.convoca.value.ConvocaStyle;
import org.immutables.value.Value;

/** A participation activity held while the proposal was co-created, with its reach. */
@Value.Immutable
@ConvocaStyle
public abstract class AbstractActivity {

  /** {@return what kind of activity it was} */
  public abstract ActivityKind kind();

  /** {@return the day it was held (or the day it closed, for surveys and consultations)} */
  public abstract LocalDate date();

  /** {@return how many people took part} */
  @Value.Default
  public int participants() {
    return 0;
  }

  /** {@return how many responses it received (surveys)} */
  @Value.Default
  public int responses() {
    return 0;
  }

  /** {@return how many contributions it received (consultations, workshops)} */
  @Value.Default
  public int contributions() {
    return 0;
  }

  /** {@return a short description} */
  public abstract Optional<String> description();

  @Value.Check
  void check() {
    if (participants() < 0 || responses() < 0 || contributions() < 0) {
      throw new IllegalStateException("'participants', 'responses' and 'contributions' must not be negative");
    }
  }
}
