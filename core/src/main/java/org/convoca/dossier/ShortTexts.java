package org.convoca.dossier;

/**
 * One string for each short text a reading meets however often it meets it: a table of strings
 * by their hash, open-addressed, that holds no entry objects and allocates only when it grows.
 * Not thread-safe; one reading uses it on its thread.
 */
final class ShortTexts {

  private String[] table = new String[1 << 12];
  private int size;

  /** {@return the string equal to {@code text} met first, {@code text} itself if none was} */
  String share(String text) {
    int mask = table.length - 1;
    int hash = text.hashCode();
    int i = (hash ^ (hash >>> 16)) & mask;
    for (String known = table[i]; known != null; known = table[i]) {
      if (known.hashCode() == hash && known.equals(text)) {
        return known;
      }
      i = (i + 1) & mask;
    }
    table[i] = text;
    if (++size > table.length >> 1) {
      grow();
    }
    return text;
  }

  private void grow() {
    String[] old = table;
    table = new String[old.length << 1];
    int mask = table.length - 1;
    for (String text : old) {
      if (text != null) {
        int hash = text.hashCode();
        int i = (hash ^ (hash >>> 16)) & mask;
        while (table[i] != null) {
          i = (i + 1) & mask;
        }
        table[i] = text;
      }
    }
  }
}
