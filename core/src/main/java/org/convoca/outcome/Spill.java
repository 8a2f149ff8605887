package org.convoca.outcome;

import static java.nio.file.StandardOpenOption.DELETE_ON_CLOSE;
import static java.nio.file.StandardOpenOption.READ;
import static java.nio.file.StandardOpenOption.WRITE;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import org.jspecify.annotations.Nullable;

/**
 * A temporary file that holds bytes too many to keep in memory until they can be digested: the
 * {@link Fingerprint} must digest the length of the canonical dossier before its bytes. The file is
 * readable by its owner alone where the file system has owners, and is deleted when closed (or, at
 * the latest, by the operating system when the process ends).
 */
final class Spill implements AutoCloseable {

  /** How many bytes go to the file, or to the digest, at a time: less than half a heap region, so not a humongous object for G1. */
  private static final int CHUNK = 256 * 1024;

  private final FileChannel channel;
  private final ByteBuffer buffer = ByteBuffer.allocate(CHUNK);

  private Spill(FileChannel channel) {
    this.channel = channel;
  }

  /** {@return a new empty spill file, or null when no temporary file can be made here} */
  static @Nullable Spill open() {
    try {
      Path file = Files.createTempFile("convoca-fingerprint-", ".json");
      try {
        return new Spill(FileChannel.open(file, READ, WRITE, DELETE_ON_CLOSE));
      } catch (IOException | RuntimeException e) {
        Files.deleteIfExists(file);
        throw e;
      }
    } catch (IOException | SecurityException | UnsupportedOperationException unavailable) {
      return null; // the caller writes its bytes twice instead
    }
  }

  /** Appends {@code len} bytes of {@code b} from {@code off}. */
  void write(byte[] b, int off, int len) throws IOException {
    while (len > 0) {
      int n = Math.min(len, buffer.remaining());
      buffer.put(b, off, n);
      off += n;
      len -= n;
      if (!buffer.hasRemaining()) {
        drain();
      }
    }
  }

  /** Writes out what is still buffered. */
  void finish() throws IOException {
    drain();
  }

  /** Digests the bytes written, from the first, in large pieces. */
  void digest(MessageDigest digest) throws IOException {
    long position = 0;
    buffer.clear();
    while (true) {
      int read = channel.read(buffer, position);
      if (read < 0) {
        return;
      }
      position += read;
      buffer.flip();
      digest.update(buffer);
      buffer.clear();
    }
  }

  private void drain() throws IOException {
    buffer.flip();
    while (buffer.hasRemaining()) {
      channel.write(buffer);
    }
    buffer.clear();
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }
}
