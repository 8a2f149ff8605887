package org.convoca.capacity;

import java.time.LocalDate;
import org.convoca.value.ConvocaStyle;
import org.immutables.value.Value;

/** A person completed a course on a day. */
@Value.Immutable
@ConvocaStyle
public abstract class AbstractCourseCompletion {

  /** {@return who completed it} */
  public abstract PersonId person();

  /** {@return which course} */
  public abstract CourseId course();

  /** {@return the day they completed it} */
  public abstract LocalDate completedOn();
}
