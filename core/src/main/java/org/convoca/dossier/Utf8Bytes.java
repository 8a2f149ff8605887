package org.convoca.dossier;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.MalformedInputException;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

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
  /** Where the bytes are checked instead of here, or null. */
  private final @Nullable Elsewhere elsewhere;
  /** Whether {@link #elsewhere} was told the bytes ended. */
  private boolean ended;
  /** The bytes read and not yet given {@link #elsewhere}: it takes them in pieces of this size. */
  private byte @Nullable [] piece;
  private int pieceSize;
  /** The size of the pieces {@link #elsewhere} takes, which a few pieces of a parser's reading fill. */
  private static final int PIECE = 1 << 16;

  /** Checks the bytes that a stream passes on, elsewhere (on another thread), in their order. */
  interface Elsewhere {
    /** Takes the next bytes read, an array of its own. */
    void check(byte[] piece) throws IOException;

    /** Takes the end of the bytes. */
    void end() throws IOException;
  }

  /**
   * The bytes of {@code in}, which must not start with a byte order mark; one that a caller
   * skipped is not refused.
   */
  Utf8Bytes(InputStream in) {
    super(in);
    this.elsewhere = null;
  }

  /**
   * The bytes of {@code in}, passed on unchecked, each piece as it is read and then the end given
   * to {@code elsewhere} to check, with {@link #checker()}, where it refuses what a stream of this
   * class refuses.
   */
  Utf8Bytes(InputStream in, Elsewhere elsewhere) {
    super(in);
    this.elsewhere = elsewhere;
  }

  /**
   * A checker of bytes given to it piece by piece ({@link #check(byte[], int, int)}, then {@link
   * #end()}), which reads no stream: for checking on another thread the bytes a parser reads.
   */
  static Utf8Bytes checker() {
    return new Utf8Bytes(InputStream.nullInputStream());
  }

  /** Checks the next {@code length} bytes of {@code bytes} from {@code offset}, as {@code read} does. */
  void check(byte[] bytes, int offset, int length) throws MalformedInputException {
    checkPart(bytes, offset, offset + length);
  }

  /** Checks that the bytes given end where a character ends, as {@code read} does at the end. */
  void end() throws MalformedInputException {
    if (needed > 0) {
      throw refused();
    }
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
    if (elsewhere != null) {
      give(elsewhere, bytes, offset, read);
      return read;
    }
    if (read < 0) {
      if (needed > 0) {
        throw refused();
      }
      return read;
    }
    checkPart(bytes, offset, offset + read);
    return read;
  }

  /** Gives {@code elsewhere} the {@code read} bytes read into {@code bytes} from {@code offset}, in pieces; or the end. */
  private void give(Elsewhere elsewhere, byte[] bytes, int offset, int read) throws IOException {
    if (read < 0) {
      if (!ended) {
        ended = true;
        if (piece != null && pieceSize > 0) {
          elsewhere.check(Arrays.copyOf(piece, pieceSize));
        }
        elsewhere.end();
      }
      return;
    }
    for (int at = offset, end = offset + read; at < end; ) {
      byte[] into = piece == null ? new byte[PIECE] : piece;
      int taken = Math.min(end - at, into.length - pieceSize);
      System.arraycopy(bytes, at, into, pieceSize, taken);
      pieceSize += taken;
      at += taken;
      if (pieceSize == into.length) {
        elsewhere.check(into);
        piece = null;
        pieceSize = 0;
      } else {
        piece = into;
      }
    }
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

  private void checkPart(byte[] bytes, int from, int to) throws MalformedInputException {
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
