package org.convoca.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convoca.sample.Theories.qt;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
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
  void everyGeneratedAssignmentPassesTheValidator() {
    // Three distinct jurors per proposal, none conflicted, none beyond capacity, loads as even as conflicts allow.
    qt(30).forAll(Dossiers.dossiers())
        .checkAssert(dossier -> assertThat(GeneratedJury.violations(dossier)).isEmpty());
  }

  @Test
  void onlyAssignedJurorsScoreButTheOneWhoDeclaredAConflictAfterScoring() {
    qt(30).forAll(Dossiers.dossiers()).checkAssert(dossier -> {
      Set<GeneratedJury.Pair> unassigned = new HashSet<>(GeneratedJury.scored(dossier));
      unassigned.removeAll(GeneratedJury.assigned(dossier));
      Set<GeneratedJury.Pair> declared = dossier.jury().conflicts().stream()
          .map(c -> new GeneratedJury.Pair(c.juror(), c.proposal().orElseThrow())).collect(Collectors.toSet());

      assertThat(dossier.jury().conflicts()).hasSize(1);
      assertThat(unassigned).isEqualTo(declared);
    });
  }

  @Test
  void theReaderAcceptsEveryGeneratedDossierAsWritten() {
    // It refuses, among others, an entry listed twice in a list that is a set.
    qt(30).forAll(Dossiers.dossiers())
        .checkAssert(dossier -> assertThat(DossierReader.standard().read(DossierWriter.toJson(dossier))).isEqualTo(dossier));
  }
}
