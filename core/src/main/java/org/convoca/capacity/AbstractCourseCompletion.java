package org.convoca.capacity;

import java.time.LocalDate;
import org.convoca.value.ConvocaStyle;
import org.immutables.value.Value;

/** A person completed a course on a day. */
@Value.Immutable
@ConvocaStyle
public abstract class AbstractCourseCompletion {

  /** Who completed it. */
  public abstract PersonId person();

  /** Which course. */
  public abstract CourseId course();

  /** The day they completed it. */
  public abstract LocalDate completedOn();
}
