package org.convoca.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import org.junit.jupiter.api.Test;

class TerminalWriterTest {

  private final StringWriter written = new StringWriter();
  private final PrintWriter writer = TerminalWriter.over(new PrintWriter(written, true));

  @Test
  void writesWhatActsOnATerminalAsEscapesAndKeepsLineEndsAndTabs() {
    writer.print("a\tb\r\nc\nESC\u001B[31m BEL\u0007 CR\rX C1\u009B RLO\u202E DEL\u007F é 😀");
    writer.println();
    writer.flush();

    assertThat(written.toString()).isEqualTo("a\tb\r\nc\nESC\\u001B[31m BEL\\u0007 CR\\u000DX C1\\u009B RLO\\u202E DEL\\u007F é 😀"
        + System.lineSeparator());
  }

  @Test
  void escapesSingleCharactersAndCharacterArraysToo() {
    writer.write(27);
    writer.write('\n');
    writer.write("x\u001By".toCharArray(), 1, 2);
    writer.flush();

    assertThat(written.toString()).isEqualTo("\\u001B\n\\u001By");
  }

  @Test
  void leavesTextWithNothingToEscapeAsItIs() {
    String plain = "Selected 50 of 50 slots — Córdoba, Neuquén\n";

    assertThat(TerminalWriter.shown(plain)).isSameAs(plain);
  }

  @Test
  void reportsAFailedWriteOfTheWriterBehindIt() {
    Writer broken = new Writer() {
      @Override
      public void write(char[] buf, int off, int len) throws IOException {
        throw new IOException("No space left on device");
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    PrintWriter failing = TerminalWriter.over(new PrintWriter(broken));

    failing.println("result");

    assertThat(failing.checkError()).isTrue();
  }

  @Test
  void wrapsAWriterOnce() {
    assertThat(TerminalWriter.over(writer)).isSameAs(writer);
  }
}
