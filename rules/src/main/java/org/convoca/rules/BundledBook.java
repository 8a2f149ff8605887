package org.convoca.rules;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bundled "federal-call" rule book: DRL files on the classpath, under their package's folder,
 * and the same rules precompiled at build time (kie-maven-plugin, executable model) into the
 * knowledge bases that {@code META-INF/kmodule.xml} names: assessment, post-selection (tracks) and
 * monitoring, each package its own.
 */
final class BundledBook {

  static final String FOLDER = "org/convoca/rules/federal/";
  /** Written by the kie-maven-plugin: the generated model class of each package. */
  static final String MODEL_INDEX = "META-INF/kie/org.convoca/convoca-rules/drools-model";

  /** The files, in the order a reader meets them: eligibility, scoring, labels, tracks, monitoring. */
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
      "tracks.drl",
      "monitoring-completion.drl",
      "monitoring-status.drl",
      "monitoring-results.drl",
      "monitoring-recognition.drl");

  /** Post-selection rules sit in a package of their own, so that kmodule.xml gives them their own knowledge base. */
  private static final String TRACKS_FOLDER = "tracks/";
  /** Monitoring rules too, for the same reason. */
  private static final String MONITORING_FOLDER = "monitoring/";

  private static final Logger LOG = LoggerFactory.getLogger(BundledBook.class);

  private BundledBook() {}

  /**
   * The precompiled knowledge bases: assessment, post-selection and monitoring; empty when the
   * classpath lacks them (a repackaged jar), and the caller compiles the DRL instead. It builds
   * them straight from the generated model classes that {@link #MODEL_INDEX} names, which takes
   * about half the time of a classpath KieContainer (no kmodule scan of every jar).
   */
  static Optional<KnowledgeBases> precompiled() {
    ClassLoader loader = RuleBook.class.getClassLoader();
    try (InputStream in = loader.getResourceAsStream(MODEL_INDEX)) {
      if (in == null) {
        LOG.warn("the precompiled federal-call rule book is not on the classpath; compiling its DRL instead");
        return Optional.empty();
      }
      List<String> models = new String(in.readAllBytes(), UTF_8).lines().map(String::strip)
          .filter(line -> line.startsWith(FOLDER.replace('/', '.'))).toList();
      Optional<String> assessment = models.stream().filter(m -> m.lastIndexOf('.') == FOLDER.length() - 1).findFirst();
      Optional<String> tracks = models.stream()
          .filter(m -> m.startsWith((FOLDER + TRACKS_FOLDER).replace('/', '.'))).findFirst();
      Optional<String> monitoring = models.stream()
          .filter(m -> m.startsWith((FOLDER + MONITORING_FOLDER).replace('/', '.'))).findFirst();
      if (assessment.isEmpty() || tracks.isEmpty() || monitoring.isEmpty()) {
        LOG.warn("the precompiled federal-call rule book is incomplete ({}); compiling its DRL instead", models);
        return Optional.empty();
      }
      return Optional.of(new KnowledgeBases(base(loader, assessment.get()), base(loader, tracks.get()),
          base(loader, monitoring.get())));
    } catch (IOException | ReflectiveOperationException | RuntimeException e) {
      LOG.warn("cannot load the precompiled federal-call rule book ({}); compiling its DRL instead", e.toString());
      return Optional.empty();
    }
  }

  private static KieBase base(ClassLoader loader, String modelClass) throws ReflectiveOperationException {
    Model model = (Model) Class.forName(modelClass, true, loader).getDeclaredConstructor().newInstance();
    return KieBaseBuilder.createKieBaseFromModel(model);
  }

  static List<RuleSource> sources() {
    return FILES.stream().map(BundledBook::load).toList();
  }

  private static RuleSource load(String name) {
    String path = FOLDER + (name.startsWith(RuleSource.POST_SELECTION_PREFIX) ? TRACKS_FOLDER
        : name.startsWith(RuleSource.MONITORING_PREFIX) ? MONITORING_FOLDER : "") + name;
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
