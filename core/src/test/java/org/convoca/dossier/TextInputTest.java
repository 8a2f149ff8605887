package org.convoca.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.convoca.dossier.internal.Json;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs are read only from regular files, within a limit, strictly as UTF-8. */
class TextInputTest {

  @TempDir
  Path dir;

  private static byte[] bytes(int... values) {
    byte[] bytes = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      bytes[i] = (byte) values[i];
    }
    return bytes;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] both = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    return both;
  }

  @Test
  void decodesUtf8WithoutTheByteOrderMark() throws Exception {
    byte[] text = concat(bytes(0xEF, 0xBB, 0xBF), "Córdoba".getBytes(StandardCharsets.UTF_8));

    assertThat(TextInput.decode(text)).isEqualTo("Córdoba");
  }

  @Test
  void keepsAReplacementCharacterThatIsWrittenInUtf8() throws Exception {
    assertThat(TextInput.decode("a\uFFFDb".getBytes(StandardCharsets.UTF_8))).isEqualTo("a\uFFFDb");
  }

  @Test
  void reportsTheLineAndColumnOfTheFirstByteThatIsNotUtf8() {
    byte[] text = concat("{\"añb\":\n  \"é".getBytes(StandardCharsets.UTF_8), bytes(0xF3, '"', '}'));

    assertThatThrownBy(() -> TextInput.decode(text)).isInstanceOfSatisfying(TextInputException.class, e -> {
      assertThat(e.kind()).isEqualTo(TextInputException.Kind.NOT_UTF8);
      assertThat(e.line()).isEqualTo(2);
      assertThat(e.column()).isEqualTo(5);
      assertThat(e).hasMessage("not UTF-8 at line 2, column 5");
    });
  }

  @Test
  void countsColumnsAfterTheByteOrderMarkFromOne() {
    byte[] text = concat(bytes(0xEF, 0xBB, 0xBF), bytes('a', 0xE9));

    assertThatThrownBy(() -> TextInput.decode(text)).hasMessage("not UTF-8 at line 1, column 2");
  }

  @Test
  void refusesASequenceCutShortAtTheEnd() {
    assertThatThrownBy(() -> TextInput.decode(bytes('a', 'b', 0xC3))).hasMessage("not UTF-8 at line 1, column 3");
  }

  @Test
  void refusesAnOverlongEncodingAndUtf16() {
    assertThatThrownBy(() -> TextInput.decode(bytes('a', 0xC0, 0xAF))).hasMessage("not UTF-8 at line 1, column 2");
    assertThatThrownBy(() -> TextInput.decode("{}".getBytes(StandardCharsets.UTF_16)))
        .hasMessage("not UTF-8 at line 1, column 1");
  }

  @Test
  void refusesADirectoryBeforeReadingIt() {
    assertThatThrownBy(() -> TextInput.read(dir, 100)).isInstanceOfSatisfying(TextInputException.class,
        e -> assertThat(e.kind()).isEqualTo(TextInputException.Kind.NOT_A_REGULAR_FILE));
  }

  @Test
  void refusesANamedPipeWithoutOpeningIt() throws Exception {
    Path fifo = dir.resolve("fifo");
    assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo is available");

    // Opening a pipe that nobody writes to would block: the timeout shows it is never opened.
    Assertions.assertTimeoutPreemptively(Duration.ofSeconds(5), () ->
        assertThatThrownBy(() -> TextInput.read(fifo, 100)).hasMessage("not a regular file"));
  }

  @Test
  void refusesADeviceThatNeverEnds() {
    Path zero = Path.of("/dev/zero");
    assumeTrue(Files.exists(zero), "/dev/zero exists");

    assertThatThrownBy(() -> TextInput.read(zero, 100)).hasMessage("not a regular file");
  }

  @Test
  void refusesAFileLargerThanTheLimitByItsSize() throws Exception {
    Path big = dir.resolve("big.json");
    try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
      file.setLength(Json.MAX_DOCUMENT_LENGTH + 1L);  // sparse: nothing is written, and nothing must be read
    }

    Assertions.assertTimeoutPreemptively(Duration.ofSeconds(5), () ->
        assertThatThrownBy(() -> TextInput.read(big, Json.MAX_DOCUMENT_LENGTH))
            .isInstanceOfSatisfying(TextInputException.class, e -> {
              assertThat(e.kind()).isEqualTo(TextInputException.Kind.TOO_LARGE);
              assertThat(e.limit()).isEqualTo(Json.MAX_DOCUMENT_LENGTH);
              assertThat(e).hasMessage("larger than the limit of 536,870,912 bytes");
            }));
  }

  @Test
  void readsAFileOfExactlyTheLimit() throws Exception {
    Path file = Files.writeString(dir.resolve("ten.txt"), "0123456789");

    assertThat(TextInput.read(file, 10)).isEqualTo("0123456789");
    assertThatThrownBy(() -> TextInput.read(file, 9)).hasMessage("larger than the limit of 9 bytes");
  }

  @Test
  void stopsReadingAStreamOneByteAfterTheLimit() {
    AtomicLong served = new AtomicLong();
    InputStream endless = new InputStream() {
      @Override
      public int read() {
        served.incrementAndGet();
        return ' ';
      }
    };

    assertThatThrownBy(() -> TextInput.read(endless, 1000)).hasMessage("larger than the limit of 1,000 bytes");
    assertThat(served.get()).isEqualTo(1001);
  }

  @Test
  void readsAStreamWithinTheLimit() throws Exception {
    assertThat(TextInput.read(new ByteArrayInputStream("[]".getBytes(StandardCharsets.UTF_8)), 2)).isEqualTo("[]");
  }
}
