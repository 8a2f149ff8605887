package org.convoca.capacity;

import java.util.Optional;
import org.convoca.value.ConvocaStyle;
import org.immutables.value.Value;

/** A capacity-building course of the program. */
@Value.Immutable
@ConvocaStyle
public abstract class AbstractCourse {

  /** {@return its identifier, unique in the dossier} */
  public abstract CourseId id();

  /** {@return its title, such as "Open data for local governments"} */
  public abstract String name();

  /**
   * {@return the open-government mechanism it teaches, if it teaches one (open data, participatory budgeting, ...)}
   */
  public abstract Optional<String> mechanism();

  /** {@return its length in hours} */
  public abstract int hours();

  @Value.Check
  void check() {
    if (hours() <= 0) {
      throw new IllegalStateException("'hours' must be more than 0, was " + hours());
    }
  }
}
