package org.convoca.dossier.internal;

/**
 * One object for each value met, however often it is met: the first of the equal values is given
 * for every later one. A table of the values by their hash, open-addressed, so that it holds no
 * entry objects and allocates only when it grows. Not thread-safe: one reading uses it on its
 * thread and drops it.
 *
 * @param <T> the values' type, immutable, with {@code equals} and {@code hashCode}
 */
public final class Interner<T> {

  private Object[] table = new Object[1 << 12];
  /** The hash of the value at each place of {@link #table}, so that a probe does not ask again. */
  private int[] hashes = new int[1 << 12];
  private int size;
  /** 32 less the log of the table's length: how far {@link #place} shifts a hash. */
  private int shift = 32 - 12;

  /** Makes an empty interner. */
  public Interner() {}

  /**
   * The value equal to {@code value} met first.
   *
   * @param value a value; not null
   * @return the value equal to {@code value} met first, {@code value} itself when it is the first
   */
  @SuppressWarnings("unchecked")  // the table holds only values given to this method
  public T intern(T value) {
    int mask = table.length - 1;
    int hash = value.hashCode();
    int i = place(hash);
    for (Object known = table[i]; known != null; known = table[i]) {
      if (hashes[i] == hash && known.equals(value)) {
        return (T) known;
      }
      i = (i + 1) & mask;
    }
    table[i] = value;
    hashes[i] = hash;
    if (++size > table.length >> 1) {
      grow();
    }
    return value;
  }

  /**
   * Where a hash goes: the top bits of its product with the golden ratio, so that the consecutive
   * hashes of ids such as P-00001, P-00002... spread over the table instead of filling one run.
   */
  private int place(int hash) {
    return (hash * 0x9E3779B9) >>> shift;
  }

  private void grow() {
    Object[] old = table;
    int[] oldHashes = hashes;
    table = new Object[old.length << 1];
    hashes = new int[table.length];
    shift--;
    int mask = table.length - 1;
    for (int at = 0; at < old.length; at++) {
      if (old[at] != null) {
        int i = place(oldHashes[at]);
        while (table[i] != null) {
          i = (i + 1) & mask;
        }
        table[i] = old[at];
        hashes[i] = oldHashes[at];
      }
    }
  }
}
