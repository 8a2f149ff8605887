package org.convoca.rules;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The bundled "federal-call" rule book: DRL files on the classpath, under its package's folder. */
final class BundledBook {

  static final String FOLDER = "org/convoca/rules/federal/";

  /** The files, in the order a reader meets them: eligibility, scoring, labels, tracks. */
  static final List<String> FILES = List.of(
      "eligibility.drl",
      "scoring-cocreation.drl",
      "scoring-values.drl",
      "scoring-commitments.drl",
      "scoring-capacity.drl",
      "scoring-feasibility.drl",
      "scoring-jury.drl",
      "scoring-priority.drl",
      "classification.drl",
      "tracks.drl");

  private BundledBook() {}

  static List<RuleSource> sources() {
    return FILES.stream().map(BundledBook::load).toList();
  }

  private static RuleSource load(String name) {
    String path = FOLDER + name;
    try (InputStream in = BundledBook.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("bundled rule file " + path + " is missing from the classpath");
      }
      return new RuleSource(name, "federal-call/" + name, new String(in.readAllBytes(), UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled rule file " + path, e);
    }
  }
}
