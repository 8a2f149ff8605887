package org.convoca.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The build's training run splits its arguments into commands at each lone {@code +}. */
class StartUpTrainingTest {

  @Test
  void splitsTheArgumentsIntoCommandsAtEachLonePlus() {
    assertThat(StartUpTraining.commands(new String[] {"assess", "a.json", "--out", "o", "+", "assess", "a.json",
        "--rules", "r+s", "+", "+"}))
        .containsExactly(List.of("assess", "a.json", "--out", "o"), List.of("assess", "a.json", "--rules", "r+s"));
    assertThat(StartUpTraining.commands(new String[0])).isEmpty();
  }
}
