package org.convoca.dossier;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.convoca.dossier.internal.Json;

/**
 * Writes a dossier as JSON that {@link DossierReader} reads back equal.
 *
 * <p>The text is stable: fields come in the order the model declares them, the keys of maps
 * (rule parameters) in sorted order, absent optional fields are left out, and the text is
 * indented UTF-8 ending with a newline. The same dossier always gives the same bytes. Empty lists
 * are written {@code []}, except the dossier's {@code resultsAssessments} and the call's
 * {@code monitoring} parameters, which are left out when empty, so that a dossier written before
 * they existed is written the same.
 */
public final class DossierWriter {

  private DossierWriter() {}

  /**
   * The JSON text of {@code dossier}.
   *
   * @param dossier the dossier to write
   * @return the JSON text of {@code dossier}
   * @throws NullPointerException when {@code dossier} is null
   */
  public static String toJson(Dossier dossier) {
    requireNonNull(dossier, "dossier");
    try {
      return Json.mapper().writeValueAsString(dossier) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a dossier could not be written as JSON: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * Writes {@code dossier} to {@code out}, which is flushed but not closed.
   *
   * @param dossier the dossier to write
   * @param out where to write it; not closed
   * @throws UncheckedIOException when the stream cannot be written
   * @throws NullPointerException when an argument is null
   */
  public static void write(Dossier dossier, OutputStream out) {
    requireNonNull(out, "out");
    try {
      out.write(toJson(dossier).getBytes(StandardCharsets.UTF_8));
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the dossier: " + e.getMessage(), e);
    }
  }

  /**
   * Writes {@code dossier} to the file at {@code path}, replacing it if it exists.
   *
   * @param dossier the dossier to write
   * @param path the file to write, replaced when it exists
   * @throws UncheckedIOException when the file cannot be written
   * @throws NullPointerException when an argument is null
   */
  public static void write(Dossier dossier, Path path) {
    requireNonNull(path, "path");
    try {
      Files.writeString(path, toJson(dossier), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the dossier " + path + ": " + e.getMessage(), e);
    }
  }
}
