package org.convoca.capacity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The structural checks of capacity values, each with a passing and a failing case. */
class CapacityValuesTest {

  private static Course.Builder course() {
    return Course.builder().id(CourseId.of("C-1")).name("Open data");
  }

  @Test
  void courseAcceptsOneHour() {
    assertThat(course().hours(1).build().hours()).isEqualTo(1);
  }

  @Test
  void courseRejectsZeroHours() {
    assertThatThrownBy(() -> course().hours(0).build()).hasMessage("'hours' must be more than 0, was 0");
  }

  @Test
  void courseIdKeepsItsValueAndRejectsABlankOne() {
    assertThat(CourseId.of("C-1")).hasToString("C-1");
    assertThatThrownBy(() -> CourseId.of("")).hasMessage("'courseId' must not be blank");
  }

  @Test
  void personIdKeepsItsValueAndRejectsABlankOne() {
    assertThat(PersonId.of("PER-1")).hasToString("PER-1");
    assertThatThrownBy(() -> PersonId.of("\t")).hasMessage("'personId' must not be blank");
  }
}
