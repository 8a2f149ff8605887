package org.convoca.dossier;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.MalformedInputException;

/**
 * The bytes of a stream, passed on only while they are strict UTF-8, as the JDK's decoder reads it
 * when it reports malformed input: no overlong form, no surrogate, nothing beyond U+10FFFF, no
 * sequence cut short by the end. It also refuses a NUL byte, and the byte order mark as the first
 * character, so that Jackson's byte parser, which guesses the encoding from the first bytes and
 * skips a byte order mark, reads the same characters as a parser of the decoded text: a JSON text
 * holds neither outside an escape or a string's content, where Jackson refuses a raw NUL too.
 *
 * <p>What it refuses is a {@link MalformedInputException} from {@code read}; the reader then reads
 * the text again in stages, which say what is wrong.
 */
final class Utf8Bytes extends FilterInputStream {

  /** How many continuation bytes the sequence being read still needs. */
  private int needed;
  /** The lowest and highest the next continuation byte may be, as unsigned bytes. */
  private int low = 0x80;
  private int high = 0xBF;
  /** The leading bytes of the stream that may still be a byte order mark: 0, 1, 2 or 3. */
  private int markRead;

  /**
   * The bytes of {@code in}, which must not start with a byte order mark; one that a caller
   * skipped is not refused.
   */
  Utf8Bytes(InputStream in) {
    super(in);
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int read = read(one, 0, 1);
    return read < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] bytes, int offset, int length) throws IOException {
    int read = in.read(bytes, offset, length);
    if (read < 0) {
      if (needed > 0) {
        throw refused();
      }
      return read;
    }
    check(bytes, offset, offset + read);
    return read;
  }

  @Override
  public long skip(long n) throws IOException {
    // Every byte is checked, so none is skipped unread.
    byte[] skipped = new byte[(int) Math.min(n, 8192)];
    int read = read(skipped, 0, skipped.length);
    return Math.max(read, 0);
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  private void check(byte[] bytes, int from, int to) throws MalformedInputException {
    int i = from;
    if (markRead < 3) {
      i = checkStart(bytes, i, to);
    }
    while (i < to) {
      if (needed == 0) {
        // ASCII, most of a dossier, without a call.
        byte b = bytes[i];
        while (b > 0) {
          if (++i == to) {
            return;
          }
          b = bytes[i];
        }
        lead(b);
      } else {
        continuation(bytes[i]);
      }
      i++;
    }
  }

  /** Checks the first bytes for a byte order mark; returns where the checking goes on. */
  private int checkStart(byte[] bytes, int from, int to) throws MalformedInputException {
    int i = from;
    final int[] mark = {0xEF, 0xBB, 0xBF};
    while (markRead < 3 && i < to) {
      if ((bytes[i] & 0xFF) != mark[markRead]) {
        markRead = 3;
        return i;
      }
      if (++markRead == 3) {
        throw refused();
      }
      // The byte is a valid part of a sequence so far; checked as any other.
      if (needed == 0) {
        lead(bytes[i]);
      } else {
        continuation(bytes[i]);
      }
      i++;
    }
    return i;
  }

  /** The first byte of a character, not ASCII but for NUL. */
  private void lead(byte b) throws MalformedInputException {
    int u = b & 0xFF;
    low = 0x80;
    high = 0xBF;
    if (u >= 0xC2 && u <= 0xDF) {
      needed = 1;
    } else if (u >= 0xE0 && u <= 0xEF) {
      needed = 2;
      if (u == 0xE0) {
        low = 0xA0;  // not overlong
      } else if (u == 0xED) {
        high = 0x9F;  // not a surrogate
      }
    } else if (u >= 0xF0 && u <= 0xF4) {
      needed = 3;
      if (u == 0xF0) {
        low = 0x90;  // not overlong
      } else if (u == 0xF4) {
        high = 0x8F;  // not beyond U+10FFFF
      }
    } else {
      // NUL, a continuation byte, an overlong lead (C0, C1) or F5 to FF.
      throw refused();
    }
  }

  private void continuation(byte b) throws MalformedInputException {
    int u = b & 0xFF;
    if (u < low || u > high) {
      throw refused();
    }
    low = 0x80;
    high = 0xBF;
    needed--;
  }

  private static MalformedInputException refused() {
    return new MalformedInputException(1);
  }
}
