package org.convoca.dossier;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads a dossier from JSON and checks it, collecting every problem in one pass.
 *
 * <p>Reading goes through four stages; each reports all it finds, and a later stage runs only
 * when the earlier ones found nothing, so that one mistake is not reported twice:
 *
 * <ol>
 *   <li>syntax: the text is one JSON document (the problem has its line and column);
 *   <li>structure: the document agrees with {@link DossierSchema} (types, required and unknown
 *       fields, enumerated values, patterns, non-negative money, real dates);
 *   <li>values: each part binds to the model, whose own checks reject inverted windows and other
 *       inconsistent values;
 *   <li>consistency: ids are unique, every reference names something in the dossier (a
 *       municipality's province is a provincial government), scores lie on the call's scale,
 *       criteria weights sum to 100 and money is in the currency of the call's funding ceiling.
 * </ol>
 *
 * <p>A reader is immutable and safe to share between threads. Files and streams are read as
 * UTF-8; a leading byte order mark is skipped.
 */
public final class DossierReader {

  private static final class Standard {
    static final DossierReader INSTANCE = new DossierReader(SchemaCheck.load());
  }

  private final SchemaCheck schema;

  private DossierReader(SchemaCheck schema) {
    this.schema = schema;
  }

  /** The reader of dossier format version {@value Dossier#FORMAT_VERSION}, shared; never null. */
  public static DossierReader standard() {
    return Standard.INSTANCE;
  }

  /**
   * The dossier in the file at {@code path}.
   *
   * @throws InvalidDossierException listing every problem, when the dossier has any
   * @throws UncheckedIOException when the file cannot be read
   * @throws NullPointerException when {@code path} is null
   */
  public Dossier read(Path path) {
    requireNonNull(path, "path");
    try {
      return read(utf8(Files.readAllBytes(path)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the dossier " + path + ": " + e.getMessage(), e);
    }
  }

  /**
   * The dossier read from {@code in} up to its end. The stream is not closed.
   *
   * @throws InvalidDossierException listing every problem, when the dossier has any
   * @throws UncheckedIOException when the stream cannot be read
   * @throws NullPointerException when {@code in} is null
   */
  public Dossier read(InputStream in) {
    requireNonNull(in, "in");
    try {
      return read(utf8(in.readAllBytes()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the dossier: " + e.getMessage(), e);
    }
  }

  /** The UTF-8 text of {@code bytes}, without the byte order mark some editors put first. */
  private static String utf8(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /**
   * The dossier whose JSON text is {@code json}.
   *
   * @throws InvalidDossierException listing every problem, when the dossier has any
   * @throws NullPointerException when {@code json} is null
   */
  public Dossier read(String json) {
    requireNonNull(json, "json");
    Problems problems = new Problems();
    JsonNode tree = JsonText.parse(json, problems);
    problems.throwIfAny();
    schema.check(requireNonNull(tree), problems);
    Optional<Dossier> dossier = Binder.bind(requireNonNull(tree), problems);
    problems.throwIfAny();
    UniqueIdCheck.check(dossier.orElseThrow(), problems);
    ReferenceCheck.check(dossier.get(), problems);
    CallConsistencyCheck.check(dossier.get(), problems);
    problems.throwIfAny();
    return dossier.get();
  }
}
