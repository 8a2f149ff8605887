package org.convoca.rules.federal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.convoca.rules.Fixtures.aCompleteProposal;
import static org.convoca.rules.Fixtures.aDossier;
import static org.convoca.rules.Fixtures.aMilestone;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.convoca.assessment.Assessment;
import org.convoca.call.FederalVocabulary;
import org.convoca.dossier.Dossier;
import org.convoca.government.GovernmentId;
import org.convoca.proposal.Commitment;
import org.convoca.proposal.Proposal;
import org.convoca.proposal.ProposalId;
import org.convoca.proposal.Theme;
import org.convoca.rules.Assessed;
import org.convoca.rules.Fixtures;
import org.convoca.rules.RuleExecutionException;
import org.convoca.value.Money;
import org.junit.jupiter.api.Test;

/** One test per rule of eligibility.drl: a proposal the check passes and one it fails. */
class EligibilityRulesTest {

  @Test
  void applicantMustBeAProvincialOrMunicipalGovernment() {
    String rule = "Applicant must be a provincial or municipal government";
    assertThat(Assessed.byBundledBook(aDossier(aCompleteProposal())).check(rule)).contains(true);

    Dossier national = aDossier(aCompleteProposal().withApplicant(GovernmentId.of("G-NAT")));
    national = national.withGovernments(List.of(Fixtures.aProvince(), Fixtures.aSmallMunicipality(),
        Fixtures.aProvince().withId(GovernmentId.of("G-NAT")).withLevel(org.convoca.government.GovernmentLevel.NATIONAL)));
    Assessed assessed = Assessed.byBundledBook(national);
    assertThat(assessed.check(rule)).contains(false);
    assertThat(assessed.first().eligible()).isFalse();
    assertThat(assessed.by(rule).get(0).sentence()).contains("national government");
  }

  @Test
  void proposalMustBeSubmittedInsideTheCallsWindow() {
    String rule = "Proposal must be submitted inside the call's window";
    assertThat(Assessed.byBundledBook(aDossier(aCompleteProposal())).check(rule)).contains(true);
    Proposal late = aCompleteProposal().withSubmittedAt(Instant.parse("2021-10-01T03:00:00Z"));
    assertThat(Assessed.byBundledBook(aDossier(late)).check(rule)).contains(false);
  }

  @Test
  void proposalMustAddressAtLeastOneOfTheCallsThemes() {
    String rule = "Proposal must address at least one of the call's themes";
    assertThat(Assessed.byBundledBook(aDossier(aCompleteProposal())).check(rule)).contains(true);
    Proposal offTopic = aCompleteProposal().withThemes(Theme.of("ROAD_WORKS"));
    assertThat(Assessed.byBundledBook(aDossier(offTopic)).check(rule)).contains(false);
  }

  @Test
  void requestedFundingMustBeAboveZeroAndWithinTheCeiling() {
    String rule = "Requested funding must be above zero and within the ceiling";
    assertThat(Assessed.byBundledBook(aDossier(aCompleteProposal())).check(rule)).contains(true);
    Proposal p = aCompleteProposal();
    Proposal tooMuch = p.withFunding(p.funding().withRequested(Money.of(3_000_001, "ARS")));
    Proposal nothing = p.withFunding(p.funding().withRequested(Money.of(0, "ARS")));
    assertThat(Assessed.byBundledBook(aDossier(tooMuch)).check(rule)).contains(false);
    assertThat(Assessed.byBundledBook(aDossier(nothing)).check(rule)).contains(false);
    assertThat(Assessed.byBundledBook(aDossier(nothing)).by(rule).get(0).sentence()).isEqualTo("The proposal requests no funding.");
  }

  /** The dossier reader refuses a request in another currency; a dossier built in Java that has one stops the run. */
  @Test
  void aRequestInAnotherCurrencyIsNotACheckThatFailsButARunThatStops() {
    Proposal p = aCompleteProposal();
    Proposal dollars = p.withFunding(org.convoca.proposal.Funding.builder().requested(Money.of(10, "USD")).counterpart(Money.of(0, "USD")).build());
    assertThatThrownBy(() -> Assessed.byBundledBook(aDossier(dollars)))
        .isInstanceOf(RuleExecutionException.class)
        .hasMessageContaining("Requested funding must be above zero and within the ceiling")
        .hasMessageContaining("cannot combine USD with ARS");
  }

  @Test
  void atLeastOneTeamMemberMustHaveCompletedAProgramCourse() {
    String rule = "At least one team member must have completed a program course";
    assertThat(Assessed.byBundledBook(aDossier(aCompleteProposal())).check(rule)).contains(true);
    Proposal untrained = aCompleteProposal().withTeam(aCompleteProposal().team().get(1));
    assertThat(Assessed.byBundledBook(aDossier(untrained)).check(rule)).contains(false);

    Dossier switchedOff = aDossier(untrained);
    switchedOff = switchedOff.withCall(Fixtures.withParameter(switchedOff.call(), FederalVocabulary.REQUIRE_TRAINED_MEMBER, false));
    Assessed assessed = Assessed.byBundledBook(switchedOff);
    assertThat(assessed.check(rule)).isEmpty();
    assertThat(assessed.first().eligible()).isTrue();
  }

  @Test
  void aCallWithoutRequireTrainedMemberRequiresATrainedMember() {
    String rule = "At least one team member must have completed a program course";
    Proposal untrained = aCompleteProposal().withTeam(aCompleteProposal().team().get(1));
    Dossier absent = aDossier(untrained);
    absent = absent.withCall(Fixtures.withParameter(absent.call(), FederalVocabulary.REQUIRE_TRAINED_MEMBER, null));
    assertThat(absent.call().parameters().given()).doesNotContainKey(FederalVocabulary.REQUIRE_TRAINED_MEMBER);
    assertThat(Assessed.byBundledBook(absent).check(rule)).contains(false);
  }

  @Test
  void aCommitmentMustHaveAVerifiableMilestoneInsideTheImplementationWindow() {
    String rule = "A commitment must have a verifiable milestone inside the implementation window";
    assertThat(Assessed.byBundledBook(aDossier(aCompleteProposal())).check(rule)).contains(true);
    Commitment unverifiable = aCompleteProposal().commitments().get(0).withMilestones(
        aMilestone("M-1", LocalDate.of(2022, 3, 1), null),
        aMilestone("M-2", LocalDate.of(2023, 3, 1), "Report"));
    assertThat(Assessed.byBundledBook(aDossier(aCompleteProposal().withCommitments(unverifiable))).check(rule))
        .contains(false);
  }

  @Test
  void aGovernmentMaySubmitAtMostTheCallsNumberOfProposals() {
    String rule = "A government may submit at most the call's number of proposals";
    Proposal first = aCompleteProposal();
    Proposal second = aCompleteProposal().withId(ProposalId.of("P-000")).withSubmittedAt(Fixtures.INSIDE_WINDOW.plusSeconds(60));
    Assessed assessed = Assessed.byBundledBook(aDossier(first, second));
    assertThat(Assessed.checksBy(assessed.of("P-001"), rule)).singleElement().extracting(e -> e.passed()).isEqualTo(true);
    assertThat(Assessed.checksBy(assessed.of("P-000"), rule)).singleElement().extracting(e -> e.passed()).isEqualTo(false);

    Dossier two = aDossier(first, second);
    two = two.withCall(Fixtures.withParameter(two.call(), FederalVocabulary.MAX_PROPOSALS_PER_GOVERNMENT, BigDecimal.valueOf(2)));
    assertThat(Assessed.byBundledBook(two).all()).allMatch(a -> Assessed.checksBy(a, rule).get(0).passed());

    Dossier unlimited = aDossier(first, second);
    unlimited = unlimited.withCall(Fixtures.withParameter(unlimited.call(), FederalVocabulary.MAX_PROPOSALS_PER_GOVERNMENT, null));
    assertThat(Assessed.byBundledBook(unlimited).all()).allMatch(a -> Assessed.by(a, rule).isEmpty());
  }

  @Test
  void nothingFiresWithoutProposals() {
    assertThat(Assessed.byBundledBook(aDossier()).all()).isEmpty();
  }

  @Test
  void explainsAnIneligibleProposalCheckByCheck() {
    Proposal late = aCompleteProposal().withSubmittedAt(Instant.parse("2022-01-01T00:00:00Z"));
    Assessment a = Assessed.byBundledBook(aDossier(late)).first();
    assertThat(a.eligible()).isFalse();
    assertThat(a.checks()).hasSize(7);
    assertThat(a.failedChecks()).singleElement()
        .satisfies(c -> assertThat(c.rule()).isEqualTo("Proposal must be submitted inside the call's window"));
  }
}
