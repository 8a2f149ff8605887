package org.convoca.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convoca.dossier.DossierFixture.problemsOf;

import org.junit.jupiter.api.Test;

/** A rule parameter that FederalVocabulary names must have its kind; the reader says where it does not. */
class RuleParameterKindTest {

  @Test
  void reportsAParameterOfTheWrongKindAtItsPath() {
    String dossier = DossierFixture.validText()
        .replaceFirst("\"requireTrainedMember\"\\s*:\\s*true", "\"requireTrainedMember\": \"yes\"");

    assertThat(problemsOf(dossier)).containsExactly(
        "$.call.parameters.requireTrainedMember: 'requireTrainedMember' must be true or false, was a string");
  }

  @Test
  void reportsANegativeNumberForAParameterOfTheVocabularyAtItsPath() {
    assertThat(DossierFixture.aValidDossier().setJson("/call/parameters/consensusSpread", "-1").problems())
        .containsExactly("$.call.parameters.consensusSpread: 'consensusSpread' must not be negative, was -1");
  }

  @Test
  void acceptsANegativeNumberForAParameterOfAFoldersOwn() {
    assertThat(DossierFixture.aValidDossier().setJson("/call/parameters/ownOffset", "-1").problems()).isEmpty();
  }
}
