package org.convoca.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convoca.sample.Theories.qt;

import org.convoca.dossier.DossierReader;
import org.convoca.dossier.DossierWriter;
import org.junit.jupiter.api.Test;

class DossierGeneratorProperties {

  @Test
  void everyGeneratedDossierIsConsistent() {
    qt(30).forAll(Dossiers.dossiers())
        .checkAssert(dossier -> assertThat(DossierConsistency.problems(dossier)).isEmpty());
  }

  @Test
  void theReaderAcceptsEveryGeneratedDossierAsWritten() {
    // It refuses, among others, an entry listed twice in a list that is a set.
    qt(30).forAll(Dossiers.dossiers())
        .checkAssert(dossier -> assertThat(DossierReader.standard().read(DossierWriter.toJson(dossier))).isEqualTo(dossier));
  }
}
