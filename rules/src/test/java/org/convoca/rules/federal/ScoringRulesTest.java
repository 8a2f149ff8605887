package org.convoca.rules.federal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convoca.rules.Fixtures.aCompleteProposal;
import static org.convoca.rules.Fixtures.aDossier;
import static org.convoca.rules.Fixtures.aMilestone;
import static org.convoca.rules.Fixtures.aScore;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.convoca.assessment.Explanation;
import org.convoca.assessment.ExplanationKind;
import org.convoca.capacity.CourseCompletion;
import org.convoca.capacity.Sector;
import org.convoca.cocreation.Activity;
import org.convoca.cocreation.ActivityKind;
import org.convoca.cocreation.CoCreation;
import org.convoca.cocreation.Partner;
import org.convoca.cocreation.PartnerRole;
import org.convoca.dossier.Dossier;
import org.convoca.jury.Jury;
import org.convoca.proposal.Commitment;
import org.convoca.proposal.Funding;
import org.convoca.proposal.OpenGovernmentValue;
import org.convoca.proposal.Proposal;
import org.convoca.rules.Assessed;
import org.convoca.rules.Fixtures;
import org.convoca.value.Money;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * One test per rule of the scoring-*.drl files, named after the rule: a fixture that fires it and
 * one that does not, plus one "nothing fires" case per file. The complete proposal of
 * {@link Fixtures} is the starting point; each test changes what the rule reads.
 */
class ScoringRulesTest {

  static List<Explanation> awards(Proposal proposal, String rule) {
    return awards(aDossier(proposal), rule);
  }

  static List<Explanation> awards(Dossier dossier, String rule) {
    return Assessed.byBundledBook(dossier).by(rule);
  }

  static List<Explanation> awardsOn(Proposal proposal, String criterion) {
    return Assessed.byBundledBook(aDossier(proposal)).first().trail().stream()
        .filter(e -> e.kind() == ExplanationKind.AWARD && e.criterion().map(c -> c.value().equals(criterion)).orElse(false))
        .toList();
  }

  static Partner partner(String organisation, Sector sector, PartnerRole role) {
    return Partner.builder().organisation(organisation).sector(sector).role(role).build();
  }

  static Proposal withPartners(Partner... partners) {
    Proposal p = aCompleteProposal();
    return p.withCoCreation(p.coCreation().withPartners(partners));
  }

  static Proposal withActivities(Activity... activities) {
    Proposal p = aCompleteProposal();
    return p.withCoCreation(p.coCreation().withActivities(activities));
  }

  static Activity activity(ActivityKind kind, int participants, int responses) {
    return Activity.builder().kind(kind).date(LocalDate.of(2021, 6, 1)).participants(participants).responses(responses).build();
  }

  @Nested
  class CoCreationRules {

    @Test
    void eachNonGovernmentalCoOwnerEarnsAQuarterOfTheCoCreationPoints() {
      String rule = "Each non-governmental co-owner earns a quarter of the co-creation points";
      assertThat(awards(aCompleteProposal(), rule)).singleElement().satisfies(e -> {
        assertThat(e.points()).isEqualByComparingTo("2.5");
        assertThat(e.sentence()).isEqualTo("Fundación Datos (civil society) co-owns the proposal.");
      });
      assertThat(awards(withPartners(partner("Fundación Datos", Sector.CIVIL_SOCIETY, PartnerRole.CONSULTED),
          partner("Provincia", Sector.PROVINCIAL_GOVERNMENT, PartnerRole.CO_OWNER)), rule)).isEmpty();
    }

    @Test
    void eachNonGovernmentalCollaboratorEarnsATenthOfTheCoCreationPoints() {
      String rule = "Each non-governmental collaborator earns a tenth of the co-creation points";
      assertThat(awards(withPartners(partner("Universidad", Sector.ACADEMIA, PartnerRole.COLLABORATOR)), rule))
          .singleElement().extracting(Explanation::points).isEqualTo(new BigDecimal("1.00"));
      assertThat(awards(aCompleteProposal(), rule)).isEmpty();
    }

    @Test
    void partnersFromThreeOrMoreSectorsEarnAFifthOfTheCoCreationPoints() {
      String rule = "Partners from three or more sectors earn a fifth of the co-creation points";
      assertThat(awards(withPartners(partner("A", Sector.CIVIL_SOCIETY, PartnerRole.CONSULTED),
          partner("B", Sector.ACADEMIA, PartnerRole.CONSULTED), partner("C", Sector.PRIVATE_SECTOR, PartnerRole.CONSULTED)), rule))
          .singleElement().extracting(Explanation::sentence).isEqualTo("The partners come from 3 sectors.");
      assertThat(awards(withPartners(partner("A", Sector.CIVIL_SOCIETY, PartnerRole.CONSULTED),
          partner("B", Sector.CIVIL_SOCIETY, PartnerRole.CONSULTED), partner("C", Sector.ACADEMIA, PartnerRole.CONSULTED)), rule))
          .isEmpty();
    }

    @Test
    void aMultiStakeholderForumEarnsAFifthOfTheCoCreationPoints() {
      String rule = "A multi-stakeholder forum earns a fifth of the co-creation points";
      assertThat(awards(withActivities(activity(ActivityKind.MULTI_STAKEHOLDER_FORUM, 12, 0),
          activity(ActivityKind.MULTI_STAKEHOLDER_FORUM, 10, 0)), rule)).hasSize(1);
      assertThat(awards(aCompleteProposal(), rule)).isEmpty();
    }

    @Test
    void participationThatReachedAtLeast100PeopleEarnsAFifthOfTheCoCreationPoints() {
      String rule = "Participation that reached at least 100 people earns a fifth of the co-creation points";
      assertThat(awards(withActivities(activity(ActivityKind.WORKSHOP, 60, 0), activity(ActivityKind.SURVEY, 0, 40)), rule))
          .singleElement().extracting(Explanation::sentence)
          .isEqualTo("Participation activities reached 100 people (participants and responses).");
      assertThat(awards(withActivities(activity(ActivityKind.WORKSHOP, 60, 0), activity(ActivityKind.SURVEY, 0, 39)), rule))
          .isEmpty();
    }

    @Test
    void nothingFiresWithoutPartnersOrActivities() {
      Proposal bare = aCompleteProposal().withCoCreation(CoCreation.builder().build());
      assertThat(awardsOn(bare, "cocreation")).isEmpty();
    }
  }

  @Nested
  class ValuesRules {

    @Test
    void eachCoreOpenGovernmentValueTheProposalAdvancesEarnsAThirdOfTheValuesPoints() {
      String rule = "Each core open-government value the proposal advances earns a third of the values points";
      assertThat(awards(aCompleteProposal(), rule)).extracting(Explanation::sentence).containsExactly(
          "The proposal advances access to information.", "The proposal advances public accountability.");
      assertThat(awards(aCompleteProposal().withValues(OpenGovernmentValue.TECHNOLOGY_AND_INNOVATION), rule)).isEmpty();
    }

    @Test
    void technologyAndInnovationAsALensEarnsATenthOfTheValuesPoints() {
      String rule = "Technology and innovation as a lens earns a tenth of the values points";
      assertThat(awards(aCompleteProposal().withValues(OpenGovernmentValue.TECHNOLOGY_AND_INNOVATION), rule)).hasSize(1);
      assertThat(awards(aCompleteProposal(), rule)).isEmpty();
    }

    @Test
    void nothingFiresWithoutValues() {
      assertThat(awardsOn(aCompleteProposal().withValues(List.of()), "values")).isEmpty();
    }
  }

  @Nested
  class CommitmentsRules {

    Proposal withMilestones(org.convoca.proposal.Milestone... milestones) {
      Proposal p = aCompleteProposal();
      return p.withCommitments(p.commitments().get(0).withMilestones(milestones));
    }

    @Test
    void eachVerifiableMilestoneDueInsideTheImplementationWindowEarnsAFifthOfTheCommitmentsPoints() {
      String rule = "Each verifiable milestone due inside the implementation window earns a fifth of the commitments points";
      assertThat(awards(aCompleteProposal(), rule)).hasSize(2);
      assertThat(awards(withMilestones(aMilestone("M-1", LocalDate.of(2022, 3, 1), null),
          aMilestone("M-2", LocalDate.of(2023, 3, 1), "Report")), rule)).isEmpty();
    }

    @Test
    void milestonesAllDueInsideTheImplementationWindowEarnAFifthOfTheCommitmentsPoints() {
      String rule = "Milestones all due inside the implementation window earn a fifth of the commitments points";
      assertThat(awards(aCompleteProposal(), rule)).hasSize(1);
      assertThat(awards(withMilestones(aMilestone("M-1", LocalDate.of(2022, 3, 1), "x"),
          aMilestone("M-2", LocalDate.of(2023, 1, 1), "y")), rule)).isEmpty();
    }

    @Test
    void commitmentsThatEachHaveAMilestoneEarnAFifthOfTheCommitmentsPoints() {
      String rule = "Commitments that each have a milestone earn a fifth of the commitments points";
      assertThat(awards(aCompleteProposal(), rule)).hasSize(1);
      Proposal p = aCompleteProposal();
      Proposal empty = p.withCommitments(p.commitments().get(0),
          Commitment.builder().title("Later").description("No steps yet").build());
      assertThat(awards(empty, rule)).isEmpty();
    }

    @Test
    void milestonesThatAllNameADeliverableEarnATenthOfTheCommitmentsPoints() {
      String rule = "Milestones that all name a deliverable earn a tenth of the commitments points";
      assertThat(awards(aCompleteProposal(), rule)).hasSize(1);
      assertThat(awards(withMilestones(aMilestone("M-1", LocalDate.of(2022, 3, 1), "x").withDeliverable(" ")), rule)).isEmpty();
    }

    @Test
    void nothingFiresWithoutCommitments() {
      assertThat(awardsOn(aCompleteProposal().withCommitments(List.of()), "commitments")).isEmpty();
    }
  }

  @Nested
  class CapacityRules {

    Dossier withTrainedNgoContact(Proposal proposal) {
      Dossier d = aDossier(proposal);
      return d.withCompletions(List.of(d.completions().get(0),
          CourseCompletion.builder().person(Fixtures.NGO_CONTACT).course(Fixtures.COURSE).completedOn(LocalDate.of(2021, 4, 1)).build()));
    }

    @Test
    void theTrainedShareOfTheTeamEarnsUpToThreeFifthsOfTheCapacityPoints() {
      String rule = "The trained share of the team earns up to three fifths of the capacity points";
      assertThat(awards(aCompleteProposal(), rule)).singleElement().satisfies(e -> {
        assertThat(e.points()).isEqualByComparingTo("3");
        assertThat(e.sentence()).isEqualTo("1 of the team's 2 members completed a program course.");
      });
      assertThat(awards(aCompleteProposal().withTeam(aCompleteProposal().team().get(1)), rule)).isEmpty();
    }

    @Test
    void eachNonGovernmentalPartnerWithATrainedContactEarnsAFifthOfTheCapacityPoints() {
      String rule = "Each non-governmental partner with a trained contact earns a fifth of the capacity points";
      assertThat(awards(withTrainedNgoContact(aCompleteProposal()), rule)).hasSize(1);
      assertThat(awards(aCompleteProposal(), rule)).isEmpty();
    }

    @Test
    void nothingFiresWithAnUntrainedTeamAndPartners() {
      assertThat(awardsOn(aCompleteProposal().withTeam(aCompleteProposal().team().get(1)), "capacity")).isEmpty();
    }
  }

  @Nested
  class FeasibilityRules {

    Proposal funded(long requested, long counterpart) {
      return aCompleteProposal().withFunding(
          Funding.builder().requested(Money.of(requested, "ARS")).counterpart(Money.of(counterpart, "ARS")).build());
    }

    @Test
    void counterpartFundingOfAtLeastAFifthOfTheRequestEarnsAThirdOfTheFeasibilityPoints() {
      String rule = "Counterpart funding of at least a fifth of the request earns a third of the feasibility points";
      assertThat(awards(funded(1_000_000, 200_000), rule)).hasSize(1);
      assertThat(awards(funded(1_000_000, 199_999), rule)).isEmpty();
    }

    @Test
    void aRequestOfAtMostAQuarterOfTheCeilingPerMilestoneEarnsAThirdOfTheFeasibilityPoints() {
      String rule = "A request of at most a quarter of the ceiling per milestone earns a third of the feasibility points";
      assertThat(awards(funded(1_500_000, 0), rule)).hasSize(1);
      assertThat(awards(funded(1_500_001, 0), rule)).isEmpty();
    }

    @Test
    void milestonesSpreadOverAtLeastHalfOfTheImplementationWindowEarnAThirdOfTheFeasibilityPoints() {
      String rule = "Milestones spread over at least half of the implementation window earn a third of the feasibility points";
      Proposal p = aCompleteProposal();
      Proposal spread = p.withCommitments(p.commitments().get(0).withMilestones(
          aMilestone("M-1", LocalDate.of(2022, 2, 1), "x"), aMilestone("M-2", LocalDate.of(2022, 8, 15), "y")));
      assertThat(awards(spread, rule)).singleElement().extracting(Explanation::sentence)
          .isEqualTo("The milestones span 195 days of the 364-day implementation window.");
      assertThat(awards(aCompleteProposal(), rule)).isEmpty();
    }

    @Test
    void nothingFiresWithoutCounterpartAndWithOneCostlyMilestone() {
      Proposal p = funded(1_000_000, 0);
      Proposal costly = p.withCommitments(p.commitments().get(0).withMilestones(p.commitments().get(0).milestones().get(0)));
      assertThat(awardsOn(costly, "feasibility")).isEmpty();
    }
  }

  @Nested
  class JuryRules {

    @Test
    void theJurysMeanScoreEarnsJuryPointsInProportionToTheScoreScale() {
      String rule = "The jury's mean score earns jury points in proportion to the score scale";
      Proposal p = aCompleteProposal();
      Dossier scored = aDossier(p).withJury(Jury.builder().addScores(
          aScore("J-1", p, "jury", "4"), aScore("J-2", p, "jury", "5"), aScore("J-3", p, "jury", "4.5")).build());
      assertThat(awards(scored, rule)).singleElement().satisfies(e -> {
        assertThat(e.points()).isEqualByComparingTo("9");
        assertThat(e.sentence()).isEqualTo("3 jurors gave a mean of 4.5 on the scale from 0 to 5.");
      });
      Dossier otherCriterion = aDossier(p).withJury(Jury.builder().addScores(aScore("J-1", p, "values", "4")).build());
      assertThat(awards(otherCriterion, rule)).isEmpty();
    }

    @Test
    void nothingFiresWithoutScores() {
      assertThat(awardsOn(aCompleteProposal(), "jury")).isEmpty();
    }
  }

  @Nested
  class PriorityRules {

    Dossier fromTheProvince() {
      return aDossier(aCompleteProposal().withApplicant(Fixtures.PROVINCE));
    }

    @Test
    void aGovernmentNewToOpenGovernmentEarnsTheNewcomerPriorityPoints() {
      String rule = "A government new to open government earns the newcomer priority points";
      assertThat(awards(aCompleteProposal(), rule)).singleElement().extracting(Explanation::points)
          .isEqualTo(new BigDecimal("5.00"));
      assertThat(awards(fromTheProvince(), rule)).isEmpty();
      Dossier off = aDossier(aCompleteProposal());
      off = off.withCall(Fixtures.withParameter(off.call(), "newcomerPriorityPoints", BigDecimal.ZERO));
      assertThat(awards(off, rule)).isEmpty();
    }

    @Test
    void aSmallMunicipalityEarnsTheSmallMunicipalityPriorityPoints() {
      String rule = "A small municipality earns the small-municipality priority points";
      assertThat(awards(aCompleteProposal(), rule)).singleElement().extracting(Explanation::sentence)
          .isEqualTo("Villa Test has 30000 inhabitants, fewer than 50000.");
      Dossier threshold = aDossier(aCompleteProposal());
      threshold = threshold.withCall(Fixtures.withParameter(threshold.call(), "smallMunicipalityPopulation", BigDecimal.valueOf(30_000)));
      assertThat(awards(threshold, rule)).isEmpty();
      assertThat(awards(fromTheProvince(), rule)).isEmpty();
    }

    @Test
    void nothingFiresForAnExperiencedProvince() {
      Dossier d = fromTheProvince();
      assertThat(Assessed.byBundledBook(d).first().criterion(org.convoca.call.CriterionId.of("priority")).orElseThrow()
          .rawPoints()).isEqualByComparingTo("0");
    }
  }
}
