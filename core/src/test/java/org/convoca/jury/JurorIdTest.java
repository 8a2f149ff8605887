package org.convoca.jury;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JurorIdTest {

  @Test
  void keepsItsValue() {
    assertThat(JurorId.of("J-1")).hasToString("J-1");
  }

  @Test
  void rejectsABlankValue() {
    assertThatThrownBy(() -> JurorId.of("")).hasMessage("'jurorId' must not be blank");
  }
}
