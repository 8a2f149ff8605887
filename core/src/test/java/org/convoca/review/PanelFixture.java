package org.convoca.review;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.convoca.dossier.Dossier;
import org.convoca.dossier.DossierReader;
import org.convoca.dossier.internal.Json;

/**
 * The small panel of {@code small-panel.json} (see the README beside it) as an editable JSON tree,
 * read by the standard reader, so that every edited dossier is one the reader accepts.
 */
public final class PanelFixture {

  private final ObjectNode tree;

  private PanelFixture(ObjectNode tree) {
    this.tree = tree;
  }

  /** A fresh, editable copy of the small panel. */
  public static PanelFixture aSmallPanel() {
    try (InputStream in = PanelFixture.class.getResourceAsStream("/org/convoca/review/small-panel.json")) {
      return new PanelFixture((ObjectNode) Json.mapper().readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Sets the value at a JSON pointer, given as JSON text; the parent must exist. */
  public PanelFixture set(String pointer, String json) {
    JsonPointer at = JsonPointer.compile(pointer);
    JsonNode parent = tree.at(at.head());
    JsonNode node;
    try {
      node = Json.mapper().readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (parent instanceof ArrayNode array) {
      array.set(at.last().getMatchingIndex(), node);
    } else {
      ((ObjectNode) parent).set(at.last().getMatchingProperty(), node);
    }
    return this;
  }

  /** Removes the field at a JSON pointer. */
  public PanelFixture remove(String pointer) {
    JsonPointer at = JsonPointer.compile(pointer);
    ((ObjectNode) tree.at(at.head())).remove(at.last().getMatchingProperty());
    return this;
  }

  /** The dossier's JSON text. */
  public String json() {
    return tree.toPrettyString();
  }

  /** The dossier, as the standard reader reads it. */
  public Dossier read() {
    return DossierReader.standard().read(json());
  }
}
