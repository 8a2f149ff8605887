package org.convoca.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.TreeMap;
import org.convoca.dossier.Dossier;
import org.convoca.language.Language;
import org.convoca.outcome.CallOutcome;
import org.convoca.outcome.internal.CallOutcomes;
import org.convoca.selection.TrackAssigner;
import org.convoca.testing.DossierFixtures;
import org.junit.jupiter.api.Test;

/** A rule book's warnings join the outcome's notes in the call's language; the warning itself is the rule book's. */
class WarningNotesTest {

  private static final List<RuleBookWarning> WARNINGS =
      List.of(new RuleBookWarning("rules/eligibility.drl", "replaces the bundled eligibility.drl"));

  @Test
  void notesEachWarningInEnglishForAnEnglishCall() {
    CallOutcome noted = WarningNotes.addTo(outcome(Language.ENGLISH), WARNINGS);

    assertThat(noted.selection().notes())
        .containsExactly("Rule book warning: rules/eligibility.drl: replaces the bundled eligibility.drl");
  }

  @Test
  void notesEachWarningInSpanishForASpanishCall() {
    CallOutcome noted = WarningNotes.addTo(outcome(Language.SPANISH), WARNINGS);

    assertThat(noted.selection().notes())
        .containsExactly("Advertencia del libro de reglas: rules/eligibility.drl: replaces the bundled eligibility.drl");
  }

  @Test
  void leavesAnOutcomeWithoutWarningsAsItIs() {
    CallOutcome outcome = outcome(Language.SPANISH);

    assertThat(WarningNotes.addTo(outcome, List.of())).isSameAs(outcome);
  }

  @Test
  void theSpanishNotesHaveTheKeysAndPlaceholdersOfTheRoot() {
    assertThat(WarningNotes.TEXTS.mismatches("")).isEmpty();
    assertThat(WarningNotes.TEXTS.mismatches("es")).isEmpty();
  }

  private static CallOutcome outcome(Language language) {
    Dossier dossier = DossierFixtures.aDossier();
    Dossier written = dossier.withCall(dossier.call().withLanguage(language));
    return CallOutcomes.decide(written, List.of(), TrackAssigner.NONE, new TreeMap<>());
  }
}
