package org.convoca.dossier;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reads the text of an input the way Convoca reads every input: only from a regular file, never
 * more than a limit the caller sets, strictly as UTF-8, and without the byte order mark some
 * editors put first. A dossier, a claimed selection and a rule file are all read this way, so that
 * a pipe, a device or a file in another encoding is refused with a reason instead of being misread.
 */
public final class TextInput {

  private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private TextInput() {}

  /**
   * The text of the file at {@code file}. The file's type and size are checked before it is
   * opened, and no more than {@code maxBytes + 1} bytes are read, even from a file that grows.
   *
   * @param file the file to read
   * @param maxBytes the most bytes the file may hold
   * @return the text of the file at {@code file}
   * @throws TextInputException when the file is not a regular file (a directory, a pipe, a device),
   *     has more than {@code maxBytes} bytes, or is not UTF-8
   * @throws IOException when it cannot be read, such as {@link java.nio.file.NoSuchFileException}
   *     or {@link java.nio.file.AccessDeniedException}
   * @throws NullPointerException when {@code file} is null
   * @throws IllegalArgumentException when {@code maxBytes} is negative or {@link Integer#MAX_VALUE}
   */
  public static String read(Path file, int maxBytes) throws IOException {
    try (InputStream in = open(file, maxBytes)) {
      return read(in, maxBytes);
    }
  }

  /**
   * A stream of the file at {@code file}, opened after its type and size are checked as {@link
   * #read(Path, int)} checks them; the caller closes it.
   */
  static InputStream open(Path file, int maxBytes) throws IOException {
    requireNonNull(file, "file");
    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
    if (!attributes.isRegularFile()) {
      throw TextInputException.notARegularFile();
    }
    if (attributes.size() > maxBytes) {
      throw TextInputException.tooLarge(maxBytes);
    }
    return Files.newInputStream(file);
  }

  /**
   * The bytes of {@code in} without a leading byte order mark, passed on only while they are
   * strict UTF-8 ({@link Utf8Bytes}): for a parser of bytes to read the same characters as one of
   * the text decoded strictly, as {@link #decode} decodes it.
   */
  static InputStream utf8(InputStream in) throws IOException {
    java.io.BufferedInputStream buffered = new java.io.BufferedInputStream(in, 1 << 16);
    buffered.mark(BYTE_ORDER_MARK.length);
    if (!startsWithByteOrderMark(buffered.readNBytes(BYTE_ORDER_MARK.length))) {
      buffered.reset();
    }
    return new Utf8Bytes(buffered);
  }

  /**
   * The text of {@code in} up to its end, reading no more than {@code maxBytes + 1} bytes. The
   * stream is not closed.
   *
   * @param in the stream to read; not closed
   * @param maxBytes the most bytes the stream may hold
   * @return the text of {@code in} up to its end, reading no more than {@code maxBytes + 1} bytes
   * @throws TextInputException when the stream has more than {@code maxBytes} bytes or is not UTF-8
   * @throws IOException when it cannot be read
   * @throws NullPointerException when {@code in} is null
   * @throws IllegalArgumentException when {@code maxBytes} is negative or {@link Integer#MAX_VALUE}
   */
  public static String read(InputStream in, int maxBytes) throws IOException {
    requireNonNull(in, "in");
    if (maxBytes < 0 || maxBytes == Integer.MAX_VALUE) {
      throw new IllegalArgumentException("'maxBytes' must be between 0 and " + (Integer.MAX_VALUE - 1) + ", was " + maxBytes);
    }
    return decode(bytes(in, maxBytes));
  }

  /** The bytes of {@code in} up to its end, when there are at most {@code maxBytes}; reads one more at most. */
  static byte[] bytes(InputStream in, int maxBytes) throws IOException {
    byte[] bytes = in.readNBytes(maxBytes + 1);
    if (bytes.length > maxBytes) {
      throw TextInputException.tooLarge(maxBytes);
    }
    return bytes;
  }

  /**
   * The text of {@code bytes} decoded as UTF-8, without a leading byte order mark.
   *
   * @param bytes the bytes to decode as UTF-8
   * @return the text of {@code bytes} decoded as UTF-8, without a leading byte order mark
   * @throws TextInputException when the bytes are not UTF-8; it says at which line and column
   * @throws NullPointerException when {@code bytes} is null
   */
  public static String decode(byte[] bytes) throws TextInputException {
    int start = startsWithByteOrderMark(bytes) ? BYTE_ORDER_MARK.length : 0;
    String text = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
    // A malformed sequence always decodes to U+FFFD; only then is the strict, slower decoder needed.
    if (text.indexOf('\uFFFD') >= 0) {
      int bad = firstMalformedByte(bytes, start);
      if (bad >= 0) {
        throw notUtf8At(bytes, start, bad);
      }
    }
    return text;
  }

  private static boolean startsWithByteOrderMark(byte[] bytes) {
    return bytes.length >= BYTE_ORDER_MARK.length && bytes[0] == BYTE_ORDER_MARK[0]
        && bytes[1] == BYTE_ORDER_MARK[1] && bytes[2] == BYTE_ORDER_MARK[2];
  }

  /** The index of the first byte of the first malformed sequence from {@code start}, or -1. */
  private static int firstMalformedByte(byte[] bytes, int start) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(8192);
    CoderResult result;
    do {
      out.clear();
      result = decoder.decode(in, out, true);
    } while (result.isOverflow());
    return result.isError() ? in.position() : -1;
  }

  /** Counts lines by line feeds and columns by characters: a byte that does not continue a UTF-8 sequence starts one. */
  private static TextInputException notUtf8At(byte[] bytes, int start, int bad) {
    int line = 1;
    int lineStart = start;
    for (int i = start; i < bad; i++) {
      if (bytes[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    int column = 1;
    for (int i = lineStart; i < bad; i++) {
      if ((bytes[i] & 0xC0) != 0x80) {
        column++;
      }
    }
    return TextInputException.notUtf8(line, column);
  }
}
