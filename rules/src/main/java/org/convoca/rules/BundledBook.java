package org.convoca.rules;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.convoca.language.Language;
import org.convoca.language.Messages;
import org.convoca.value.VisibleText;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A rule book bundled with Convoca: DRL files on the classpath, under their package's folder, and
 * the same rules precompiled at build time (kie-maven-plugin, executable model) into the knowledge
 * bases that {@code META-INF/kmodule.xml} names: assessment, and for a book that has them
 * post-selection (tracks) and monitoring, each package its own.
 *
 * @param name the book's name, such as {@code federal-call}
 * @param folder the classpath folder of its assessment files, ending with a slash
 * @param files its files, in the order a reader meets them: eligibility, scoring, labels, tracks, monitoring
 */
record BundledBook(String name, String folder, List<String> files) {

  /** The federal call of Argentina's Open Government Federal Program: the default book. */
  static final BundledBook FEDERAL_CALL = new BundledBook("federal-call", "org/convoca/rules/federal/", List.of(
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
      "monitoring-recognition.drl"));

  /** A Horizon-Europe-style evaluation: three criteria scored by experts; no tracks, no monitoring. */
  static final BundledBook HORIZON_EUROPE = new BundledBook("horizon-europe", "org/convoca/rules/horizon/", List.of(
      "eligibility.drl",
      "scoring.drl",
      "classification.drl"));

  /** Every bundled book, the default first. */
  static final List<BundledBook> ALL = List.of(FEDERAL_CALL, HORIZON_EUROPE);

  /** Written by the kie-maven-plugin: the generated model class of each package. */
  static final String MODEL_INDEX = "META-INF/kie/org.convoca/convoca-rules/drools-model";

  /** Post-selection rules sit in a package of their own, so that kmodule.xml gives them their own knowledge base. */
  private static final String TRACKS_FOLDER = "tracks/";
  /** Monitoring rules too, for the same reason. */
  private static final String MONITORING_FOLDER = "monitoring/";
  /** The base name of a folder's message bundles. */
  private static final String BUNDLE = "messages";

  private static final Logger LOG = LoggerFactory.getLogger(BundledBook.class);

  /**
   * The bundled book called {@code name}.
   *
   * @throws IllegalArgumentException when no bundled book has that name; it lists the names
   */
  static BundledBook named(String name) {
    return ALL.stream().filter(b -> b.name.equals(name)).findFirst().orElseThrow(() -> new IllegalArgumentException(
        "no bundled rule book is called '" + shown(name) + "'; the bundled books are " + names().stream()
            .collect(Collectors.joining(", "))));
  }

  /** A name given by a caller, as a message quotes it: control characters written out, at most 80 characters. */
  private static String shown(String name) {
    return VisibleText.of(name.length() > 80 ? name.substring(0, 80) + "…" : name);
  }

  /** The names of the bundled books, the default first. */
  static List<String> names() {
    return ALL.stream().map(BundledBook::name).toList();
  }

  /**
   * The precompiled knowledge bases: assessment, and post-selection and monitoring when the book has
   * such files; empty when the classpath lacks them (a repackaged jar), and the caller compiles the
   * DRL instead. It builds them straight from the generated model classes that {@link #MODEL_INDEX}
   * names, which takes about half the time of a classpath KieContainer (no kmodule scan of every jar).
   */
  Optional<KnowledgeBases> precompiled() {
    ClassLoader loader = RuleBook.class.getClassLoader();
    try (InputStream in = loader.getResourceAsStream(MODEL_INDEX)) {
      if (in == null) {
        LOG.warn("the precompiled {} rule book is not on the classpath; compiling its DRL instead", name);
        return Optional.empty();
      }
      List<String> models = new String(in.readAllBytes(), UTF_8).lines().map(String::strip)
          .filter(line -> line.startsWith(folder.replace('/', '.'))).toList();
      Optional<String> assessment = models.stream().filter(m -> m.lastIndexOf('.') == folder.length() - 1).findFirst();
      Optional<String> tracks = model(models, TRACKS_FOLDER);
      Optional<String> monitoring = model(models, MONITORING_FOLDER);
      if (assessment.isEmpty() || tracks.isEmpty() != !has(RuleSource.POST_SELECTION_PREFIX)
          || monitoring.isEmpty() != !has(RuleSource.MONITORING_PREFIX)) {
        LOG.warn("the precompiled {} rule book is incomplete ({}); compiling its DRL instead", name, models);
        return Optional.empty();
      }
      return Optional.of(new KnowledgeBases(base(loader, assessment.get()),
          tracks.isEmpty() ? null : base(loader, tracks.get()),
          monitoring.isEmpty() ? null : base(loader, monitoring.get())));
    } catch (IOException | ReflectiveOperationException | RuntimeException e) {
      LOG.warn("cannot load the precompiled {} rule book ({}); compiling its DRL instead", name, e.toString());
      return Optional.empty();
    }
  }

  /**
   * Its sentences and rule titles: the message bundles {@code messages*.properties} of its
   * assessment folder, over those of its {@code tracks/} and {@code monitoring/} folders; a folder
   * without a root bundle has none. Empty for a book without bundles.
   */
  Messages messages() {
    Messages messages = Messages.of(name + " (no message bundles)", Map.of());
    for (String subfolder : List.of(MONITORING_FOLDER, TRACKS_FOLDER, "")) {
      String base = "/" + folder + subfolder + BUNDLE;
      if (BundledBook.class.getResource(base + ".properties") != null) {
        messages = Messages.load(base, BundledBook.class::getResourceAsStream).over(messages);
      }
    }
    return messages;
  }

  /**
   * The text of each of its message bundles, by its path in the book's folder, such as
   * {@code monitoring/messages_es.properties}, for the fingerprint: a change of wording changes the
   * outcome.
   */
  SortedMap<String, String> bundleFiles() {
    SortedMap<String, String> files = new TreeMap<>();
    for (String subfolder : List.of("", TRACKS_FOLDER, MONITORING_FOLDER)) {
      for (Language language : Language.shipped()) {
        String file = subfolder + BUNDLE + (language.isEnglish() ? "" : "_" + language.tag()) + ".properties";
        try (InputStream in = BundledBook.class.getResourceAsStream("/" + folder + file)) {
          if (in != null) {
            files.put(file, new String(in.readAllBytes(), UTF_8));
          }
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read bundled message bundle " + folder + file, e);
        }
      }
    }
    return files;
  }

  /** Its files, read from the classpath. */
  List<RuleSource> sources() {
    return files.stream().map(this::load).toList();
  }

  private Optional<String> model(List<String> models, String subfolder) {
    return models.stream().filter(m -> m.startsWith((folder + subfolder).replace('/', '.'))).findFirst();
  }

  private boolean has(String prefix) {
    return files.stream().anyMatch(f -> f.startsWith(prefix));
  }

  private static KieBase base(ClassLoader loader, String modelClass) throws ReflectiveOperationException {
    Model model = (Model) Class.forName(modelClass, true, loader).getDeclaredConstructor().newInstance();
    return KieBaseBuilder.createKieBaseFromModel(model);
  }

  private RuleSource load(String file) {
    String path = folder + (file.startsWith(RuleSource.POST_SELECTION_PREFIX) ? TRACKS_FOLDER
        : file.startsWith(RuleSource.MONITORING_PREFIX) ? MONITORING_FOLDER : "") + file;
    try (InputStream in = BundledBook.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("bundled rule file " + path + " is missing from the classpath");
      }
      return new RuleSource(file, name + "/" + file, new String(in.readAllBytes(), UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled rule file " + path, e);
    }
  }
}
