package org.convoca.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convoca.sample.Theories.qt;

import org.junit.jupiter.api.Test;

class DossierGeneratorProperties {

  @Test
  void everyGeneratedDossierIsConsistent() {
    qt(30).forAll(Dossiers.dossiers())
        .checkAssert(dossier -> assertThat(DossierConsistency.problems(dossier)).isEmpty());
  }
}
