package org.convoca.rules.horizon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convoca.testing.ProposalFixtures.aCompleteProposal;
import static org.convoca.rules.horizon.HorizonFixtures.aDossier;
import static org.convoca.rules.horizon.HorizonFixtures.aScoredDossier;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.convoca.assessment.Assessment;
import org.convoca.assessment.AwardFinding;
import org.convoca.assessment.CheckFinding;
import org.convoca.call.HorizonVocabulary;
import org.convoca.dossier.Dossier;
import org.convoca.government.GovernmentLevel;
import org.convoca.jury.Jury;
import org.convoca.language.Language;
import org.convoca.proposal.Funding;
import org.convoca.proposal.Proposal;
import org.convoca.proposal.Theme;
import org.convoca.rules.RuleBook;
import org.convoca.value.Money;
import org.junit.jupiter.api.Test;

/** One test per rule of the bundled "horizon-europe" book: a case where it matches and one where it does not. */
class HorizonRulesTest {

  private static Assessment assess(Dossier dossier) {
    return RuleBook.bundled("horizon-europe").assess(dossier).get(0);
  }

  private static List<CheckFinding> checks(Dossier dossier, String rule) {
    return assess(dossier).checks().stream().filter(c -> c.rule().equals(rule)).toList();
  }

  private static List<AwardFinding> awards(Assessment a, String rule) {
    return a.criteria().stream().flatMap(c -> c.awards().stream()).filter(w -> w.rule().equals(rule)).toList();
  }

  @Test
  void proposalMustBeSubmittedBeforeTheCallsDeadline() {
    String rule = "Proposal must be submitted before the call's deadline";
    Proposal late = Proposal.copyOf(aCompleteProposal()).withSubmittedAt(Instant.parse("2021-10-01T03:00:00Z"));

    assertThat(checks(aDossier(aCompleteProposal()), rule)).singleElement().satisfies(c -> assertThat(c.passed()).isTrue());
    assertThat(checks(aDossier(late), rule)).singleElement().satisfies(c -> {
      assertThat(c.passed()).isFalse();
      assertThat(c.sentence()).isEqualTo("Submitted at October 1, 2021, 03:00 UTC, outside the window from August 2, 2021, "
          + "12:00 UTC to the deadline October 1, 2021, 02:59:59 UTC.");
    });
  }

  @Test
  void proposalMustAddressAtLeastOneOfTheCallsTopics() {
    String rule = "Proposal must address at least one of the call's topics";
    Dossier offTopic = aDossier(aCompleteProposal());
    offTopic = offTopic.withCall(offTopic.call().withThemes(List.of(Theme.CIVIC_INNOVATION)));

    assertThat(checks(aDossier(aCompleteProposal()), rule)).singleElement().satisfies(c -> {
      assertThat(c.passed()).isTrue();
      assertThat(c.sentence()).isEqualTo("The proposal addresses 2 of the call's topics.");
    });
    assertThat(checks(offTopic, rule)).singleElement().satisfies(c -> assertThat(c.passed()).isFalse());
  }

  @Test
  void applicantMustBeAnEntityTheCallAccepts() {
    String rule = "Applicant must be an entity the call accepts";
    Dossier provincesOnly = aDossier(aCompleteProposal());
    provincesOnly = provincesOnly.withCall(provincesOnly.call().withEligibleLevels(List.of(GovernmentLevel.PROVINCIAL)));

    assertThat(checks(aDossier(aCompleteProposal()), rule)).singleElement().satisfies(c -> assertThat(c.passed()).isTrue());
    assertThat(checks(provincesOnly, rule)).singleElement().satisfies(c -> {
      assertThat(c.passed()).isFalse();
      assertThat(c.sentence()).isEqualTo("Villa Test is a municipal government; the call accepts provincial governments.");
    });
  }

  @Test
  void requestedContributionMustBeAboveZeroAndWithinTheCallsCeiling() {
    String rule = "Requested contribution must be above zero and within the call's ceiling";
    Proposal tooMuch = withRequest(3_000_001);
    Proposal nothing = withRequest(0);

    assertThat(checks(aDossier(aCompleteProposal()), rule)).singleElement().satisfies(c -> assertThat(c.passed()).isTrue());
    assertThat(checks(aDossier(tooMuch), rule)).singleElement().satisfies(c -> {
      assertThat(c.passed()).isFalse();
      assertThat(c.sentence()).isEqualTo("The request of ARS 3,000,001 exceeds the ceiling of ARS 3,000,000.");
    });
    assertThat(checks(aDossier(nothing), rule)).singleElement().satisfies(c -> {
      assertThat(c.passed()).isFalse();
      assertThat(c.sentence()).isEqualTo("The proposal requests no contribution.");
    });
  }

  @Test
  void excellenceEarnsTheExpertsScore() {
    Assessment scored = assess(aScoredDossier(aCompleteProposal(), "4,4,4.5", "3,3,3", "3,3,3"));

    assertThat(awards(scored, "Excellence earns the experts' score")).singleElement().satisfies(a -> {
      assertThat(a.criterion()).isEqualTo(HorizonVocabulary.EXCELLENCE);
      assertThat(a.points()).isEqualByComparingTo("4");
      assertThat(a.sentence()).isEqualTo("3 experts' valid scores give a median of 4 for excellence on the scale from 0 to 5.");
    });
    assertThat(awards(assess(aDossier(aCompleteProposal())), "Excellence earns the experts' score")).isEmpty();
  }

  @Test
  void impactEarnsTheExpertsScoreOrTheirConsensus() {
    Proposal p = aCompleteProposal();
    Dossier agreed = aScoredDossier(p, "3,3,3", "3.5,5,5", "3,3,3");
    agreed = agreed.withJury(Jury.copyOf(agreed.jury()).withConsensus(HorizonFixtures.consensus(p, HorizonVocabulary.IMPACT, "4.5")));

    assertThat(awards(assess(agreed), "Impact earns the experts' score")).singleElement().satisfies(a -> {
      assertThat(a.points()).isEqualByComparingTo("4.5");
      assertThat(a.sentence()).isEqualTo("The experts agreed on a consensus score of 4.5 for impact on the scale from 0 to 5.");
    });
    assertThat(awards(assess(aDossier(p)), "Impact earns the experts' score")).isEmpty();
  }

  @Test
  void qualityAndEfficiencyOfTheImplementationEarnsTheExpertsScore() {
    String rule = "Quality and efficiency of the implementation earns the experts' score";
    Assessment scored = assess(aScoredDossier(aCompleteProposal(), "3,3,3", "3,3,3", "2.5,5,3.5"));

    assertThat(awards(scored, rule)).singleElement().satisfies(a -> {
      assertThat(a.criterion()).isEqualTo(HorizonVocabulary.IMPLEMENTATION);
      assertThat(a.points()).isEqualByComparingTo("3.5");
      assertThat(a.sentence()).isEqualTo("3 experts' valid scores give a median of 3.5 for the quality and efficiency of the "
          + "implementation on the scale from 0 to 5.");
    });
    assertThat(awards(assess(aDossier(aCompleteProposal())), rule)).isEmpty();
  }

  @Test
  void theTotalIsThePlainSumAndImpactCountsOneAndAHalfTimesOnlyForRanking() {
    Assessment a = assess(aScoredDossier(aCompleteProposal(), "4,4,4", "2.5,2.5,2.5", "5,5,5"));

    assertThat(a.total()).isEqualByComparingTo("11.5");
    assertThat(a.meetsOverallThreshold()).isTrue();
    assertThat(a.meetsAllThresholds()).isFalse();
    assertThat(a.rankingScore()).hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("12.75"));
  }

  @Test
  void expertsWhoDisagreeByMoreThanTheConsensusSpreadNeedAConsensusMeeting() {
    String rule = "Experts who disagree by more than the consensus spread need a consensus meeting";
    Proposal p = aCompleteProposal();
    Assessment apart = assess(aScoredDossier(p, "2.5,4,4.5", "3,3,3", "3,3,3"));
    Assessment close = assess(aScoredDossier(p, "3,4,4.5", "3,3,3", "3,3,3"));
    Dossier agreed = aScoredDossier(p, "2.5,4,4.5", "3,3,3", "3,3,3");
    agreed = agreed.withJury(Jury.copyOf(agreed.jury()).withConsensus(HorizonFixtures.consensus(p, HorizonVocabulary.EXCELLENCE, "4")));

    assertThat(apart.labels()).singleElement().satisfies(l -> {
      assertThat(l.label()).isEqualTo(HorizonVocabulary.NEEDS_CONSENSUS);
      assertThat(l.rule()).isEqualTo(rule);
      assertThat(l.sentence()).isEqualTo("On excellence the experts' valid scores range from 2.5 to 4.5, more than 1.5 apart.");
    });
    assertThat(close.labels()).isEmpty();
    assertThat(assess(agreed).labels()).isEmpty();
  }

  @Test
  void eachRuleWritesItsSentenceInSpanishWhenTheCallIsWrittenInSpanish() {
    Proposal late = Proposal.copyOf(aCompleteProposal()).withSubmittedAt(Instant.parse("2021-10-01T03:00:00Z"));
    assertThat(checks(spanish(aDossier(late)), "Proposal must be submitted before the call's deadline")).singleElement()
        .extracting(CheckFinding::sentence).isEqualTo("Presentada el 1 de octubre de 2021, 03:00 UTC: fuera del plazo, con apertura "
            + "el 2 de agosto de 2021, 12:00 UTC y cierre el 1 de octubre de 2021, 02:59:59 UTC.");
    assertThat(checks(spanish(aDossier(aCompleteProposal())), "Proposal must address at least one of the call's topics"))
        .singleElement().extracting(CheckFinding::sentence).isEqualTo("La propuesta aborda 2 de los temas de la convocatoria.");
    Dossier offTopic = aDossier(aCompleteProposal());
    offTopic = spanish(offTopic.withCall(offTopic.call().withThemes(List.of(Theme.CIVIC_INNOVATION))));
    assertThat(checks(offTopic, "Proposal must address at least one of the call's topics")).singleElement()
        .extracting(CheckFinding::sentence).asString().startsWith("Ninguno de los temas de la propuesta [")
        .endsWith("] está entre los temas de la convocatoria [CIVIC_INNOVATION].");
    Dossier provincesOnly = aDossier(aCompleteProposal());
    provincesOnly = spanish(provincesOnly.withCall(provincesOnly.call().withEligibleLevels(List.of(GovernmentLevel.PROVINCIAL))));
    assertThat(checks(provincesOnly, "Applicant must be an entity the call accepts")).singleElement()
        .extracting(CheckFinding::sentence)
        .isEqualTo("Villa Test es un gobierno de nivel municipal; la convocatoria acepta gobiernos de nivel provincial.");
    String request = "Requested contribution must be above zero and within the call's ceiling";
    assertThat(checks(spanish(aDossier(withRequest(3_000_001))), request)).singleElement().extracting(CheckFinding::sentence)
        .isEqualTo("El monto solicitado, ARS 3.000.001, supera el tope de ARS 3.000.000.");
    assertThat(checks(spanish(aDossier(withRequest(2_500_000))), request)).singleElement().extracting(CheckFinding::sentence)
        .isEqualTo("El monto solicitado, ARS 2.500.000, está dentro del tope de ARS 3.000.000.");
    assertThat(checks(spanish(aDossier(withRequest(0))), request)).singleElement().extracting(CheckFinding::sentence)
        .isEqualTo("La propuesta no solicita ningún aporte.");

    Proposal p = aCompleteProposal();
    Dossier scored = aScoredDossier(p, "2.5,4,4.5", "3.5,5,5", "2.5,5,3.5");
    scored = spanish(scored.withJury(Jury.copyOf(scored.jury()).withConsensus(HorizonFixtures.consensus(p, HorizonVocabulary.IMPACT,
        "4.5"))));
    Assessment a = assess(scored);
    assertThat(awards(a, "Excellence earns the experts' score")).singleElement().extracting(AwardFinding::sentence)
        .isEqualTo("Los puntajes válidos de 3 expertos dan una mediana de 4 para la excelencia, en la escala de 0 a 5.");
    assertThat(awards(a, "Impact earns the experts' score")).singleElement().extracting(AwardFinding::sentence)
        .isEqualTo("Los expertos acordaron un puntaje de consenso de 4,5 para el impacto, en la escala de 0 a 5.");
    assertThat(awards(a, "Quality and efficiency of the implementation earns the experts' score")).singleElement()
        .extracting(AwardFinding::sentence).isEqualTo("Los puntajes válidos de 3 expertos dan una mediana de 3,5 para la calidad y "
            + "la eficiencia de la implementación, en la escala de 0 a 5.");
    assertThat(a.labels()).extracting(l -> l.sentence()).containsExactlyInAnyOrder(
        "En excelencia, los puntajes válidos de los expertos van de 2,5 a 4,5: más de 1,5 de diferencia.",
        "En implementación, los puntajes válidos de los expertos van de 2,5 a 5: más de 1,5 de diferencia.");
  }

  @Test
  void theRuleTitlesAreTheirNamesInEnglishAndTranslatedInSpanish() {
    RuleBook book = RuleBook.bundled("horizon-europe");
    assertThat(book.titles(Language.ENGLISH)).hasSize(book.rules().size()).allSatisfy((name, title) -> assertThat(title).isEqualTo(name));
    assertThat(book.titles(Language.SPANISH)).hasSize(book.rules().size())
        .containsEntry("Excellence earns the experts' score", "La excelencia recibe el puntaje de los expertos")
        .containsEntry("Proposal must be submitted before the call's deadline",
            "La propuesta debe presentarse antes del cierre de la convocatoria");
  }

  @Test
  void theSentencesDoNotDependOnTheJvmsDefaultLocale() {
    Proposal p = Proposal.copyOf(aCompleteProposal()).withSubmittedAt(Instant.parse("2021-10-01T03:00:00Z"));
    Dossier english = aScoredDossier(p, "2.5,4,4.5", "3.5,5,5", "2.5,5,3.5");
    List<String> inEnglish = sentences(english);
    List<String> inSpanish = sentences(spanish(english));
    Locale before = Locale.getDefault();
    try {
      for (Locale locale : List.of(Locale.forLanguageTag("tr-TR"), Locale.GERMANY)) {
        Locale.setDefault(locale);
        assertThat(sentences(english)).as("English under " + locale).isEqualTo(inEnglish);
        assertThat(sentences(spanish(english))).as("Spanish under " + locale).isEqualTo(inSpanish);
      }
    } finally {
      Locale.setDefault(before);
    }
    assertThat(inSpanish).isNotEqualTo(inEnglish);
  }

  private static List<String> sentences(Dossier dossier) {
    Assessment a = assess(dossier);
    List<String> all = new ArrayList<>(a.checks().stream().map(CheckFinding::sentence).toList());
    a.criteria().forEach(c -> c.awards().forEach(w -> all.add(w.sentence())));
    a.labels().forEach(l -> all.add(l.sentence()));
    return all;
  }

  private static Dossier spanish(Dossier dossier) {
    return dossier.withCall(dossier.call().withLanguage(Language.SPANISH));
  }

  private static Proposal withRequest(long amount) {
    Proposal p = aCompleteProposal();
    return p.withFunding(Funding.copyOf(p.funding()).withRequested(Money.of(amount, "ARS")));
  }

}
