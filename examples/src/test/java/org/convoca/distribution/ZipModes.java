package org.convoca.distribution;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The Unix file modes a zip records for its entries, which {@code java.util.zip} does not expose: read
 * from its central directory, where an entry made on Unix keeps its mode in the upper half of its
 * external attributes (PKWARE APPNOTE, 4.3.12 and 4.4.2).
 */
final class ZipModes {

  private static final int END_OF_CENTRAL_DIRECTORY = 0x06054b50;
  private static final int CENTRAL_DIRECTORY_ENTRY = 0x02014b50;
  private static final int MADE_ON_UNIX = 3;

  private ZipModes() {}

  /**
   * Each entry's mode (file type and permission bits), by entry name, for the entries made on Unix.
   *
   * @throws IllegalArgumentException when the file is not a zip this reader understands (no ZIP64)
   */
  static Map<String, Integer> of(Path zip) throws IOException {
    ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(zip)).order(ByteOrder.LITTLE_ENDIAN);
    int end = bytes.limit() - 22;
    while (end >= 0 && bytes.getInt(end) != END_OF_CENTRAL_DIRECTORY) {
      end--;
    }
    if (end < 0) {
      throw new IllegalArgumentException(zip + " has no end of central directory record");
    }
    int entries = Short.toUnsignedInt(bytes.getShort(end + 10));
    int at = bytes.getInt(end + 16);
    Map<String, Integer> modes = new HashMap<>();
    for (int i = 0; i < entries; i++) {
      if (bytes.getInt(at) != CENTRAL_DIRECTORY_ENTRY) {
        throw new IllegalArgumentException(zip + ": no central directory entry at " + at);
      }
      int madeOn = Byte.toUnsignedInt(bytes.get(at + 5));
      int nameLength = Short.toUnsignedInt(bytes.getShort(at + 28));
      int extraLength = Short.toUnsignedInt(bytes.getShort(at + 30));
      int commentLength = Short.toUnsignedInt(bytes.getShort(at + 32));
      int external = bytes.getInt(at + 38);
      String name = new String(bytes.array(), at + 46, nameLength, StandardCharsets.UTF_8);
      if (madeOn == MADE_ON_UNIX) {
        modes.put(name, external >>> 16);
      }
      at += 46 + nameLength + extraLength + commentLength;
    }
    return modes;
  }
}
