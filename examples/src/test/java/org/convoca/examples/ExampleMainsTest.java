package org.convoca.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The runnable examples run to the end and print what their comments promise. */
class ExampleMainsTest {

  @Test
  void embeddingExamplePrintsTheSelectionAndAReason() {
    String out = capture(() -> EmbeddingExample.main(new String[0]));

    assertThat(out).contains("Selected ").containsPattern("fingerprint [0-9a-f]{64}").contains("Markdown report has");
  }

  @Test
  void ruleAuthorExampleShowsWhoMovedAndBothFingerprints() {
    String out = capture(() -> RuleAuthorExample.main(new String[] {"my-rules"}));

    assertThat(out).contains("moved in:").contains("moved out:").contains("fingerprint before").contains("fingerprint after")
        .containsPattern("largest change: P-\\d+ [0-9.]+ -> [0-9.]+");
    String before = out.lines().filter(l -> l.contains("fingerprint before")).findFirst().orElseThrow();
    String after = out.lines().filter(l -> l.contains("fingerprint after")).findFirst().orElseThrow();
    assertThat(before.substring(before.length() - 64)).isNotEqualTo(after.substring(after.length() - 64));
  }

  private static String capture(Runnable main) {
    PrintStream original = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      main.run();
    } finally {
      System.setOut(original);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
