package org.convoca.outcome;

import java.io.InputStream;
import java.net.URI;
import java.util.List;

/**
 * The JSON Schema (draft 2020-12) of {@code outcome.json}, format version
 * {@value OutcomeJson#FORMAT_VERSION}, shipped in the {@code convoca-core} jar at {@value #RESOURCE}
 * beside the dossier's. It is strict: every object of the format lists its fields and admits no
 * other, so a renamed or added field fails it; a new format version comes with a new schema whose
 * {@code $id} names that version.
 *
 * <p>Another application validates an outcome as it validates a dossier (see
 * {@link org.convoca.dossier.DossierSchema}), with this resource; a Java application may call
 * {@link #problems(String)}.
 */
public final class OutcomeSchema {

  /** The class-path resource of the schema. */
  public static final String RESOURCE = "/org/convoca/outcome/outcome.schema.json";

  private static final URI ID = URI.create(
      "https://convoca.org/schema/outcome/" + OutcomeJson.FORMAT_VERSION + "/outcome.schema.json");

  private static final SchemaResource SCHEMA = new SchemaResource(RESOURCE, "outcome");

  private OutcomeSchema() {}

  /** {@return the schema's {@code $id}, which names the format version; an identifier, not a download address} */
  public static URI uri() {
    return ID;
  }

  /**
   * A fresh stream of the schema's UTF-8 text, which the caller closes.
   *
   * @return a fresh stream of the schema's UTF-8 text, which the caller closes
   * @throws IllegalStateException when the resource is missing from the class path (a broken jar)
   */
  public static InputStream asStream() {
    return SCHEMA.stream();
  }

  /**
   * What the schema finds wrong with {@code json}, one line per problem with its JSON path.
   *
   * @param json the text of an {@code outcome.json}; not null
   * @return the problems, empty when {@code json} is an outcome of this format version
   */
  public static List<String> problems(String json) {
    return SCHEMA.problems(json);
  }
}
