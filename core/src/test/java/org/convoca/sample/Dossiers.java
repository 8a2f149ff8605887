package org.convoca.sample;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import org.convoca.dossier.Dossier;
import org.quicktheories.core.Gen;

/** QuickTheories generators of generated dossiers, for property tests in any module that uses core's test-jar. */
public final class Dossiers {

  private Dossiers() {}

  /** Dossiers of 1 to 60 proposals from random seeds, with the default call and a jury of 7. */
  public static Gen<Dossier> dossiers() {
    return dossiers(1, 60);
  }

  /** Dossiers of {@code min} to {@code max} proposals from random seeds. */
  public static Gen<Dossier> dossiers(int min, int max) {
    return longs().all().zip(integers().between(min, max),
            (seed, size) -> DossierGenerator.withSeed(seed).proposals(size).generate())
        .describedAs(Dossiers::describe);
  }

  /** How a failing dossier is reported: how to make it again, not its whole text. */
  private static String describe(Dossier dossier) {
    return "dossier of " + dossier.proposals().size() + " proposals, call " + dossier.call().id().value();
  }
}
