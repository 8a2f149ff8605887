package org.convoca.dossier;

import org.jspecify.annotations.Nullable;

/**
 * The short texts of one reading, each one string however often the reading meets it, with what
 * the reading learnt about each: whether its characters are accepted, the last schema rule that
 * accepted it, and the last value a deserializer read from it. A text met again is found from the
 * parser's characters, so that no string is made for it and nothing about it is checked or built
 * again. A table by hash, open-addressed, that allocates only when it grows (its places, or the
 * array that keeps a copy of the texts' characters). Not thread-safe: one
 * reading uses it on its thread and drops it.
 *
 * <p>A text is found by its place in the table ({@link #place}), which holds until the next text
 * is added.
 */
final class SharedTexts {

  /** {@link #keys}: a text is at the place. */
  private static final long TAKEN = 1;
  /** {@link #keys}: the text's characters were checked. */
  private static final long CHECKED = 2;
  /** {@link #keys}: {@link ControlCharacters} accepts the text in any field. */
  private static final long CLEAN = 4;
  /** {@link #keys}: {@link ControlCharacters} accepts the text in a prose field. */
  private static final long CLEAN_PROSE = 8;
  /**
   * {@link #keys}: the text's characters, all below 256, are also in {@link #inline}, from the
   * place that the bits above {@link #FLAGS} give, after a byte of its length.
   */
  private static final long INLINE = 16;
  /** How many low bits of {@link #keys} are flags; the bits above, up to the hash, are a place in {@link #inline}. */
  private static final int FLAGS = 5;
  /** The largest place in {@link #inline} that {@link #keys} holds. */
  private static final int MOST_INLINE = (1 << (32 - FLAGS)) - 1;
  /** What {@link #parts} holds of each place, side by side: the text, ... */
  private static final int TEXT = 0;
  /** ...the rule that accepted it last, ... */
  private static final int ACCEPTED_BY = 1;
  /** ...the deserializer that read a value from it last... */
  private static final int READ_BY = 2;
  /** ...and that value. */
  private static final int VALUE = 3;
  private static final int PARTS = 4;
  private static final int SMALLEST = 1 << 12;
  private static final int LARGEST_START = 1 << 21;

  /**
   * For each place, the hash of its text in the upper half and what is known of it ({@link
   * #TAKEN}, {@link #CHECKED}...) in the lower: a probe reads this alone until the hash is the one
   * it looks for.
   */
  private long[] keys;
  /** For each place, {@link #PARTS} parts side by side, so that what a text needs is read at once. */
  private Object[] parts;
  /**
   * The characters of the texts, one byte each, side by side in the order they were added, each
   * after a byte of its length: a probe compares a text with these rather than with its string,
   * which is one read from memory fewer for each text found (issue 11: most of the time the table
   * took was waiting for memory).
   */
  private byte[] inline;
  private int inlineSize;
  private int size;
  /** 32 less the log of the table's length: how far {@link #start} shifts a hash. */
  private int shift;

  /** Makes an empty table. */
  SharedTexts() {
    this(0);
  }

  /**
   * Makes an empty table for reading a text of about {@code length} bytes, which holds about one
   * short text not met before for every few hundred bytes: so that it seldom grows.
   */
  SharedTexts(long length) {
    int places = SMALLEST;
    while (places < LARGEST_START && places < length >> 8) {
      places <<= 1;
    }
    keys = new long[places];
    parts = new Object[places * PARTS];
    inline = new byte[places * 8];
    shift = 32 - Integer.numberOfTrailingZeros(places);
  }

  /** The text equal to {@code text} met first; {@code text} itself when it is the first. */
  String intern(String text) {
    return text(place(text));
  }

  /** The place of the text equal to {@code text}, added when it is new. */
  int place(String text) {
    int hash = text.hashCode();
    int mask = keys.length - 1;
    for (int i = start(hash); ; i = (i + 1) & mask) {
      long key = keys[i];
      if (key == 0) {
        return add(i, text, hash);
      }
      if ((int) (key >>> 32) == hash && parts[i * PARTS + TEXT].equals(text)) {
        return i;
      }
    }
  }

  /**
   * The place of the text of the {@code length} characters of {@code chars} from {@code offset},
   * added when it is new: the string is made only then.
   */
  int place(char[] chars, int offset, int length) {
    int hash = 0;
    for (int at = offset, end = offset + length; at < end; at++) {
      hash = 31 * hash + chars[at];
    }
    int mask = keys.length - 1;
    for (int i = start(hash); ; i = (i + 1) & mask) {
      long key = keys[i];
      if (key == 0) {
        return add(i, new String(chars, offset, length), hash);
      }
      if ((int) (key >>> 32) == hash && ((key & INLINE) != 0 ? sameInline((int) key >>> FLAGS, chars, offset, length)
          : same((String) parts[i * PARTS + TEXT], chars, offset, length))) {
        return i;
      }
    }
  }

  private static boolean same(String known, char[] chars, int offset, int length) {
    if (known.length() != length) {
      return false;
    }
    for (int at = 0; at < length; at++) {
      if (known.charAt(at) != chars[offset + at]) {
        return false;
      }
    }
    return true;
  }

  private boolean sameInline(int at, char[] chars, int offset, int length) {
    byte[] bytes = inline;
    if (bytes[at] != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if ((bytes[at + 1 + i] & 0xFF) != chars[offset + i]) {
        return false;
      }
    }
    return true;
  }

  /** {@return the text at {@code place}} */
  String text(int place) {
    return (String) parts[place * PARTS + TEXT];
  }

  /** Whether {@link ControlCharacters} accepts the text at {@code place}, in a prose field or not. */
  boolean clean(int place, boolean prose) {
    long key = keys[place];
    if ((key & CHECKED) == 0) {
      String text = text(place);
      key |= ControlCharacters.firstRefused(text, false) < 0 ? CHECKED | CLEAN | CLEAN_PROSE
          : ControlCharacters.firstRefused(text, true) < 0 ? CHECKED | CLEAN_PROSE : CHECKED;
      keys[place] = key;
    }
    return (key & (prose ? CLEAN_PROSE : CLEAN)) != 0;
  }

  /** Whether {@code rule} accepted the text at {@code place} last, which it then accepts again. */
  boolean acceptedBy(int place, Object rule) {
    return parts[place * PARTS + ACCEPTED_BY] == rule;
  }

  /** Remembers that {@code rule} accepted the text at {@code place}. */
  void accepted(int place, Object rule) {
    parts[place * PARTS + ACCEPTED_BY] = rule;
  }

  /** The value that {@code reader} read last from the text at {@code place}, or null. */
  @Nullable Object value(int place, Object reader) {
    return parts[place * PARTS + READ_BY] == reader ? parts[place * PARTS + VALUE] : null;
  }

  /** Remembers that {@code reader} read {@code value} from the text at {@code place}. */
  void read(int place, Object reader, Object value) {
    parts[place * PARTS + READ_BY] = reader;
    parts[place * PARTS + VALUE] = value;
  }

  /**
   * Where a hash starts its probe: the top bits of its product with the golden ratio, so that the
   * consecutive hashes of ids such as P-00001, P-00002... spread over the table instead of filling
   * one run.
   */
  private int start(int hash) {
    return (hash * 0x9E3779B9) >>> shift;
  }

  private int add(int at, String text, int hash) {
    keys[at] = ((long) hash << 32) | TAKEN | inline(text);
    parts[at * PARTS + TEXT] = text;
    if (++size <= keys.length >> 1) {
      return at;
    }
    grow();
    return place(text);
  }

  /**
   * The bits of {@link #keys} that say where {@code text} is in {@link #inline}, after adding it
   * there; none when a character is 256 or above, or when {@link #inline} is full.
   */
  private long inline(String text) {
    int length = text.length();
    for (int i = 0; i < length; i++) {
      if (text.charAt(i) > 0xFF) {
        return 0;
      }
    }
    int at = inlineSize;
    if (at + 1 + length > MOST_INLINE || length > Byte.MAX_VALUE) {
      return 0;
    }
    if (at + 1 + length > inline.length) {
      inline = java.util.Arrays.copyOf(inline, Math.max(at + 1 + length, inline.length + (inline.length >> 1)));
    }
    inline[at] = (byte) length;
    for (int i = 0; i < length; i++) {
      inline[at + 1 + i] = (byte) text.charAt(i);
    }
    inlineSize = at + 1 + length;
    return INLINE | ((long) at << FLAGS);
  }

  private void grow() {
    long[] oldKeys = keys;
    Object[] oldParts = parts;
    keys = new long[oldKeys.length << 1];
    parts = new Object[keys.length * PARTS];
    shift--;
    int mask = keys.length - 1;
    for (int from = 0; from < oldKeys.length; from++) {
      if (oldKeys[from] != 0) {
        int i = start((int) (oldKeys[from] >>> 32));
        while (keys[i] != 0) {
          i = (i + 1) & mask;
        }
        keys[i] = oldKeys[from];
        System.arraycopy(oldParts, from * PARTS, parts, i * PARTS, PARTS);
      }
    }
  }
}
