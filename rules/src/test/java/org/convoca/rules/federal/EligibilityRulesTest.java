package org.convoca.rules.federal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.convoca.testing.DossierFixtures.aDossier;
import static org.convoca.testing.ProposalFixtures.aCompleteProposal;
import static org.convoca.testing.ProposalFixtures.aMilestone;
import static org.convoca.rules.federal.SpanishCalls.inSpanish;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.convoca.assessment.Assessment;
import org.convoca.call.FederalVocabulary;
import org.convoca.dossier.Dossier;
import org.convoca.government.GovernmentId;
import org.convoca.government.GovernmentLevel;
import org.convoca.language.Language;
import org.convoca.proposal.Commitment;
import org.convoca.proposal.Funding;
import org.convoca.proposal.Proposal;
import org.convoca.proposal.ProposalId;
import org.convoca.proposal.Theme;
import org.convoca.rules.RuleBook;
import org.convoca.rules.RuleExecutionException;
import org.convoca.rules.testing.RuleVerifier;
import org.convoca.testing.CallFixtures;
import org.convoca.testing.DossierFixtures;
import org.convoca.testing.ProposalFixtures;
import org.convoca.value.Money;
import org.junit.jupiter.api.Test;

/** One test per rule of eligibility.drl, through the rule verifier: a proposal the check passes and one it fails. */
class EligibilityRulesTest {

  private final RuleVerifier verifier = RuleVerifier.of(RuleBook.bundled());

  /** {@code dossier} with its call's rule parameter {@code parameter} set to {@code value}, or left out when null. */
  static Dossier withParameter(Dossier dossier, String parameter, Object value) {
    return dossier.withCall(CallFixtures.withParameter(dossier.call(), parameter, value));
  }

  @Test
  void applicantMustBeAProvincialOrMunicipalGovernment() {
    String rule = "Applicant must be a provincial or municipal government";
    verifier.rule(rule).given(aCompleteProposal()).passes();

    Dossier national = aDossier(aCompleteProposal().withApplicant(GovernmentId.of("G-NAT")));
    national = national.withGovernments(List.of(DossierFixtures.aProvince(), DossierFixtures.aSmallMunicipality(),
        DossierFixtures.aProvince().withId(GovernmentId.of("G-NAT")).withLevel(GovernmentLevel.NATIONAL)));
    verifier.rule(rule).given(national).fails()
        .says("Provincia Test is a national government; the call accepts provincial or municipal governments.");
    assertThat(RuleBook.bundled().assess(national).get(0).eligible()).isFalse();
    verifier.rule(rule).given(national.withCall(national.call().withLanguage(Language.SPANISH))).fails()
        .says("Provincia Test es un gobierno de nivel nacional; la convocatoria acepta gobiernos de nivel provincial o municipal.");
  }

  @Test
  void proposalMustBeSubmittedInsideTheCallsWindow() {
    String rule = "Proposal must be submitted inside the call's window";
    verifier.rule(rule).given(aCompleteProposal()).passes().says("Submitted at September 1, 2021, 10:00 UTC, inside the window"
        + " from August 2, 2021, 12:00 UTC to October 1, 2021, 02:59:59 UTC.");
    Proposal late = aCompleteProposal().withSubmittedAt(Instant.parse("2021-10-01T03:00:00Z"));
    verifier.rule(rule).given(late).fails();
    verifier.rule(rule).given(inSpanish(aCompleteProposal())).passes().says("La propuesta se presentó el 1 de septiembre de"
        + " 2021, 10:00 UTC, dentro del plazo de presentación (del 2 de agosto de 2021, 12:00 UTC al 1 de octubre de 2021, 02:59:59 UTC).");
    verifier.rule(rule).given(inSpanish(late)).fails().says("La propuesta se presentó el 1 de octubre de 2021, 03:00 UTC,"
        + " fuera del plazo de presentación (del 2 de agosto de 2021, 12:00 UTC al 1 de octubre de 2021, 02:59:59 UTC).");
  }

  @Test
  void proposalMustAddressAtLeastOneOfTheCallsThemes() {
    String rule = "Proposal must address at least one of the call's themes";
    verifier.rule(rule).given(aCompleteProposal()).passes().says("The proposal addresses 2 of the call's themes.");
    Proposal offTopic = aCompleteProposal().withThemes(Theme.of("ROAD_WORKS"));
    verifier.rule(rule).given(offTopic).fails();
    verifier.rule(rule).given(inSpanish(aCompleteProposal())).passes()
        .says("La propuesta aborda 2 de los temas de la convocatoria.");
    verifier.rule(rule).given(inSpanish(offTopic)).fails().says("Ninguno de los temas de la propuesta [ROAD_WORKS] está entre"
        + " los temas de la convocatoria [CIVIC_INNOVATION, DIGITAL_PARTICIPATION, OPEN_DATA, PARTICIPATORY_BUDGETING, PUBLIC_MONITORING].");
  }

  @Test
  void requestedFundingMustBeAboveZeroAndWithinTheCeiling() {
    String rule = "Requested funding must be above zero and within the ceiling";
    verifier.rule(rule).given(aCompleteProposal()).passes()
        .says("The request of ARS 1,000,000 is within the ceiling of ARS 3,000,000.");
    Proposal p = aCompleteProposal();
    Proposal over = p.withFunding(p.funding().withRequested(Money.of(3_000_001, "ARS")));
    Proposal none = p.withFunding(p.funding().withRequested(Money.of(0, "ARS")));
    verifier.rule(rule).given(over).fails().says("The request of ARS 3,000,001 exceeds the ceiling of ARS 3,000,000.");
    verifier.rule(rule).given(none).fails().says("The proposal requests no funding.");
    verifier.rule(rule).given(inSpanish(p)).passes().says("El monto solicitado, ARS 1.000.000, no supera el tope de ARS 3.000.000.");
    verifier.rule(rule).given(inSpanish(over)).fails().says("El monto solicitado, ARS 3.000.001, supera el tope de ARS 3.000.000.");
    verifier.rule(rule).given(inSpanish(none)).fails().says("La propuesta no solicita financiamiento.");
  }

  /** The dossier reader refuses a request in another currency; a dossier built in Java that has one stops the run. */
  @Test
  void aRequestInAnotherCurrencyIsNotACheckThatFailsButARunThatStops() {
    String rule = "Requested funding must be above zero and within the ceiling";
    Proposal dollars = aCompleteProposal().withFunding(
        Funding.builder().requested(Money.of(10, "USD")).counterpart(Money.of(0, "USD")).build());
    assertThatThrownBy(() -> verifier.rule(rule).given(dollars))
        .isInstanceOf(RuleExecutionException.class)
        .hasMessageContaining(rule)
        .hasMessageContaining("cannot combine USD with ARS");
  }

  @Test
  void atLeastOneTeamMemberMustHaveCompletedAProgramCourse() {
    String rule = "At least one team member must have completed a program course";
    verifier.rule(rule).given(aCompleteProposal()).passes().says("1 of the team's 2 members completed a program course.");
    Proposal untrained = aCompleteProposal().withTeam(aCompleteProposal().team().get(1));
    verifier.rule(rule).given(untrained).fails();
    verifier.rule(rule).given(inSpanish(aCompleteProposal())).passes()
        .says("Integrantes del equipo que completaron un curso del programa: 1 de 2.");
    verifier.rule(rule).given(inSpanish(untrained)).fails()
        .says("Integrantes del equipo que completaron un curso del programa: 0 de 1.");

    Dossier switchedOff = withParameter(aDossier(untrained), FederalVocabulary.REQUIRE_TRAINED_MEMBER, false);
    verifier.rule(rule).given(switchedOff).firesNot();
    assertThat(RuleBook.bundled().assess(switchedOff).get(0).eligible()).isTrue();
  }

  @Test
  void aCallWithoutRequireTrainedMemberRequiresATrainedMember() {
    String rule = "At least one team member must have completed a program course";
    Proposal untrained = aCompleteProposal().withTeam(aCompleteProposal().team().get(1));
    Dossier absent = withParameter(aDossier(untrained), FederalVocabulary.REQUIRE_TRAINED_MEMBER, null);
    assertThat(absent.call().parameters().given()).doesNotContainKey(FederalVocabulary.REQUIRE_TRAINED_MEMBER);
    verifier.rule(rule).given(absent).fails();
  }

  @Test
  void aCommitmentMustHaveAVerifiableMilestoneInsideTheImplementationWindow() {
    String rule = "A commitment must have a verifiable milestone inside the implementation window";
    verifier.rule(rule).given(aCompleteProposal()).passes().says("2 of the proposal's 2 milestones are verifiable and due"
        + " between January 1, 2022 and December 31, 2022.");
    verifier.rule(rule).given(inSpanish(aCompleteProposal())).passes().says("Hitos de la propuesta verificables y con"
        + " vencimiento entre el 1 de enero de 2022 y el 31 de diciembre de 2022: 2 de 2.");
    Commitment unverifiable = aCompleteProposal().commitments().get(0).withMilestones(
        aMilestone("M-1", LocalDate.of(2022, 3, 1), null),
        aMilestone("M-2", LocalDate.of(2023, 3, 1), "Report"));
    verifier.rule(rule).given(aCompleteProposal().withCommitments(unverifiable)).fails();
    verifier.rule(rule).given(inSpanish(aCompleteProposal().withCommitments(unverifiable))).fails().says("Hitos de la"
        + " propuesta verificables y con vencimiento entre el 1 de enero de 2022 y el 31 de diciembre de 2022: 0 de 2.");
  }

  @Test
  void aGovernmentMaySubmitAtMostTheCallsNumberOfProposals() {
    String rule = "A government may submit at most the call's number of proposals";
    Proposal first = aCompleteProposal();
    Proposal second = aCompleteProposal().withId(ProposalId.of("P-000"))
        .withSubmittedAt(ProposalFixtures.INSIDE_WINDOW.plusSeconds(60));
    var both = verifier.rule(rule).given(aDossier(first, second));
    both.on("P-001").passes();
    both.on("P-000").fails()
        .says("This is proposal 2 of 2 from its government, by submission time; the call accepts 1 per government.");
    var spanish = verifier.rule(rule).given(inSpanish(first, second));
    spanish.on("P-001").passes()
        .says("Es la propuesta 1 de 2 de su gobierno, por orden de presentación; la convocatoria acepta 1 por gobierno.");
    spanish.on("P-000").fails()
        .says("Es la propuesta 2 de 2 de su gobierno, por orden de presentación; la convocatoria acepta 1 por gobierno.");
    assertThat(both.findings()).as("one check on each").hasSize(2);

    verifier.rule(rule).given(withParameter(aDossier(first, second), FederalVocabulary.MAX_PROPOSALS_PER_GOVERNMENT,
        BigDecimal.valueOf(2))).passes();
    verifier.rule(rule).given(withParameter(aDossier(first, second), FederalVocabulary.MAX_PROPOSALS_PER_GOVERNMENT, null))
        .firesNot();
  }

  @Test
  void nothingFiresWithoutProposals() {
    assertThat(RuleBook.bundled().assess(aDossier())).isEmpty();
  }

  @Test
  void explainsAnIneligibleProposalCheckByCheck() {
    Proposal late = aCompleteProposal().withSubmittedAt(Instant.parse("2022-01-01T00:00:00Z"));
    Assessment a = RuleBook.bundled().assess(aDossier(late)).get(0);
    assertThat(a.eligible()).isFalse();
    assertThat(a.checks()).hasSize(7);
    assertThat(a.failedChecks()).singleElement()
        .satisfies(c -> assertThat(c.rule()).isEqualTo("Proposal must be submitted inside the call's window"));
  }
}
