package org.convoca.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.convoca.dossier.Dossier;
import org.convoca.sample.DossierGenerator;
import org.junit.jupiter.api.Test;

/** A dossier larger than one batch of the session is assessed exactly like the reference assesses it. */
class LargeDossierTest {

  @Test
  void aDossierOfSeveralBatchesIsAssessedLikeTheReference() {
    Dossier dossier = DossierGenerator.withSeed(7).proposals(DossierFacts.BATCH * 2 + 17).generate();
    assertThat(RuleBook.bundled().assess(dossier)).isEqualTo(ReferenceRuleBook.assess(dossier));
  }
}
