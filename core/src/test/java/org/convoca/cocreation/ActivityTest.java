package org.convoca.cocreation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ActivityTest {

  private static Activity.Builder workshop() {
    return Activity.builder().kind(ActivityKind.WORKSHOP).date(LocalDate.of(2021, 2, 10));
  }

  @Test
  void acceptsCountsOfZeroAndMore() {
    assertThat(workshop().participants(0).responses(3).contributions(9).build().contributions()).isEqualTo(9);
  }

  @Test
  void rejectsNegativeParticipants() {
    assertThatThrownBy(() -> workshop().participants(-1).build()).hasMessageContaining("'participants'");
  }

  @Test
  void rejectsNegativeResponses() {
    assertThatThrownBy(() -> workshop().responses(-1).build()).hasMessageContaining("'responses'");
  }
}
