package org.convoca.sample;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.convoca.dossier.Dossier;

/** jqwik arbitraries of generated dossiers, for property tests in any module that uses core's test-jar. */
public final class Dossiers {

  private Dossiers() {}

  /** Dossiers of 1 to 60 proposals from random seeds, with the default call and a jury of 7. */
  public static Arbitrary<Dossier> dossiers() {
    return dossiers(1, 60);
  }

  /** Dossiers of {@code min} to {@code max} proposals from random seeds. */
  public static Arbitrary<Dossier> dossiers(int min, int max) {
    return Combinators.combine(Arbitraries.longs(), Arbitraries.integers().between(min, max))
        .as((seed, size) -> DossierGenerator.withSeed(seed).proposals(size).generate());
  }
}
