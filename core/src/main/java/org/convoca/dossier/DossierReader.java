package org.convoca.dossier;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.convoca.dossier.internal.Json;

/**
 * Reads a dossier from JSON and checks it, collecting every problem in one pass.
 *
 * <p>Reading goes through five stages; each reports all it finds, and a later stage runs only
 * when the earlier ones found nothing, so that one mistake is not reported twice:
 *
 * <ol>
 *   <li>syntax: the text is one JSON document within the limits of {@link Json} (a problem has its
 *       line and column, and its path when known);
 *   <li>text and numbers: no string or field name holds a control character (NUL, ESC, C1
 *       controls, bidirectional overrides and isolates...; tabs and line breaks are allowed only in
 *       descriptions, summaries, comments, reasons, narratives and reasonings), and every number has at most
 *       {@value Json#MAX_INTEGER_DIGITS} digits before its decimal point and
 *       {@value Json#MAX_DECIMAL_PLACES} after it;
 *   <li>structure: the document agrees with {@link DossierSchema} (types, required and unknown
 *       fields, enumerated values, id and code patterns, non-negative money and participants, real dates, at least one juror
 *       to a results assessment, monitoring parameters of their kind);
 *   <li>values: each part binds to the model, whose own checks reject inverted windows and other
 *       inconsistent values;
 *   <li>consistency: ids are unique, a list that is a set names each entry once (a proposal's
 *       values, themes, team, partners and activities, a partner's contacts, the call's levels and
 *       themes, a juror's affiliations and expertise, a report's milestones and evidence, the
 *       completions, jury overrides, assignments (one per proposal, each juror once in it), consensus
 *       scores (one per proposal and criterion), progress reports and results assessments (one per
 *       proposal and day, a results assessment's jurors and evidence each once)), every reference
 *       names something in the dossier (a municipality's province is a provincial government; a
 *       juror's person, a declared conflict's juror and target, an assignment's proposal and jurors,
 *       a consensus score's proposal and criterion, a report's proposal and its milestones, a results
 *       assessment's proposal and jurors), a juror scores a proposal on a criterion at most once and
 *       has an id no person or government has, scores lie on the call's scale and consensus scores
 *       within it, criteria weights sum to 100, money is in the currency of the call's funding
 *       ceiling, and a milestone that a proposal's earlier report gave COMPLETE and a later one gives
 *       less says why.
 * </ol>
 *
 * <p>A dossier is first read in one pass, streamed from its file: each entry of its lists and of
 * its jury's is bound straight from the text, checked token by token as it is bound against rules
 * compiled once from the schema, so that a large dossier is never held as text and as a tree beside
 * its model, and the ids and days it repeats are each one object in the model. At the first problem that pass stops, and the dossier is read again in the
 * stages above, which report every problem as they always did.
 *
 * <p>What needs the selection or the monitoring date (a report on a proposal that was not selected,
 * one dated after the monitoring date or before the selection, a results assessment signed by a
 * conflicted juror) is checked when monitoring, by
 * {@link org.convoca.validation.MonitoringDataCheck}.
 *
 * <p>A reader is immutable and safe to share between threads. Files and streams are read strictly
 * as UTF-8 (a leading byte order mark is skipped) and never beyond
 * {@value Json#MAX_DOCUMENT_LENGTH} bytes; a file that is not a regular file is not opened.
 */
public final class DossierReader {

  private static final class Standard {
    static final DossierReader INSTANCE = new DossierReader(SchemaCheck.load());

    static {
      Binder.prepare();
    }
  }

  private final SchemaCheck schema;

  private DossierReader(SchemaCheck schema) {
    this.schema = schema;
  }

  /**
   * {@return the reader of dossier format version {@value Dossier#FORMAT_VERSION}, shared; never null}
   * The first call loads the schema and prepares the binding of every part of a dossier, which a
   * program may do on a thread of its own before it has a dossier to read.
   */
  public static DossierReader standard() {
    return Standard.INSTANCE;
  }

  /**
   * The dossier in the file at {@code path}. The file must be a regular file of at most
   * {@value Json#MAX_DOCUMENT_LENGTH} bytes, which is checked before it is read.
   *
   * @param path the dossier's file
   * @return the dossier in the file at {@code path}
   * @throws InvalidDossierException listing every problem, when the dossier has any; a file that
   *     is too large or not UTF-8 is one problem at {@code $}
   * @throws UncheckedIOException when the file cannot be read or is not a regular file (a
   *     directory, a pipe, a device)
   * @throws NullPointerException when {@code path} is null
   */
  public Dossier read(Path path) {
    requireNonNull(path, "path");
    Optional<Dossier> quick = partwise(path);
    if (quick.isPresent()) {
      return consistent(quick.get());
    }
    try {
      return consistent(inStages(TextInput.read(path, Json.MAX_DOCUMENT_LENGTH)));
    } catch (TextInputException e) {
      throw refused(e, path.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the dossier " + path + ": " + reason(e), e);
    }
  }

  /**
   * The dossier read from {@code in} up to its end, reading at most
   * {@value Json#MAX_DOCUMENT_LENGTH} bytes and one more. The stream is not closed.
   *
   * @param in the dossier's bytes; read to the end, not closed
   * @return the dossier read from {@code in} up to its end, reading at most {@value
   *     Json#MAX_DOCUMENT_LENGTH} bytes and one more
   * @throws InvalidDossierException listing every problem, when the dossier has any; a stream that
   *     is too long or not UTF-8 is one problem at {@code $}
   * @throws UncheckedIOException when the stream cannot be read
   * @throws NullPointerException when {@code in} is null
   */
  public Dossier read(InputStream in) {
    requireNonNull(in, "in");
    try {
      // The bytes are read part by part as a file is, never decoded to one text unless that fails.
      byte[] bytes = TextInput.bytes(in, Json.MAX_DOCUMENT_LENGTH);
      Optional<Dossier> quick = partwise(() -> new ByteArrayInputStream(bytes), bytes.length);
      return consistent(quick.isPresent() ? quick.get() : inStages(TextInput.decode(bytes)));
    } catch (TextInputException e) {
      throw refused(e, "from the stream");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the dossier: " + e.getMessage(), e);
    }
  }

  /**
   * The dossier in the file at {@code path} read part by part, streamed from the file, when it has
   * no problem up to the consistency checks; otherwise empty, whatever went wrong, and the file is
   * read again in stages, which report it.
   */
  private Optional<Dossier> partwise(Path path) {
    long length;
    try {
      length = Files.size(path);
    } catch (IOException e) {
      return Optional.empty();
    }
    return partwise(() -> TextInput.open(path, Json.MAX_DOCUMENT_LENGTH), length);
  }

  /** An input stream, which opening may fail. */
  private interface Source {
    InputStream open() throws IOException;
  }

  /**
   * The dossier read part by part from what {@code source} opens, of about {@code length} bytes;
   * empty whatever went wrong.
   */
  private Optional<Dossier> partwise(Source source, long length) {
    try (InputStream in = source.open();
        JsonParser parser = Json.mapper().createParser(TextInput.utf8(in))) {
      return PartwiseRead.read(parser, schema, length);
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    return e instanceof AccessDeniedException ? "permission denied" : String.valueOf(e.getMessage());
  }

  private static RuntimeException refused(TextInputException e, String source) {
    return switch (e.kind()) {
      case NOT_A_REGULAR_FILE -> new UncheckedIOException("cannot read the dossier " + source + ": " + e.getMessage(), e);
      case TOO_LARGE -> new InvalidDossierException(List.of(DossierProblem.at(JsonPath.ROOT,
          ProblemText.of("input.tooLarge", e.limit()))));
      case NOT_UTF8 -> new InvalidDossierException(List.of(new DossierProblem(JsonPath.ROOT,
          ProblemText.of("input.notUtf8", String.valueOf(e.line()), String.valueOf(e.column())), e.line(), e.column())));
    };
  }

  /**
   * The dossier whose JSON text is {@code json}.
   *
   * @param json the dossier's text
   * @return the dossier whose JSON text is {@code json}
   * @throws InvalidDossierException listing every problem, when the dossier has any
   * @throws NullPointerException when {@code json} is null
   */
  public Dossier read(String json) {
    requireNonNull(json, "json");
    Optional<Dossier> quick;
    try (JsonParser parser = Json.mapper().createParser(json)) {
      quick = PartwiseRead.read(parser, schema, json.length());
    } catch (IOException e) {
      quick = Optional.empty();
    }
    return consistent(quick.isPresent() ? quick.get() : inStages(json));
  }

  /**
   * The dossier whose JSON text is {@code json}, read stage by stage: the whole text parsed to one
   * tree, which each stage checks whole, so that every problem is found and put at its path.
   */
  private Dossier inStages(String json) {
    Problems problems = new Problems();
    JsonNode tree = JsonText.parse(json, problems);
    problems.throwIfAny();
    ScalarCheck.check(requireNonNull(tree), problems);
    problems.throwIfAny();
    schema.check(requireNonNull(tree), problems);
    Optional<Dossier> dossier = Binder.bind(requireNonNull(tree), problems);
    problems.throwIfAny();
    return dossier.orElseThrow();
  }

  /** {@code dossier}, after the consistency checks, the last stage, found nothing in it. */
  private static Dossier consistent(Dossier dossier) {
    Problems problems = new Problems();
    UniqueIdCheck.check(dossier, problems);
    ListedOnceCheck.check(dossier, problems);
    ReferenceCheck.check(dossier, problems);
    JuryCheck.check(dossier, problems);
    CallConsistencyCheck.check(dossier, problems);
    ReportHistoryCheck.check(dossier, problems);
    problems.throwIfAny();
    return dossier;
  }
}
