package org.convoca.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import org.jspecify.annotations.Nullable;

/**
 * The command's standard output, a writer that remembers why writing failed: a
 * {@link PrintWriter} only says that it failed ({@link #checkError()}), and the command must say
 * why ("no space left on device") when its result could not be written. It writes to file
 * descriptor 1 itself rather than through {@code System.out}, which hides its failures, in the
 * charset {@code System.out} uses; each line is flushed as it is printed.
 */
final class StandardOutput extends PrintWriter {

  private final Recorder recorder;

  private StandardOutput(Recorder recorder) {
    super(new OutputStreamWriter(recorder, charsetOfSystemOut()), true);
    this.recorder = recorder;
  }

  /** A writer to this process's standard output. */
  static StandardOutput open() {
    return new StandardOutput(new Recorder(new FileOutputStream(FileDescriptor.out)));
  }

  /** The charset {@code System.out} encodes with: {@code stdout.encoding} from Java 18, else the default. */
  private static Charset charsetOfSystemOut() {
    String name = System.getProperty("stdout.encoding", System.getProperty("sun.stdout.encoding"));
    try {
      return name == null ? Charset.defaultCharset() : Charset.forName(name);
    } catch (IllegalArgumentException unknown) {
      return Charset.defaultCharset();
    }
  }

  /**
   * Why writing to {@code out} failed, in plain words, when {@code out} is a standard output that
   * knows; a general reason for any other writer. Call it once {@code out.checkError()} is true.
   */
  static UserError.Line failureOf(PrintWriter out) {
    if (out instanceof StandardOutput standard && standard.recorder.failure != null) {
      IOException failure = standard.recorder.failure;
      // FileOutputStream's words when the descriptor was closed in this process (System.out.close()).
      return "Stream Closed".equals(failure.getMessage()) ? UserError.Line.of("io.closed") : IoReason.of(failure);
    }
    return UserError.Line.of("io.error");
  }

  /** Passes bytes on and keeps the first failure. */
  private static final class Recorder extends FilterOutputStream {

    private @Nullable IOException failure;

    Recorder(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      try {
        out.write(bytes, offset, length);
      } catch (IOException e) {
        keep(e);
        throw e;
      }
    }

    @Override
    public void write(int b) throws IOException {
      try {
        out.write(b);
      } catch (IOException e) {
        keep(e);
        throw e;
      }
    }

    @Override
    public void flush() throws IOException {
      try {
        out.flush();
      } catch (IOException e) {
        keep(e);
        throw e;
      }
    }

    private void keep(IOException e) {
      if (failure == null) {
        failure = e;
      }
    }
  }
}
