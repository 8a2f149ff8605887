package org.convoca.rules;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.runtime.KieContainer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bundled "federal-call" rule book: DRL files on the classpath, under their package's folder,
 * and the same rules precompiled at build time (kie-maven-plugin, executable model) into the
 * knowledge bases that {@code META-INF/kmodule.xml} names.
 */
final class BundledBook {

  static final String FOLDER = "org/convoca/rules/federal/";
  static final String ASSESSMENT_BASE = "federal-call";
  static final String TRACKS_BASE = "federal-call-tracks";

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

  /** Post-selection rules sit in a package of their own, so that kmodule.xml gives them their own knowledge base. */
  private static final String TRACKS_FOLDER = "tracks/";

  private static final Logger LOG = LoggerFactory.getLogger(BundledBook.class);

  private BundledBook() {}

  /**
   * The precompiled knowledge bases: assessment first, post-selection second; empty when the
   * classpath lacks them (a repackaged jar), and the caller compiles the DRL instead.
   */
  static Optional<KieBase[]> precompiled() {
    try {
      KieContainer container = KieServices.get().newKieClasspathContainer(RuleBook.class.getClassLoader());
      if (!container.getKieBaseNames().containsAll(List.of(ASSESSMENT_BASE, TRACKS_BASE))) {
        LOG.warn("the precompiled federal-call rule book is not on the classpath; compiling its DRL instead");
        return Optional.empty();
      }
      return Optional.of(new KieBase[] {container.getKieBase(ASSESSMENT_BASE), container.getKieBase(TRACKS_BASE)});
    } catch (RuntimeException e) {
      LOG.warn("cannot load the precompiled federal-call rule book ({}); compiling its DRL instead", e.toString());
      return Optional.empty();
    }
  }

  static List<RuleSource> sources() {
    return FILES.stream().map(BundledBook::load).toList();
  }

  private static RuleSource load(String name) {
    String path = FOLDER + (name.startsWith("tracks") ? TRACKS_FOLDER : "") + name;
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
