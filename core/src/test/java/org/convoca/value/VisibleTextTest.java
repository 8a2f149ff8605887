package org.convoca.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VisibleTextTest {

  @Test
  void leavesPrintableTextInAnyScriptAsItIs() {
    String text = "Participación ciudadana en Tafí del Valle — 100 % abierta, 参加 🙂";

    assertThat(VisibleText.of(text)).isSameAs(text);
  }

  @Test
  void writesAnsiEscapesBellAndNulAsVisibleCodes() {
    assertThat(VisibleText.of("valid\u001B[8m hidden\u0007\u0000"))
        .isEqualTo("valid\\u001B[8m hidden\\u0007\\u0000");
  }

  @Test
  void writesLineBreaksTabsAndC1ControlsAsVisibleCodes() {
    assertThat(VisibleText.of("one\ntwo\tthree\r\u0085")).isEqualTo("one\\u000Atwo\\u0009three\\u000D\\u0085");
  }

  @Test
  void writesBidiControlsAndSeparatorsAsVisibleCodes() {
    assertThat(VisibleText.of("abc\u202Efed\u2066x\u2069\u2028")).isEqualTo("abc\\u202Efed\\u2066x\\u2069\\u2028");
  }

  @Test
  void writesHalfASurrogatePairButKeepsAWholeOne() {
    assertThat(VisibleText.of("\uD83D\uDE42 and \uD83D alone")).isEqualTo("\uD83D\uDE42 and \\uD83D alone");
  }

  @Test
  void aTextReadAgainIsWrittenAsTheFirstTimeWhetherOrNotItHidesSomething() {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      texts.add("Every milestone names its deliverable, number " + i + (i % 7 == 0 ? "\u001B[8m" : "."));
    }
    for (int round = 0; round < 3; round++) {
      for (int i = 0; i < texts.size(); i++) {
        String text = texts.get(i);
        if (i % 7 == 0) {
          assertThat(VisibleText.of(text)).endsWith("\\u001B[8m");
        } else {
          assertThat(VisibleText.of(text)).isSameAs(text);
        }
      }
    }
  }
}
