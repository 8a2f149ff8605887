package org.example.consumer;

import java.nio.file.Path;
import org.convoca.dossier.Dossier;
import org.convoca.dossier.DossierReader;
import org.convoca.outcome.CallOutcome;
import org.convoca.rules.Convoca;

/**
 * What an application keeps after deciding a call: the dossier it read and the outcome the bundled
 * rule book gave. Compiled against convoca-rules' compile class path alone, with every warning an
 * error: no Drools type is needed to use the library.
 *
 * @param dossier the call's dossier
 * @param outcome its outcome with the bundled rule book
 */
public record DecidedCall(Dossier dossier, CallOutcome outcome) {

  /**
   * Reads a dossier and decides it with the bundled rule book.
   *
   * @param dossierFile the dossier's JSON file
   * @return the dossier and its outcome
   */
  public static DecidedCall of(Path dossierFile) {
    Dossier dossier = DossierReader.standard().read(dossierFile);
    return new DecidedCall(dossier, Convoca.withBundledRules().decide(dossier));
  }
}
