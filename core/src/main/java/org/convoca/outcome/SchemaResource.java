package org.convoca.outcome;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** A JSON Schema (draft 2020-12, formats asserted) shipped as a class-path resource: the outcome's and the monitoring's. */
final class SchemaResource {

  private final String resource;
  private final String name;
  private final Schema schema;

  /** The schema at {@code resource}, called {@code name} in the error a broken jar gives. */
  SchemaResource(String resource, String name) {
    this.resource = resource;
    this.name = name;
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
        b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    try (InputStream in = stream()) {
      this.schema = registry.getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A fresh stream of the schema's text; @throws IllegalStateException when the resource is missing. */
  InputStream stream() {
    InputStream in = SchemaResource.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("the " + name + " schema " + resource + " is missing from the class path");
    }
    return in;
  }

  /** What the schema finds wrong with {@code json}, one line per problem with its JSON path. */
  List<String> problems(String json) {
    return schema.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
  }
}
