package org.convoca.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.nio.charset.StandardCharsets;
import org.convoca.language.Language;
import org.jspecify.annotations.Nullable;

/**
 * What the {@code convoca} process does when a failure escapes everything else: running out of
 * memory in any thread, or any other throwable leaving {@code main} or another thread. It prints
 * one line on standard error and halts with exit code 4, so that the JVM never prints a stack trace
 * and never ends with 1, which is {@code validate}'s "violations found".
 *
 * <p>Out of memory, the heap may still be full when the failure arrives, and formatting a message
 * would fail again. So everything it needs is made ready at start-up: the out-of-memory line as
 * bytes (the maximum heap is known then), the stream it writes them to, and a small reserve of
 * heap that it releases first. Writing prepared bytes to a file descriptor takes no heap.
 */
final class LastResort implements Thread.UncaughtExceptionHandler {

  /** Heap kept aside at start-up and released when the heap runs out, for the JVM to finish with. */
  private static final int RESERVE_BYTES = 256 * 1024;

  private final byte[] outOfMemory;
  private final byte[] unexpected;
  private final FileOutputStream err;
  private volatile byte @Nullable [] reserve;

  private final UserText text;

  private LastResort(String outOfMemoryLine, Language language) {
    String newline = System.lineSeparator();
    this.text = UserText.in(language);
    this.outOfMemory = (outOfMemoryLine + newline).getBytes(StandardCharsets.UTF_8);
    this.unexpected = (text.error("last-resort") + newline).getBytes(StandardCharsets.UTF_8);
    this.err = new FileOutputStream(FileDescriptor.err);
    this.reserve = new byte[RESERVE_BYTES];
  }

  /**
   * The last resort of this process, ready to print {@code outOfMemoryLine} and its other lines in
   * {@code language}, and installed as the handler of every thread's uncaught throwables.
   */
  static LastResort install(String outOfMemoryLine, Language language) {
    LastResort lastResort = new LastResort(outOfMemoryLine, language);
    Thread.setDefaultUncaughtExceptionHandler(lastResort);
    return lastResort;
  }

  /** A throwable that no one caught in {@code thread}: one line, then halt with 4. */
  @Override
  public void uncaughtException(Thread thread, Throwable thrown) {
    halt(thrown);
  }

  /**
   * Prints one line for {@code thrown} (the out-of-memory line when it is or wraps an
   * {@link OutOfMemoryError}) and halts the JVM with exit code 4, running no shutdown hook. Never
   * returns, even when printing fails.
   */
  void halt(Throwable thrown) {
    reserve = null;
    try {
      if (outOfMemory(thrown)) {
        err.write(outOfMemory);
      } else {
        String line = text.error("last-resort.failure", String.valueOf(thrown)) + System.lineSeparator();
        err.write(line.getBytes(StandardCharsets.UTF_8));
      }
    } catch (Throwable again) {
      try {
        err.write(outOfMemory(again) ? outOfMemory : unexpected);
      } catch (Throwable ignored) {
        // Standard error is gone: the exit code still says it.
      }
    } finally {
      Runtime.getRuntime().halt(ExitCodes.UNEXPECTED);
    }
  }

  /** Whether {@code thrown} is, or was caused by, running out of memory; allocates nothing. */
  static boolean outOfMemory(Throwable thrown) {
    int depth = 0;
    for (Throwable t = thrown; t != null && depth < 100; t = t.getCause(), depth++) {
      if (t instanceof OutOfMemoryError) {
        return true;
      }
    }
    return false;
  }
}
