package org.convoca.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.convoca.dossier.Dossier;

/**
 * Reads the dossier a command was given, turning a missing file, or one that is not a regular
 * file (a folder, a pipe, a device), into a one-line user error before anything is read, with the
 * reader that the run prepared ({@link PreparedReader}).
 */
final class DossierArgument {

  private DossierArgument() {}

  static Dossier read(Path file) {
    if (Files.notExists(file)) {
      throw UserError.invalidInput("file.missing", file);
    }
    if (!Files.isRegularFile(file)) {
      throw UserError.invalidInput("file.not-regular", file);
    }
    return PreparedReader.standard().read(file);
  }
}
