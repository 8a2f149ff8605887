package org.convoca.outcome;

import java.io.InputStream;
import java.net.URI;
import java.util.List;

/**
 * The JSON Schema (draft 2020-12) of {@code monitoring.json}, format version
 * {@value MonitoringWriters#FORMAT_VERSION}, shipped in the {@code convoca-core} jar at
 * {@value #RESOURCE} beside the outcome's. It is strict as {@link OutcomeSchema} is: every object
 * lists its fields and admits no other.
 */
public final class MonitoringSchema {

  /** The class-path resource of the schema. */
  public static final String RESOURCE = "/org/convoca/outcome/monitoring.schema.json";

  private static final URI ID = URI.create(
      "https://convoca.org/schema/monitoring/" + MonitoringWriters.FORMAT_VERSION + "/monitoring.schema.json");

  private static final SchemaResource SCHEMA = new SchemaResource(RESOURCE, "monitoring");

  private MonitoringSchema() {}

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
   * @param json the text of a {@code monitoring.json}; not null
   * @return the problems, empty when {@code json} is a monitoring outcome of this format version
   */
  public static List<String> problems(String json) {
    return SCHEMA.problems(json);
  }
}
