package org.convoca.dossier;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * The JSON Schema (draft 2020-12) of the dossier, shipped in the {@code convoca-core} jar at
 * {@value #RESOURCE}, with a description of every field.
 *
 * <p>The schema checks the structure of a dossier: types, required fields, unknown fields,
 * enumerated values, identifier and code patterns ({@link #ID_PATTERN}), non-negative money and
 * participants, well-formed dates, a juror to every results assessment and the kinds of the
 * monitoring parameters it names. It
 * cannot check what spans several places of the document (unique ids, references between
 * sections, scores on the call's scale, weights summing to 100, currencies, inverted windows, one
 * report per proposal and day, a milestone going back from complete without a reason);
 * {@link DossierReader} checks those as well, so a dossier the reader accepts always passes the
 * schema, and a Java application should simply use the reader.
 *
 * <p>Another application validates a dossier with any draft 2020-12 validator that asserts
 * {@code format}. With networknt's json-schema-validator 2.x (the Jackson 2 line, which Convoca
 * itself uses; 3.x has the same API on Jackson 3), for example:
 *
 * <pre>{@code
 * SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
 *     b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
 * Schema schema = registry.getSchema(DossierSchema.asStream());
 * List<Error> errors = schema.validate(dossierText, InputFormat.JSON);   // empty when valid
 * }</pre>
 *
 * <p>From outside the JVM, extract the resource from the jar (or save {@link #asString()}) and
 * point the validator of your language at it; its {@code $id} is {@link #uri()}.
 */
public final class DossierSchema {

  /** The class-path resource of the schema. */
  public static final String RESOURCE = "/org/convoca/dossier/dossier.schema.json";

  /**
   * The pattern of every id in a dossier, and of every reference to one (the schema's
   * {@code $defs/Id}): 1 to 64 ASCII letters, digits, {@code .}, {@code _} or {@code -}, starting
   * with a letter or a digit. Ids are compared exactly: {@code P-002} and {@code p-002} differ.
   */
  public static final String ID_PATTERN = "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$";

  /** What {@link #ID_PATTERN} asks, as the end of a sentence that starts with "must". */
  public static final String ID_RULE =
      "be an id: 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or a digit";

  private static final Pattern ID_SYNTAX = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  private static final URI ID = URI.create("https://convoca.org/schema/dossier/1/dossier.schema.json");

  private DossierSchema() {}

  /**
   * The schema's {@code $id}, which names format version 1 of the dossier; never null. It is an
   * identifier, not a download address: load the schema from the jar.
   *
   * @return the schema's {@code $id}, which names format version 1 of the dossier; never null
   */
  public static URI uri() {
    return ID;
  }

  /**
   * Whether {@code text} is an id as {@link #ID_PATTERN} defines it.
   *
   * @param text the text to check
   * @return whether {@code text} is an id as {@link #ID_PATTERN} defines it
   * @throws NullPointerException when {@code text} is null
   */
  public static boolean isId(CharSequence text) {
    return ID_SYNTAX.matcher(text).matches();
  }

  /**
   * A fresh stream of the schema's UTF-8 text, which the caller closes.
   *
   * @return a fresh stream of the schema's UTF-8 text, which the caller closes
   * @throws IllegalStateException when the resource is missing from the class path (a broken jar)
   */
  public static InputStream asStream() {
    InputStream in = DossierSchema.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("the dossier schema " + RESOURCE + " is missing from the class path");
    }
    return in;
  }

  /**
   * The schema's text.
   *
   * @return the schema's text
   * @throws IllegalStateException when the resource is missing from the class path
   * @throws UncheckedIOException when it cannot be read
   */
  public static String asString() {
    try (InputStream in = asStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the dossier schema " + RESOURCE, e);
    }
  }
}
