package org.convoca.rules.federal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convoca.rules.Fixtures.aCompleteProposal;
import static org.convoca.rules.Fixtures.aDossier;
import static org.convoca.rules.Fixtures.aMilestone;
import static org.convoca.rules.Fixtures.aScore;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.convoca.assessment.AwardFinding;
import org.convoca.call.AggregationMethod;
import org.convoca.call.FederalVocabulary;
import org.convoca.call.JuryPolicy;
import org.convoca.capacity.CourseCompletion;
import org.convoca.capacity.Sector;
import org.convoca.cocreation.Activity;
import org.convoca.cocreation.ActivityKind;
import org.convoca.cocreation.CoCreation;
import org.convoca.cocreation.Partner;
import org.convoca.cocreation.PartnerRole;
import org.convoca.dossier.Dossier;
import org.convoca.government.JurisdictionCode;
import org.convoca.jury.ConsensusScore;
import org.convoca.jury.Juror;
import org.convoca.jury.JurorId;
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

  static List<AwardFinding> awards(Proposal proposal, String rule) {
    return awards(aDossier(proposal), rule);
  }

  static List<AwardFinding> awards(Dossier dossier, String rule) {
    return Assessed.byBundledBook(dossier).awardsBy(rule);
  }

  static List<AwardFinding> awardsOn(Proposal proposal, org.convoca.call.CriterionId criterion) {
    return Assessed.byBundledBook(aDossier(proposal)).first().criterion(criterion).orElseThrow().awards();
  }

  /** A dossier with {@code proposal} whose call sets rule parameter {@code parameter} to {@code value}. */
  static Dossier withParameter(Proposal proposal, String parameter, Object value) {
    Dossier d = aDossier(proposal);
    return d.withCall(Fixtures.withParameter(d.call(), parameter, value));
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
          .singleElement().extracting(AwardFinding::points).isEqualTo(new BigDecimal("1.00"));
      assertThat(awards(aCompleteProposal(), rule)).isEmpty();
    }

    @Test
    void coCreatingPartnersFromTheCallsMinimumOfSectorsEarnAFifthOfTheCoCreationPoints() {
      String rule = "Co-creating partners from the call's minimum of sectors earn a fifth of the co-creation points";
      Proposal threeSectors = withPartners(partner("A", Sector.CIVIL_SOCIETY, PartnerRole.CO_OWNER),
          partner("B", Sector.ACADEMIA, PartnerRole.COLLABORATOR), partner("C", Sector.PRIVATE_SECTOR, PartnerRole.COLLABORATOR));
      assertThat(awards(threeSectors, rule)).singleElement().satisfies(e -> {
        assertThat(e.points()).isEqualByComparingTo("2");
        assertThat(e.sentence()).isEqualTo("The co-creating partners come from 3 sectors; the call asks for 2.");
      });
      assertThat(awards(withPartners(partner("A", Sector.CIVIL_SOCIETY, PartnerRole.COLLABORATOR),
          partner("B", Sector.CIVIL_SOCIETY, PartnerRole.CO_OWNER)), rule))
          .isEmpty();
      assertThat(awards(withParameter(threeSectors, FederalVocabulary.MIN_PARTNER_SECTORS, 4), rule)).isEmpty();
    }

    @Test
    void consultedAndGovernmentalPartnersDoNotCountAsSectors() {
      String rule = "Co-creating partners from the call's minimum of sectors earn a fifth of the co-creation points";
      assertThat(awards(withPartners(partner("A", Sector.CIVIL_SOCIETY, PartnerRole.CO_OWNER),
          partner("B", Sector.ACADEMIA, PartnerRole.CONSULTED), partner("C", Sector.PRIVATE_SECTOR, PartnerRole.CONSULTED)), rule))
          .isEmpty();
      assertThat(awards(withPartners(partner("A", Sector.NATIONAL_GOVERNMENT, PartnerRole.COLLABORATOR),
          partner("B", Sector.PROVINCIAL_GOVERNMENT, PartnerRole.COLLABORATOR), partner("C", Sector.CIVIL_SOCIETY, PartnerRole.CO_OWNER)), rule))
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
    void participationThatReachedTheCallsMinimumOfPeopleEarnsAFifthOfTheCoCreationPoints() {
      String rule = "Participation that reached the call's minimum of people earns a fifth of the co-creation points";
      assertThat(awards(withActivities(activity(ActivityKind.WORKSHOP, 60, 0), activity(ActivityKind.SURVEY, 0, 40)), rule))
          .singleElement().extracting(AwardFinding::sentence)
          .isEqualTo("Participation activities reached 100 people (participants and responses); the call asks for 100.");
      Proposal ninetyNine = withActivities(activity(ActivityKind.WORKSHOP, 60, 0), activity(ActivityKind.SURVEY, 0, 39));
      assertThat(awards(ninetyNine, rule)).isEmpty();
      assertThat(awards(withParameter(ninetyNine, FederalVocabulary.MIN_PARTICIPATION, 99), rule)).hasSize(1);
    }

    @Test
    void nothingFiresWithoutPartnersOrActivities() {
      Proposal bare = aCompleteProposal().withCoCreation(CoCreation.builder().build());
      assertThat(awardsOn(bare, FederalVocabulary.COCREATION)).isEmpty();
    }
  }

  @Nested
  class ValuesRules {

    @Test
    void eachCoreOpenGovernmentValueTheProposalAdvancesEarnsAThirdOfTheValuesPoints() {
      String rule = "Each core open-government value the proposal advances earns a third of the values points";
      assertThat(awards(aCompleteProposal(), rule)).extracting(AwardFinding::sentence).containsExactly(
          "The proposal advances access to information.", "The proposal advances public accountability.");
      Proposal allThree = aCompleteProposal().withValues(OpenGovernmentValue.ACCESS_TO_INFORMATION,
          OpenGovernmentValue.CIVIC_PARTICIPATION, OpenGovernmentValue.PUBLIC_ACCOUNTABILITY);
      assertThat(awards(allThree, rule)).extracting(AwardFinding::points)
          .containsExactly(new BigDecimal("3.33"), new BigDecimal("3.33"), new BigDecimal("3.33"));
      assertThat(Assessed.byBundledBook(aDossier(allThree)).first().criterion(FederalVocabulary.VALUES).orElseThrow().points())
          .isEqualByComparingTo("9.99");
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
      assertThat(awardsOn(aCompleteProposal().withValues(List.of()), FederalVocabulary.VALUES)).isEmpty();
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
      assertThat(awardsOn(aCompleteProposal().withCommitments(List.of()), FederalVocabulary.COMMITMENTS)).isEmpty();
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
    void eachCoCreatingPartnerWithATrainedContactEarnsAFifthOfTheCapacityPoints() {
      String rule = "Each co-creating partner with a trained contact earns a fifth of the capacity points";
      assertThat(awards(withTrainedNgoContact(aCompleteProposal()), rule)).hasSize(1);
      assertThat(awards(aCompleteProposal(), rule)).isEmpty();
    }

    @Test
    void aConsultedPartnerWithATrainedContactEarnsNoCapacityPoints() {
      String rule = "Each co-creating partner with a trained contact earns a fifth of the capacity points";
      Proposal consulted = withPartners(Partner.builder().organisation("Fundación Datos").sector(Sector.CIVIL_SOCIETY)
          .role(PartnerRole.CONSULTED).addContacts(Fixtures.NGO_CONTACT).build());
      assertThat(awards(withTrainedNgoContact(consulted), rule)).isEmpty();
    }

    @Test
    void nothingFiresWithAnUntrainedTeamAndPartners() {
      assertThat(awardsOn(aCompleteProposal().withTeam(aCompleteProposal().team().get(1)), FederalVocabulary.CAPACITY)).isEmpty();
    }
  }

  @Nested
  class FeasibilityRules {

    Proposal funded(long requested, long counterpart) {
      return aCompleteProposal().withFunding(
          Funding.builder().requested(Money.of(requested, "ARS")).counterpart(Money.of(counterpart, "ARS")).build());
    }

    static final String COUNTERPART = "Counterpart funding of at least the call's share of the request earns a third of the feasibility points";
    static final String PER_MILESTONE = "A request of at most the call's share of the ceiling per milestone earns a third of the feasibility points";
    static final String SPREAD = "Milestones spread over at least the call's share of the implementation window earn a third of the feasibility points";

    Proposal dueOn(LocalDate first, LocalDate last) {
      Proposal p = aCompleteProposal();
      return p.withCommitments(p.commitments().get(0).withMilestones(aMilestone("M-1", first, "x"), aMilestone("M-2", last, "y")));
    }

    @Test
    void counterpartFundingOfAtLeastTheCallsShareOfTheRequestEarnsAThirdOfTheFeasibilityPoints() {
      assertThat(awards(funded(1_000_000, 200_000), COUNTERPART)).singleElement().satisfies(e -> {
        assertThat(e.points()).isEqualByComparingTo("3.33");
        assertThat(e.sentence()).isEqualTo("The government adds ARS 200000 to the ARS 1000000 it requests; "
            + "the call asks for at least 0.2 of the request.");
      });
      assertThat(awards(funded(1_000_000, 199_999), COUNTERPART)).isEmpty();
      assertThat(awards(withParameter(funded(1_000_000, 100_000), FederalVocabulary.MIN_COUNTERPART_SHARE, new BigDecimal("0.1")),
          COUNTERPART)).hasSize(1);
    }

    @Test
    void aRequestOfAtMostTheCallsShareOfTheCeilingPerMilestoneEarnsAThirdOfTheFeasibilityPoints() {
      assertThat(awards(funded(1_500_000, 0), PER_MILESTONE)).singleElement().extracting(AwardFinding::sentence)
          .isEqualTo("The request of ARS 1500000 over 2 milestones stays within 0.25 of the ceiling of ARS 3000000 per milestone.");
      assertThat(awards(funded(1_500_001, 0), PER_MILESTONE)).isEmpty();
      assertThat(awards(withParameter(funded(3_000_000, 0), FederalVocabulary.MAX_REQUEST_PER_MILESTONE_SHARE, new BigDecimal("0.5")),
          PER_MILESTONE)).hasSize(1);
    }

    @Test
    void aZeroRequestEarnsNeitherFundingRule() {
      Proposal nothing = funded(0, 500_000);
      assertThat(awards(nothing, COUNTERPART)).isEmpty();
      assertThat(awards(nothing, PER_MILESTONE)).isEmpty();
    }

    @Test
    void milestonesSpreadOverAtLeastTheCallsShareOfTheImplementationWindowEarnAThirdOfTheFeasibilityPoints() {
      Proposal spread = dueOn(LocalDate.of(2022, 2, 1), LocalDate.of(2022, 8, 15));
      assertThat(awards(spread, SPREAD)).singleElement().extracting(AwardFinding::sentence)
          .isEqualTo("The milestones span 195 days of the 364-day implementation window; the call asks for at least 0.5 of it.");
      assertThat(awards(aCompleteProposal(), SPREAD)).isEmpty();
      assertThat(awards(withParameter(spread, FederalVocabulary.MIN_MILESTONE_SPREAD_SHARE, new BigDecimal("0.6")), SPREAD)).isEmpty();
    }

    @Test
    void windowDaysAndSpanAreDifferencesOfDates() {
      // The window 2022-01-01 to 2022-12-31 measures 364 days (end minus start), so half of it is 182 days.
      assertThat(awards(dueOn(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 7, 2)), SPREAD)).hasSize(1);
      assertThat(awards(dueOn(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 7, 1)), SPREAD)).isEmpty();
    }

    @Test
    void nothingFiresWithoutCounterpartAndWithOneCostlyMilestone() {
      Proposal p = funded(1_000_000, 0);
      Proposal costly = p.withCommitments(p.commitments().get(0).withMilestones(p.commitments().get(0).milestones().get(0)));
      assertThat(awardsOn(costly, FederalVocabulary.FEASIBILITY)).isEmpty();
    }
  }

  @Nested
  class JuryRules {

    @Test
    void theJurysMeanScoreEarnsJuryPointsInProportionToTheScoreScale() {
      String rule = "The jury's score earns jury points in proportion to the score scale";
      Proposal p = aCompleteProposal();
      Dossier scored = aDossier(p).withJury(Jury.builder().addScores(
          aScore("J-1", p, FederalVocabulary.JURY, "4"), aScore("J-2", p, FederalVocabulary.JURY, "5"),
          aScore("J-3", p, FederalVocabulary.JURY, "4.5")).build());
      assertThat(awards(scored, rule)).singleElement().satisfies(e -> {
        assertThat(e.points()).isEqualByComparingTo("9");
        assertThat(e.sentence()).isEqualTo("3 jurors' valid scores give a mean of 4.5 on the scale from 0 to 5.");
      });
      Dossier otherCriterion = aDossier(p).withJury(Jury.builder().addScores(aScore("J-1", p, FederalVocabulary.VALUES, "4")).build());
      assertThat(awards(otherCriterion, rule)).isEmpty();
    }

    @Test
    void theJuryMeanIsRoundedToTheHundredthBeforeItIsScaled() {
      String rule = "The jury's score earns jury points in proportion to the score scale";
      Proposal p = aCompleteProposal();
      Dossier scored = aDossier(p).withJury(Jury.builder().addScores(aScore("J-1", p, FederalVocabulary.JURY, "4"),
          aScore("J-2", p, FederalVocabulary.JURY, "4"), aScore("J-3", p, FederalVocabulary.JURY, "5")).build());
      // The mean 4.333... is published as 4.33, and 4.33 of 5 is 8.66 points (the unrounded mean would give 8.67).
      assertThat(awards(scored, rule)).singleElement().satisfies(e -> {
        assertThat(e.points()).isEqualTo(new BigDecimal("8.66"));
        assertThat(e.sentence()).isEqualTo("3 jurors' valid scores give a mean of 4.33 on the scale from 0 to 5.");
      });
    }

    @Test
    void aConflictedScoreIsLeftOutOfTheJurysScore() {
      String rule = "The jury's score earns jury points in proportion to the score scale";
      Proposal p = aCompleteProposal();
      // J-3 comes from AR-X, the applicant's jurisdiction: a SAME_JURISDICTION conflict excludes their 0.
      Dossier scored = aDossier(p).withJury(Jury.builder()
          .addJurors(juror("J-1", null), juror("J-2", null), juror("J-3", "AR-X"))
          .addScores(aScore("J-1", p, FederalVocabulary.JURY, "4"), aScore("J-2", p, FederalVocabulary.JURY, "5"),
              aScore("J-3", p, FederalVocabulary.JURY, "0")).build());
      assertThat(awards(scored, rule)).singleElement().satisfies(e -> {
        assertThat(e.points()).isEqualByComparingTo("9");
        assertThat(e.sentence()).isEqualTo("2 jurors' valid scores give a mean of 4.5 on the scale from 0 to 5.");
      });
    }

    @Test
    void theCallsAggregationMethodCombinesTheValidScores() {
      String rule = "The jury's score earns jury points in proportion to the score scale";
      Proposal p = aCompleteProposal();
      Dossier dossier = aDossier(p).withJury(Jury.builder().addScores(aScore("J-1", p, FederalVocabulary.JURY, "1"),
          aScore("J-2", p, FederalVocabulary.JURY, "4"), aScore("J-3", p, FederalVocabulary.JURY, "5")).build());
      Dossier median = dossier.withCall(dossier.call().withJury(JuryPolicy.builder().aggregation(AggregationMethod.MEDIAN).build()));
      assertThat(awards(median, rule)).singleElement().satisfies(e -> {
        assertThat(e.points()).isEqualByComparingTo("8");
        assertThat(e.sentence()).isEqualTo("3 jurors' valid scores give a median of 4 on the scale from 0 to 5.");
      });
    }

    @Test
    void aConsensusScoreReplacesTheAggregate() {
      String rule = "The jury's score earns jury points in proportion to the score scale";
      Proposal p = aCompleteProposal();
      Dossier dossier = aDossier(p).withJury(Jury.builder().addScores(aScore("J-1", p, FederalVocabulary.JURY, "1"),
          aScore("J-2", p, FederalVocabulary.JURY, "5")).addConsensus(ConsensusScore.builder().proposal(p.id())
          .criterion(FederalVocabulary.JURY).value(new BigDecimal("4.25")).reason("Agreed after the plenary.")
          .agreedOn(LocalDate.of(2021, 11, 5)).build()).build());
      assertThat(awards(dossier, rule)).singleElement().satisfies(e -> {
        assertThat(e.points()).isEqualByComparingTo("8.5");
        assertThat(e.sentence()).isEqualTo("The jury agreed on a consensus score of 4.25 on the scale from 0 to 5.");
      });
    }

    private static Juror juror(String id, String jurisdiction) {
      Juror.Builder juror = Juror.builder().id(JurorId.of(id)).name("Juror " + id);
      return jurisdiction == null ? juror.build() : juror.jurisdiction(JurisdictionCode.of(jurisdiction)).build();
    }

    @Test
    void nothingFiresWithoutScores() {
      assertThat(awardsOn(aCompleteProposal(), FederalVocabulary.JURY)).isEmpty();
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
      assertThat(awards(aCompleteProposal(), rule)).singleElement().extracting(AwardFinding::points)
          .isEqualTo(new BigDecimal("5.00"));
      assertThat(awards(fromTheProvince(), rule)).isEmpty();
      Dossier off = aDossier(aCompleteProposal());
      off = off.withCall(Fixtures.withParameter(off.call(), FederalVocabulary.NEWCOMER_PRIORITY_POINTS, BigDecimal.ZERO));
      assertThat(awards(off, rule)).isEmpty();
    }

    @Test
    void aSmallMunicipalityEarnsTheSmallMunicipalityPriorityPoints() {
      String rule = "A small municipality earns the small-municipality priority points";
      assertThat(awards(aCompleteProposal(), rule)).singleElement().extracting(AwardFinding::sentence)
          .isEqualTo("Villa Test has 30000 inhabitants, fewer than 50000.");
      Dossier threshold = aDossier(aCompleteProposal());
      threshold = threshold.withCall(Fixtures.withParameter(threshold.call(), FederalVocabulary.SMALL_MUNICIPALITY_POPULATION, BigDecimal.valueOf(30_000)));
      assertThat(awards(threshold, rule)).isEmpty();
      assertThat(awards(fromTheProvince(), rule)).isEmpty();
    }

    /** Newcomer points from {@code points}, none for small municipalities, and a priority threshold of 6. */
    Dossier newcomerPointsAgainstAThresholdOf6(String points) {
      Dossier d = aDossier(aCompleteProposal());
      var call = Fixtures.withParameter(d.call(), FederalVocabulary.NEWCOMER_PRIORITY_POINTS, new BigDecimal(points));
      call = Fixtures.withParameter(call, FederalVocabulary.SMALL_MUNICIPALITY_PRIORITY_POINTS, BigDecimal.ZERO);
      call = call.withCriteria(call.criteria().stream().map(c -> c.id().equals(FederalVocabulary.PRIORITY)
          ? c.withThreshold(new BigDecimal("6")) : c).toList());
      return d.withCall(call);
    }

    @Test
    void priorityPointsAreComparedWithTheThresholdAsPublishedToTheHundredth() {
      var passes = Assessed.byBundledBook(newcomerPointsAgainstAThresholdOf6("5.995")).first()
          .criterion(FederalVocabulary.PRIORITY).orElseThrow();
      assertThat(passes.points()).isEqualTo(new BigDecimal("6.00"));
      assertThat(passes.meetsThreshold()).isTrue();
      var misses = Assessed.byBundledBook(newcomerPointsAgainstAThresholdOf6("5.994")).first()
          .criterion(FederalVocabulary.PRIORITY).orElseThrow();
      assertThat(misses.points()).isEqualTo(new BigDecimal("5.99"));
      assertThat(misses.meetsThreshold()).isFalse();
    }

    @Test
    void nothingFiresForAnExperiencedProvince() {
      Dossier d = fromTheProvince();
      assertThat(Assessed.byBundledBook(d).first().criterion(FederalVocabulary.PRIORITY).orElseThrow()
          .rawPoints()).isEqualByComparingTo("0");
    }
  }
}
