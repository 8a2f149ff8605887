package org.convoca.sample;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.convoca.dossier.Dossier;

class DossierGeneratorProperties {

  @Property(tries = 30)
  void everyGeneratedDossierIsConsistent(@ForAll("dossiers") Dossier dossier) {
    assertThat(DossierConsistency.problems(dossier)).isEmpty();
  }

  @Provide
  Arbitrary<Dossier> dossiers() {
    return Dossiers.dossiers();
  }
}
