package org.convoca.dossier;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.convoca.dossier.internal.Json;

/**
 * The small valid dossier (valid-small.json: a 2021 call, three governments, three proposals, two
 * jurors) as text or as an editable tree, and edits that break one thing in it.
 */
final class DossierFixture {

  static final String VALID_SMALL = "/org/convoca/dossier/valid-small.json";

  private final ObjectNode tree;

  private DossierFixture(ObjectNode tree) {
    this.tree = tree;
  }

  static String text(String resource) {
    try (InputStream in = DossierFixture.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String validText() {
    return text(VALID_SMALL);
  }

  /** A fresh, editable copy of the valid dossier. */
  static DossierFixture aValidDossier() {
    try {
      return new DossierFixture((ObjectNode) Json.mapper().readTree(validText()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An editable copy of the dossier whose JSON text is {@code json}. */
  static DossierFixture of(String json) {
    try {
      return new DossierFixture((ObjectNode) Json.mapper().readTree(json));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Sets the value at a JSON pointer such as {@code /proposals/0/title}; the parent must exist. */
  DossierFixture set(String pointer, Object value) {
    JsonPointer at = JsonPointer.compile(pointer);
    JsonNode parent = tree.at(at.head());
    JsonNode node = Json.mapper().valueToTree(value);
    if (parent instanceof ArrayNode array) {
      array.set(at.last().getMatchingIndex(), node);
    } else {
      ((ObjectNode) parent).set(at.last().getMatchingProperty(), node);
    }
    return this;
  }

  /** Sets a value given as JSON text, such as {@code {"amount": 1, "currency": "ARS"}}. */
  DossierFixture setJson(String pointer, String json) {
    try {
      return set(pointer, Json.mapper().readTree(json));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Removes the field or element at a JSON pointer. */
  DossierFixture remove(String pointer) {
    JsonPointer at = JsonPointer.compile(pointer);
    JsonNode parent = tree.at(at.head());
    if (parent instanceof ArrayNode array) {
      array.remove(at.last().getMatchingIndex());
    } else {
      ((ObjectNode) parent).remove(at.last().getMatchingProperty());
    }
    return this;
  }

  String json() {
    return tree.toPrettyString();
  }

  /** The problems the standard reader finds, as {@code path: message} lines; empty when it reads. */
  List<String> problems() {
    return problemsOf(json());
  }

  static List<String> problemsOf(String json) {
    return problemsOf(() -> DossierReader.standard().read(json));
  }

  /** The problems the standard reader finds in the bytes of a file, read as it reads a stream. */
  static List<String> problemsOf(byte[] file) {
    return problemsOf(() -> DossierReader.standard().read(new java.io.ByteArrayInputStream(file)));
  }

  private static List<String> problemsOf(Runnable reading) {
    try {
      reading.run();
      return List.of();
    } catch (InvalidDossierException e) {
      return e.problems().stream().map(DossierProblem::toString).toList();
    }
  }
}
