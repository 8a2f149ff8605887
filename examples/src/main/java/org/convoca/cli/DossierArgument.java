package org.convoca.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.convoca.dossier.Dossier;
import org.convoca.dossier.DossierReader;

/** Reads the dossier a command was given, turning a missing file into a one-line user error. */
final class DossierArgument {

  private DossierArgument() {}

  static Dossier read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw UserError.invalidInput(file + ": no such file");
    }
    return DossierReader.standard().read(file);
  }
}
