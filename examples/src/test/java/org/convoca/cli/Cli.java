package org.convoca.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;
import org.convoca.language.Language;

/**
 * Runs the {@code convoca} command in-process and keeps what it printed. {@link #run} talks English,
 * whatever the machine's default locale, so that the tests that compare English output pass
 * everywhere; {@link #runIn} talks the language given.
 */
record Cli(int exitCode, String out, String err) {

  /** The federal call sample shipped with the examples, as a file. */
  static final Path SAMPLE = resource("/org/convoca/examples/federal-call-2021.json");
  /** The tiny hand-written sample, as a file. */
  static final Path TINY = resource("/org/convoca/examples/tiny-call.json");

  static Cli run(String... args) {
    return runIn(Language.ENGLISH, args);
  }

  /** Runs the command talking to its user in {@code language}. */
  static Cli runIn(Language language, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = ConvocaCommand.run(args, language, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Cli(code, out.toString(), err.toString());
  }

  /**
   * Runs the command as {@code main} would, in the language of the JVM's default locale, with the
   * default locale set to {@code locale} for the run and put back afterwards.
   */
  static Cli runUnder(Locale locale, String... args) {
    Locale before = Locale.getDefault();
    Locale.setDefault(locale);
    try {
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int code = ConvocaCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
      return new Cli(code, out.toString(), err.toString());
    } finally {
      Locale.setDefault(before);
    }
  }

  static Path resource(String name) {
    try {
      return Paths.get(Cli.class.getResource(name).toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
