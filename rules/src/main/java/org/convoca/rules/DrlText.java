package org.convoca.rules;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/** The text of a DRL file from its bytes: strict UTF-8, a leading byte-order mark dropped. */
final class DrlText {

  private static final char BYTE_ORDER_MARK = '\uFEFF';

  /** The bytes are not UTF-8: {@link #line()} and the message say where. */
  static final class NotUtf8 extends Exception {
    private static final long serialVersionUID = 1L;
    private final int line;

    NotUtf8(int line, int column) {
      super("not UTF-8 at line " + line + ", column " + column + ": save the file as UTF-8");
      this.line = line;
    }

    int line() {
      return line;
    }
  }

  private DrlText() {}

  /**
   * The text of {@code bytes}.
   *
   * @throws NotUtf8 at the first byte sequence that is not UTF-8, with its line and column
   */
  static String decode(byte[] bytes) throws NotUtf8 {
    CharsetDecoder decoder = UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(ByteBuffer.wrap(bytes), out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      String read = out.flip().toString();
      int line = 1 + (int) read.chars().filter(c -> c == '\n').count();
      int column = read.length() - read.lastIndexOf('\n');
      throw new NotUtf8(line, column);
    }
    String text = out.flip().toString();
    return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
  }
}
