package org.convoca.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.convoca.sample.Theories.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Utf8Bytes} passes on exactly the bytes that the JDK's strict decoder reads as UTF-8 and
 * that hold no NUL and no byte order mark as their first character, whatever pieces the bytes are
 * read in: so that Jackson's byte parser reads the same characters as a parser of the decoded text.
 */
class Utf8BytesTest {

  /** Bytes at and around every boundary of UTF-8's forms, and ASCII. */
  private static final int[] BYTES = {0x00, 0x01, 0x22, 0x41, 0x7B, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBB, 0xBF,
      0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xF8, 0xFE, 0xFF};

  @Test
  void passesWhatTheStrictDecoderReadsAndRefusesTheRest() {
    qt(20_000).forAll(longs().all()).checkAssert(seed -> {
      Random random = new Random(seed);
      byte[] bytes = random.nextInt(4) == 0 ? wellFormed(random) : anyBytes(random);

      assertThat(passes(bytes, random)).as(hex(bytes)).isEqualTo(strictlyUtf8(bytes));
    });
  }

  @Test
  void passesEveryCharacterOfTheBasicPlaneButSurrogatesAndNulAndEveryOtherPlane() throws IOException {
    StringBuilder text = new StringBuilder();
    for (int c = 1; c <= 0x10FFFF; c++) {
      if (c < Character.MIN_SURROGATE || c > Character.MAX_SURROGATE) {
        text.appendCodePoint(c);
      }
    }
    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);

    assertThat(read(bytes, 8000)).isEqualTo(bytes);
  }

  @Test
  void refusesOverlongFormsSurrogatesAndWhatLiesBeyondUnicode() {
    for (int[] malformed : new int[][] {{0xC0, 0x80}, {0xC1, 0xBF}, {0xE0, 0x80, 0x80}, {0xE0, 0x9F, 0xBF},
        {0xED, 0xA0, 0x80}, {0xED, 0xBF, 0xBF}, {0xF0, 0x80, 0x80, 0x80}, {0xF0, 0x8F, 0xBF, 0xBF},
        {0xF4, 0x90, 0x80, 0x80}, {0xF5, 0x80, 0x80, 0x80}, {0x80}, {0xE2, 0x82}, {0x41, 0x00, 0x42}}) {
      byte[] bytes = new byte[malformed.length];
      for (int i = 0; i < bytes.length; i++) {
        bytes[i] = (byte) malformed[i];
      }
      assertThatThrownBy(() -> read(bytes, 1)).as(hex(bytes)).isInstanceOf(MalformedInputException.class);
    }
  }

  @Test
  void refusesAByteOrderMarkFirstButNotLater() throws IOException {
    byte[] first = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '{', '}'};
    byte[] later = {'"', (byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '"'};
    byte[] almost = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBE, '{', '}'};

    assertThatThrownBy(() -> read(first, 1)).isInstanceOf(MalformedInputException.class);
    assertThat(read(later, 2)).isEqualTo(later);
    assertThat(read(almost, 1)).isEqualTo(almost);
  }

  @Test
  void skipsOneByteOrderMarkAndRefusesASecond() throws IOException {
    byte[] one = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '{', '}'};
    byte[] two = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '{', '}'};

    try (InputStream in = TextInput.utf8(new ByteArrayInputStream(one))) {
      assertThat(in.readAllBytes()).containsExactly('{', '}');
    }
    try (InputStream in = TextInput.utf8(new ByteArrayInputStream(two))) {
      assertThatThrownBy(in::readAllBytes).isInstanceOf(MalformedInputException.class);
    }
  }

  /** Whether the stream passes every byte, read in pieces of sizes drawn at random. */
  private static boolean passes(byte[] bytes, Random random) {
    try {
      return java.util.Arrays.equals(read(bytes, 1 + random.nextInt(7)), bytes);
    } catch (MalformedInputException e) {
      return false;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static byte[] read(byte[] bytes, int piece) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (InputStream in = new Utf8Bytes(new ByteArrayInputStream(bytes))) {
      byte[] buffer = new byte[piece];
      for (int read = in.read(buffer, 0, piece); read >= 0; read = in.read(buffer, 0, piece)) {
        out.write(buffer, 0, read);
      }
    }
    return out.toByteArray();
  }

  /** What the reader otherwise requires: strict UTF-8, with no NUL and no byte order mark first. */
  private static boolean strictlyUtf8(byte[] bytes) {
    try {
      String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
      return text.indexOf('\u0000') < 0 && !text.startsWith("\uFEFF");
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static byte[] anyBytes(Random random) {
    byte[] bytes = new byte[random.nextInt(12)];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) BYTES[random.nextInt(BYTES.length)];
    }
    return bytes;
  }

  private static byte[] wellFormed(Random random) {
    StringBuilder text = new StringBuilder();
    for (int n = random.nextInt(6); n > 0; n--) {
      int c = switch (random.nextInt(5)) {
        case 0 -> random.nextInt(0x80);
        case 1 -> 0x80 + random.nextInt(0x780);
        case 2 -> 0x800 + random.nextInt(0xF800);
        case 3 -> 0xFEFF;
        default -> 0x10000 + random.nextInt(0x100000);
      };
      if (c < Character.MIN_SURROGATE || c > Character.MAX_SURROGATE) {
        text.appendCodePoint(c);
      }
    }
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String hex(byte[] bytes) {
    StringBuilder hex = new StringBuilder();
    for (byte b : bytes) {
      hex.append(String.format(java.util.Locale.ROOT, "%02X ", b & 0xFF));
    }
    return hex.toString();
  }
}
