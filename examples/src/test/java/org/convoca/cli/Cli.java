package org.convoca.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.nio.file.Paths;

/** Runs the {@code convoca} command in-process and keeps what it printed. */
record Cli(int exitCode, String out, String err) {

  /** The federal call sample shipped with the examples, as a file. */
  static final Path SAMPLE = resource("/org/convoca/examples/federal-call-2021.json");
  /** The tiny hand-written sample, as a file. */
  static final Path TINY = resource("/org/convoca/examples/tiny-call.json");

  static Cli run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = ConvocaCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Cli(code, out.toString(), err.toString());
  }

  static Path resource(String name) {
    try {
      return Paths.get(Cli.class.getResource(name).toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
