package org.convoca.rules.federal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convoca.rules.federal.SpanishCalls.inSpanish;
import static org.convoca.testing.DossierFixtures.aDossier;
import static org.convoca.testing.DossierFixtures.aScore;
import static org.convoca.testing.ProposalFixtures.aCompleteProposal;

import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import org.convoca.assessment.Assessment;
import org.convoca.call.FederalVocabulary;
import org.convoca.dossier.Dossier;
import org.convoca.jury.Jury;
import org.convoca.language.Language;
import org.convoca.language.Messages;
import org.convoca.rules.RuleBook;
import org.convoca.rules.RuleDescription;
import org.convoca.proposal.Proposal;
import org.convoca.proposal.ProposalId;
import org.convoca.selection.TrackPlacement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The message bundles of the federal book's assessment rules ({@code federal/messages}) and
 * post-selection rules ({@code federal/tracks/messages}): every language has the root's keys with
 * its placeholders, every rule of those files has a title in English and in Spanish, and what they
 * write does not depend on the JVM's default locale.
 */
class FederalBundlesTest {

  private static final String FOLDER = "/org/convoca/rules/federal/";

  private static Messages family(String baseName) {
    return Messages.load(FOLDER + baseName, FederalBundlesTest.class::getResourceAsStream);
  }

  @ParameterizedTest
  @ValueSource(strings = {"messages", "tracks/messages"})
  void everyBundleHasTheRootsKeysAndPlaceholders(String baseName) {
    Messages messages = family(baseName);
    assertThat(messages.mismatches("")).isEmpty();
    assertThat(messages.mismatches("es")).isEmpty();
  }

  /** The assessment and post-selection rules: every file of the book but the monitoring ones. */
  private static List<String> assessmentAndTrackRules() {
    return RuleBook.bundled().rules().stream().filter(r -> !r.file().startsWith("monitoring"))
        .map(RuleDescription::name).toList();
  }

  @Test
  void everyAssessmentAndTrackRuleHasATitleInEnglishAndSpanish() {
    List<String> rules = assessmentAndTrackRules();
    assertThat(rules).hasSize(30);
    SortedMap<String, String> english = RuleBook.bundled().titles(Language.ENGLISH);
    SortedMap<String, String> spanish = RuleBook.bundled().titles(Language.SPANISH);
    assertThat(english.keySet()).containsAll(rules);
    assertThat(spanish.keySet()).containsAll(rules);
    // The English title is the rule's name; the Spanish one is a translation.
    rules.forEach(rule -> assertThat(english.get(rule)).isEqualTo(rule));
    rules.forEach(rule -> assertThat(spanish.get(rule)).isNotEqualTo(rule).doesNotContain("''"));
    assertThat(spanish.get("Proposal must be submitted inside the call's window"))
        .isEqualTo("La propuesta debe presentarse dentro del plazo de la convocatoria");
    assertThat(spanish.get("Co-created selected proposals enter the OGP Local track by rank while places last"))
        .isEqualTo("Las propuestas seleccionadas co-creadas ingresan a la línea OGP Local por orden de mérito mientras haya cupo");
  }

  /** Everything the assessment and post-selection rules write about a dossier: the assessments, with their sentences, and the placements. */
  private static List<Object> written(Dossier dossier) {
    List<Assessment> assessments = RuleBook.bundled().assess(dossier);
    List<TrackPlacement> placements = RuleBook.bundled().assign(dossier, assessments,
        assessments.stream().map(Assessment::proposalId).toList());
    return List.of(assessments, placements, RuleBook.bundled().titles(dossier.call().writtenIn()));
  }

  @Test
  void whatTheRulesWriteDoesNotDependOnTheDefaultLocale() {
    Proposal p = aCompleteProposal();
    Proposal late = aCompleteProposal().withId(ProposalId.of("P-002")).withSubmittedAt(java.time.Instant.parse("2021-10-01T03:00:00Z"));
    Dossier dossier = aDossier(p, late).withJury(Jury.builder().addScores(aScore("J-1", p, FederalVocabulary.JURY, "4"),
        aScore("J-2", p, FederalVocabulary.JURY, "4.5"), aScore("J-3", p, FederalVocabulary.JURY, "1.5")).build());
    List<Dossier> dossiers = List.of(dossier, inSpanish(dossier));
    List<List<Object>> expected = dossiers.stream().map(FederalBundlesTest::written).toList();
    assertThat(expected.get(1).toString()).contains("ARS 1.000.000", "1 de octubre de 2021, 03:00 UTC", "3,33");
    Locale saved = Locale.getDefault();
    try {
      for (Locale locale : List.of(Locale.forLanguageTag("tr-TR"), Locale.GERMANY)) {
        Locale.setDefault(locale);
        assertThat(dossiers.stream().map(FederalBundlesTest::written).toList()).as(locale.toString()).isEqualTo(expected);
      }
    } finally {
      Locale.setDefault(saved);
    }
  }
}
