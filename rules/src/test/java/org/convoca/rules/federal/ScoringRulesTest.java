package org.convoca.rules.federal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convoca.call.FederalVocabulary.CAPACITY;
import static org.convoca.call.FederalVocabulary.COCREATION;
import static org.convoca.call.FederalVocabulary.COMMITMENTS;
import static org.convoca.call.FederalVocabulary.FEASIBILITY;
import static org.convoca.call.FederalVocabulary.JURY;
import static org.convoca.call.FederalVocabulary.PRIORITY;
import static org.convoca.call.FederalVocabulary.VALUES;
import static org.convoca.testing.DossierFixtures.aDossier;
import static org.convoca.testing.DossierFixtures.aScore;
import static org.convoca.testing.ProposalFixtures.aCompleteProposal;
import static org.convoca.testing.ProposalFixtures.aMilestone;
import static org.convoca.rules.federal.SpanishCalls.inSpanish;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.convoca.assessment.AwardFinding;
import org.convoca.call.AggregationMethod;
import org.convoca.call.CriterionId;
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
import org.convoca.rules.RuleBook;
import org.convoca.rules.testing.RuleVerification;
import org.convoca.rules.testing.RuleVerifier;
import org.convoca.testing.CallFixtures;
import org.convoca.testing.DossierFixtures;
import org.convoca.value.Money;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * One test per rule of the scoring-*.drl files, named after the rule, through the rule verifier:
 * a fixture that fires it and one that does not, plus one "nothing fires" case per file, which
 * runs the whole book. The complete proposal of {@link org.convoca.testing.ProposalFixtures} is
 * the starting point; each test changes what the rule reads.
 */
class ScoringRulesTest {

  private static final RuleVerifier VERIFIER = RuleVerifier.of(RuleBook.bundled());

  static RuleVerification rule(String name) {
    return VERIFIER.rule(name);
  }

  /** The awards of every rule of the book on {@code criterion} for {@code proposal}. */
  static List<AwardFinding> awardsOn(Proposal proposal, CriterionId criterion) {
    return RuleBook.bundled().assess(aDossier(proposal)).get(0).criterion(criterion).orElseThrow().awards();
  }

  /** A dossier with {@code proposal} whose call sets rule parameter {@code parameter} to {@code value}. */
  static Dossier withParameter(Proposal proposal, String parameter, Object value) {
    Dossier d = aDossier(proposal);
    return d.withCall(CallFixtures.withParameter(d.call(), parameter, value));
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
      RuleVerification rule = rule("Each non-governmental co-owner earns a quarter of the co-creation points");
      rule.given(aCompleteProposal()).awards(COCREATION, "2.5").says("Fundación Datos (civil society) co-owns the proposal.");
      rule.given(inSpanish(aCompleteProposal())).says("Fundación Datos (sociedad civil) es corresponsable de la propuesta.");
      rule.given(withPartners(partner("Fundación Datos", Sector.CIVIL_SOCIETY, PartnerRole.CONSULTED),
          partner("Provincia", Sector.PROVINCIAL_GOVERNMENT, PartnerRole.CO_OWNER))).firesNot();
    }

    @Test
    void eachNonGovernmentalCollaboratorEarnsATenthOfTheCoCreationPoints() {
      RuleVerification rule = rule("Each non-governmental collaborator earns a tenth of the co-creation points");
      Proposal university = withPartners(partner("Universidad", Sector.ACADEMIA, PartnerRole.COLLABORATOR));
      rule.given(university).awards(COCREATION, "1.00").says("Universidad (academia) collaborates on the proposal.");
      rule.given(inSpanish(university)).says("Universidad (academia) colabora en la propuesta.");
      rule.given(aCompleteProposal()).firesNot();
    }

    @Test
    void coCreatingPartnersFromTheCallsMinimumOfSectorsEarnAFifthOfTheCoCreationPoints() {
      RuleVerification rule = rule("Co-creating partners from the call's minimum of sectors earn a fifth of the co-creation points");
      Proposal threeSectors = withPartners(partner("A", Sector.CIVIL_SOCIETY, PartnerRole.CO_OWNER),
          partner("B", Sector.ACADEMIA, PartnerRole.COLLABORATOR), partner("C", Sector.PRIVATE_SECTOR, PartnerRole.COLLABORATOR));
      rule.given(threeSectors).awards(COCREATION, "2")
          .says("The co-creating partners come from 3 sectors; the call asks for 2.");
      rule.given(inSpanish(threeSectors)).says("Las organizaciones co-creadoras provienen de 3 sectores; la convocatoria pide 2.");
      rule.given(withPartners(partner("A", Sector.CIVIL_SOCIETY, PartnerRole.COLLABORATOR),
          partner("B", Sector.CIVIL_SOCIETY, PartnerRole.CO_OWNER))).firesNot();
      rule.given(withParameter(threeSectors, FederalVocabulary.MIN_PARTNER_SECTORS, 4)).firesNot();
    }

    @Test
    void consultedAndGovernmentalPartnersDoNotCountAsSectors() {
      RuleVerification rule = rule("Co-creating partners from the call's minimum of sectors earn a fifth of the co-creation points");
      rule.given(withPartners(partner("A", Sector.CIVIL_SOCIETY, PartnerRole.CO_OWNER),
          partner("B", Sector.ACADEMIA, PartnerRole.CONSULTED), partner("C", Sector.PRIVATE_SECTOR, PartnerRole.CONSULTED)))
          .firesNot();
      rule.given(withPartners(partner("A", Sector.NATIONAL_GOVERNMENT, PartnerRole.COLLABORATOR),
          partner("B", Sector.PROVINCIAL_GOVERNMENT, PartnerRole.COLLABORATOR), partner("C", Sector.CIVIL_SOCIETY, PartnerRole.CO_OWNER)))
          .firesNot();
    }

    @Test
    void aMultiStakeholderForumEarnsAFifthOfTheCoCreationPoints() {
      RuleVerification rule = rule("A multi-stakeholder forum earns a fifth of the co-creation points");
      Proposal forums = withActivities(activity(ActivityKind.MULTI_STAKEHOLDER_FORUM, 12, 0),
          activity(ActivityKind.MULTI_STAKEHOLDER_FORUM, 10, 0));
      rule.given(forums).awards(COCREATION, "2").says("The proposal was shaped in a multi-stakeholder forum.");
      rule.given(inSpanish(forums)).says("La propuesta se elaboró en un foro multiactoral.");
      rule.given(aCompleteProposal()).firesNot();
    }

    @Test
    void participationThatReachedTheCallsMinimumOfPeopleEarnsAFifthOfTheCoCreationPoints() {
      RuleVerification rule = rule("Participation that reached the call's minimum of people earns a fifth of the co-creation points");
      rule.given(withActivities(activity(ActivityKind.WORKSHOP, 60, 0), activity(ActivityKind.SURVEY, 0, 40)))
          .awards(COCREATION, "2")
          .says("Participation activities reached 100 people (participants and responses); the call asks for 100.");
      Proposal ninetyNine = withActivities(activity(ActivityKind.WORKSHOP, 60, 0), activity(ActivityKind.SURVEY, 0, 39));
      rule.given(ninetyNine).firesNot();
      rule.given(withParameter(ninetyNine, FederalVocabulary.MIN_PARTICIPATION, 99)).awards(COCREATION, "2");
      Proposal many = withActivities(activity(ActivityKind.WORKSHOP, 1_000, 0), activity(ActivityKind.SURVEY, 0, 250));
      rule.given(many).says("Participation activities reached 1,250 people (participants and responses); the call asks for 100.");
      rule.given(inSpanish(many)).says("Las actividades de participación alcanzaron a 1.250 personas (participantes y respuestas);"
          + " la convocatoria pide 100.");
    }

    @Test
    void nothingFiresWithoutPartnersOrActivities() {
      Proposal bare = aCompleteProposal().withCoCreation(CoCreation.builder().build());
      assertThat(awardsOn(bare, COCREATION)).isEmpty();
    }
  }

  @Nested
  class ValuesRules {

    @Test
    void eachCoreOpenGovernmentValueTheProposalAdvancesEarnsAThirdOfTheValuesPoints() {
      RuleVerification rule = rule("Each core open-government value the proposal advances earns a third of the values points");
      rule.given(aCompleteProposal()).awards(VALUES, "3.33", "3.33")
          .says("The proposal advances access to information.", "The proposal advances public accountability.");
      rule.given(inSpanish(aCompleteProposal())).says("La propuesta promueve un valor de gobierno abierto: acceso a la información.",
          "La propuesta promueve un valor de gobierno abierto: rendición de cuentas.");
      Proposal allThree = aCompleteProposal().withValues(OpenGovernmentValue.ACCESS_TO_INFORMATION,
          OpenGovernmentValue.CIVIC_PARTICIPATION, OpenGovernmentValue.PUBLIC_ACCOUNTABILITY);
      rule.given(allThree).awards(VALUES, "3.33", "3.33", "3.33");
      assertThat(RuleBook.bundled().assess(aDossier(allThree)).get(0).criterion(VALUES).orElseThrow().points())
          .isEqualByComparingTo("9.99");
      rule.given(aCompleteProposal().withValues(OpenGovernmentValue.TECHNOLOGY_AND_INNOVATION)).firesNot();
    }

    @Test
    void technologyAndInnovationAsALensEarnsATenthOfTheValuesPoints() {
      RuleVerification rule = rule("Technology and innovation as a lens earns a tenth of the values points");
      Proposal lens = aCompleteProposal().withValues(OpenGovernmentValue.TECHNOLOGY_AND_INNOVATION);
      rule.given(lens).awards(VALUES, "1").says("The proposal uses technology and innovation to open government.");
      rule.given(inSpanish(lens)).says("La propuesta recurre a la tecnología y la innovación para abrir el gobierno.");
      rule.given(aCompleteProposal()).firesNot();
    }

    @Test
    void nothingFiresWithoutValues() {
      assertThat(awardsOn(aCompleteProposal().withValues(List.of()), VALUES)).isEmpty();
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
      RuleVerification rule = rule("Each verifiable milestone due inside the implementation window earns a fifth of the commitments points");
      rule.given(aCompleteProposal()).awards(COMMITMENTS, "2", "2").says("Milestone M-1 is verifiable (Portal URL) and due on March 1, 2022.",
          "Milestone M-2 is verifiable (Published dataset) and due on June 30, 2022.");
      rule.given(inSpanish(aCompleteProposal())).says("El hito M-1 es verificable (Portal URL) y vence el 1 de marzo de 2022.",
          "El hito M-2 es verificable (Published dataset) y vence el 30 de junio de 2022.");
      rule.given(withMilestones(aMilestone("M-1", LocalDate.of(2022, 3, 1), null),
          aMilestone("M-2", LocalDate.of(2023, 3, 1), "Report"))).firesNot();
    }

    @Test
    void milestonesAllDueInsideTheImplementationWindowEarnAFifthOfTheCommitmentsPoints() {
      RuleVerification rule = rule("Milestones all due inside the implementation window earn a fifth of the commitments points");
      rule.given(aCompleteProposal()).awards(COMMITMENTS, "2")
          .says("All 2 milestones are due between January 1, 2022 and December 31, 2022.");
      rule.given(inSpanish(aCompleteProposal())).says("Los 2 hitos vencen entre el 1 de enero de 2022 y el 31 de diciembre de 2022.");
      rule.given(inSpanish(withMilestones(aMilestone("M-1", LocalDate.of(2022, 3, 1), "x"))))
          .says("El único hito vence entre el 1 de enero de 2022 y el 31 de diciembre de 2022.");
      rule.given(withMilestones(aMilestone("M-1", LocalDate.of(2022, 3, 1), "x"),
          aMilestone("M-2", LocalDate.of(2023, 1, 1), "y"))).firesNot();
    }

    @Test
    void commitmentsThatEachHaveAMilestoneEarnAFifthOfTheCommitmentsPoints() {
      RuleVerification rule = rule("Commitments that each have a milestone earn a fifth of the commitments points");
      rule.given(aCompleteProposal()).awards(COMMITMENTS, "2").says("Each of the 1 commitments has at least one milestone.");
      rule.given(inSpanish(aCompleteProposal())).says("El único compromiso tiene al menos un hito.");
      Proposal p = aCompleteProposal();
      Commitment second = p.commitments().get(0).withTitle("Later");
      rule.given(inSpanish(p.withCommitments(p.commitments().get(0), second)))
          .says("Cada uno de los 2 compromisos tiene al menos un hito.");
      rule.given(p.withCommitments(p.commitments().get(0),
          Commitment.builder().title("Later").description("No steps yet").build())).firesNot();
    }

    @Test
    void milestonesThatAllNameADeliverableEarnATenthOfTheCommitmentsPoints() {
      RuleVerification rule = rule("Milestones that all name a deliverable earn a tenth of the commitments points");
      rule.given(aCompleteProposal()).awards(COMMITMENTS, "1").says("Every milestone names its deliverable.");
      rule.given(inSpanish(aCompleteProposal())).says("Todos los hitos indican su entregable.");
      rule.given(withMilestones(aMilestone("M-1", LocalDate.of(2022, 3, 1), "x").withDeliverable(" "))).firesNot();
    }

    @Test
    void nothingFiresWithoutCommitments() {
      assertThat(awardsOn(aCompleteProposal().withCommitments(List.of()), COMMITMENTS)).isEmpty();
    }
  }

  @Nested
  class CapacityRules {

    Dossier withTrainedNgoContact(Proposal proposal) {
      Dossier d = aDossier(proposal);
      return d.withCompletions(List.of(d.completions().get(0), CourseCompletion.builder().person(DossierFixtures.NGO_CONTACT)
          .course(DossierFixtures.COURSE).completedOn(LocalDate.of(2021, 4, 1)).build()));
    }

    @Test
    void theTrainedShareOfTheTeamEarnsUpToThreeFifthsOfTheCapacityPoints() {
      RuleVerification rule = rule("The trained share of the team earns up to three fifths of the capacity points");
      rule.given(aCompleteProposal()).awards(CAPACITY, "3").says("1 of the team's 2 members completed a program course.");
      rule.given(inSpanish(aCompleteProposal())).says("Integrantes del equipo que completaron un curso del programa: 1 de 2.");
      rule.given(aCompleteProposal().withTeam(aCompleteProposal().team().get(1))).firesNot();
    }

    @Test
    void eachCoCreatingPartnerWithATrainedContactEarnsAFifthOfTheCapacityPoints() {
      RuleVerification rule = rule("Each co-creating partner with a trained contact earns a fifth of the capacity points");
      rule.given(withTrainedNgoContact(aCompleteProposal())).awards(CAPACITY, "2")
          .says("Fundación Datos (civil society) has 1 contact(s) who completed a program course.");
      rule.given(inSpanish(withTrainedNgoContact(aCompleteProposal())))
          .says("Fundación Datos (sociedad civil) tiene un contacto que completó un curso del programa.");
      rule.given(aCompleteProposal()).firesNot();
    }

    @Test
    void aConsultedPartnerWithATrainedContactEarnsNoCapacityPoints() {
      RuleVerification rule = rule("Each co-creating partner with a trained contact earns a fifth of the capacity points");
      Proposal consulted = withPartners(Partner.builder().organisation("Fundación Datos").sector(Sector.CIVIL_SOCIETY)
          .role(PartnerRole.CONSULTED).addContacts(DossierFixtures.NGO_CONTACT).build());
      rule.given(withTrainedNgoContact(consulted)).firesNot();
    }

    @Test
    void aTrainedContactCountsForEveryCoCreatingPartnerThatNamesIt() {
      String rule = "Each co-creating partner with a trained contact earns a fifth of the capacity points";
      Partner datos = Partner.builder().organisation("Fundación Datos").sector(Sector.CIVIL_SOCIETY)
          .role(PartnerRole.COLLABORATOR).addContacts(DossierFixtures.NGO_CONTACT).build();
      Partner university = Partner.builder().organisation("Universidad Abierta").sector(Sector.ACADEMIA)
          .role(PartnerRole.CO_OWNER).addContacts(DossierFixtures.NGO_CONTACT).build();
      Partner chamber = Partner.builder().organisation("Cámara Local").sector(Sector.PRIVATE_SECTOR)
          .role(PartnerRole.CONSULTED).addContacts(DossierFixtures.NGO_CONTACT).build();
      Dossier dossier = withTrainedNgoContact(withPartners(datos, university, chamber));
      List<AwardFinding> awards = RuleBook.bundled().assess(dossier).get(0).criterion(CAPACITY).orElseThrow().awards();
      assertThat(awards).filteredOn(a -> a.rule().equals(rule)).extracting(AwardFinding::sentence).containsExactly(
          "Fundación Datos (civil society) has 1 contact(s) who completed a program course.",
          "Universidad Abierta (academia) has 1 contact(s) who completed a program course.");
    }

    @Test
    void nothingFiresWithAnUntrainedTeamAndPartners() {
      assertThat(awardsOn(aCompleteProposal().withTeam(aCompleteProposal().team().get(1)), CAPACITY)).isEmpty();
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
      rule(COUNTERPART).given(funded(1_000_000, 200_000)).awards(FEASIBILITY, "3.33")
          .says("The government adds ARS 200,000 to the ARS 1,000,000 it requests; the call asks for at least 0.2 of the request.");
      rule(COUNTERPART).given(inSpanish(funded(1_000_000, 200_000))).says("El gobierno aporta ARS 200.000 a los ARS 1.000.000"
          + " que solicita; la convocatoria pide al menos 0,2 de lo solicitado.");
      rule(COUNTERPART).given(funded(1_000_000, 199_999)).firesNot();
      rule(COUNTERPART).given(withParameter(funded(1_000_000, 100_000), FederalVocabulary.MIN_COUNTERPART_SHARE,
          new BigDecimal("0.1"))).awards(FEASIBILITY, "3.33");
    }

    @Test
    void aRequestOfAtMostTheCallsShareOfTheCeilingPerMilestoneEarnsAThirdOfTheFeasibilityPoints() {
      rule(PER_MILESTONE).given(funded(1_500_000, 0)).awards(FEASIBILITY, "3.33")
          .says("The request of ARS 1,500,000 over 2 milestones stays within 0.25 of the ceiling of ARS 3,000,000 per milestone.");
      rule(PER_MILESTONE).given(inSpanish(funded(1_500_000, 0)))
          .says("El monto solicitado, ARS 1.500.000, para 2 hitos, no supera 0,25 del tope de ARS 3.000.000 por hito.");
      rule(PER_MILESTONE).given(funded(1_500_001, 0)).firesNot();
      rule(PER_MILESTONE).given(withParameter(funded(3_000_000, 0), FederalVocabulary.MAX_REQUEST_PER_MILESTONE_SHARE,
          new BigDecimal("0.5"))).awards(FEASIBILITY, "3.33");
    }

    @Test
    void aZeroRequestEarnsNeitherFundingRule() {
      Proposal nothing = funded(0, 500_000);
      rule(COUNTERPART).given(nothing).firesNot();
      rule(PER_MILESTONE).given(nothing).firesNot();
    }

    @Test
    void milestonesSpreadOverAtLeastTheCallsShareOfTheImplementationWindowEarnAThirdOfTheFeasibilityPoints() {
      Proposal spread = dueOn(LocalDate.of(2022, 2, 1), LocalDate.of(2022, 8, 15));
      rule(SPREAD).given(spread).awards(FEASIBILITY, "3.33")
          .says("The milestones span 195 days of the 364-day implementation window; the call asks for at least 0.5 of it.");
      rule(SPREAD).given(inSpanish(spread)).says("Los hitos abarcan 195 días de los 364 días del período de ejecución;"
          + " la convocatoria pide al menos 0,5 de ese período.");
      rule(SPREAD).given(aCompleteProposal()).firesNot();
      rule(SPREAD).given(withParameter(spread, FederalVocabulary.MIN_MILESTONE_SPREAD_SHARE, new BigDecimal("0.6"))).firesNot();
    }

    @Test
    void windowDaysAndSpanAreDifferencesOfDates() {
      // The window 2022-01-01 to 2022-12-31 measures 364 days (end minus start), so half of it is 182 days.
      rule(SPREAD).given(dueOn(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 7, 2))).awards(FEASIBILITY, "3.33");
      rule(SPREAD).given(dueOn(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 7, 1))).firesNot();
    }

    @Test
    void nothingFiresWithoutCounterpartAndWithOneCostlyMilestone() {
      Proposal p = funded(1_000_000, 0);
      Proposal costly = p.withCommitments(p.commitments().get(0).withMilestones(p.commitments().get(0).milestones().get(0)));
      assertThat(awardsOn(costly, FEASIBILITY)).isEmpty();
    }
  }

  @Nested
  class JuryRules {

    static final String MEAN = "The jury's score earns jury points in proportion to the score scale";

    @Test
    void theJurysMeanScoreEarnsJuryPointsInProportionToTheScoreScale() {
      Proposal p = aCompleteProposal();
      Dossier scored = aDossier(p).withJury(Jury.builder().addScores(
          aScore("J-1", p, JURY, "4"), aScore("J-2", p, JURY, "5"), aScore("J-3", p, JURY, "4.5")).build());
      rule(MEAN).given(scored).awards(JURY, "9").says("3 jurors' valid scores give a mean of 4.5 on the scale from 0 to 5.");
      rule(MEAN).given(inSpanish(scored)).says("Los 3 puntajes válidos del jurado dan un promedio de 4,5 en la escala de 0 a 5.");
      Dossier alone = aDossier(p).withJury(Jury.builder().addScores(aScore("J-1", p, JURY, "4")).build());
      rule(MEAN).given(alone).awards(JURY, "8").says("1 juror's valid score gives a mean of 4 on the scale from 0 to 5.");
      rule(MEAN).given(inSpanish(alone)).says("El único puntaje válido del jurado da un promedio de 4 en la escala de 0 a 5.");
      rule(MEAN).given(aDossier(p).withJury(Jury.builder().addScores(aScore("J-1", p, VALUES, "4")).build())).firesNot();
    }

    @Test
    void theJuryMeanIsRoundedToTheHundredthBeforeItIsScaled() {
      Proposal p = aCompleteProposal();
      Dossier scored = aDossier(p).withJury(Jury.builder().addScores(aScore("J-1", p, JURY, "4"),
          aScore("J-2", p, JURY, "4"), aScore("J-3", p, JURY, "5")).build());
      // The mean 4.333... is published as 4.33, and 4.33 of 5 is 8.66 points (the unrounded mean would give 8.67).
      rule(MEAN).given(scored).awards(JURY, "8.66").says("3 jurors' valid scores give a mean of 4.33 on the scale from 0 to 5.");
    }

    @Test
    void aConflictedScoreIsLeftOutOfTheJurysScore() {
      Proposal p = aCompleteProposal();
      // J-3 comes from AR-X, the applicant's jurisdiction: a SAME_JURISDICTION conflict excludes their 0.
      Dossier scored = aDossier(p).withJury(Jury.builder()
          .addJurors(juror("J-1", null), juror("J-2", null), juror("J-3", "AR-X"))
          .addScores(aScore("J-1", p, JURY, "4"), aScore("J-2", p, JURY, "5"), aScore("J-3", p, JURY, "0")).build());
      rule(MEAN).given(scored).awards(JURY, "9").says("2 jurors' valid scores give a mean of 4.5 on the scale from 0 to 5.");
    }

    @Test
    void theCallsAggregationMethodCombinesTheValidScores() {
      Proposal p = aCompleteProposal();
      Dossier dossier = aDossier(p).withJury(Jury.builder().addScores(aScore("J-1", p, JURY, "1"),
          aScore("J-2", p, JURY, "4"), aScore("J-3", p, JURY, "5")).build());
      Dossier median = dossier.withCall(dossier.call().withJury(JuryPolicy.builder().aggregation(AggregationMethod.MEDIAN).build()));
      rule(MEAN).given(median).awards(JURY, "8").says("3 jurors' valid scores give a median of 4 on the scale from 0 to 5.");
      rule(MEAN).given(inSpanish(median)).says("Los 3 puntajes válidos del jurado dan una mediana de 4 en la escala de 0 a 5.");
      Dossier trimmed = dossier.withCall(dossier.call().withJury(JuryPolicy.builder().aggregation(AggregationMethod.TRIMMED_MEAN).build()));
      rule(MEAN).given(inSpanish(trimmed)).says("Los 3 puntajes válidos del jurado dan un promedio recortado de 4 en la escala de 0 a 5.");
    }

    @Test
    void aConsensusScoreReplacesTheAggregate() {
      Proposal p = aCompleteProposal();
      Dossier dossier = aDossier(p).withJury(Jury.builder().addScores(aScore("J-1", p, JURY, "1"),
          aScore("J-2", p, JURY, "5")).addConsensus(ConsensusScore.builder().proposal(p.id())
          .criterion(JURY).value(new BigDecimal("4.25")).reason("Agreed after the plenary.")
          .agreedOn(LocalDate.of(2021, 11, 5)).build()).build());
      rule(MEAN).given(dossier).awards(JURY, "8.5").says("The jury agreed on a consensus score of 4.25 on the scale from 0 to 5.");
      rule(MEAN).given(inSpanish(dossier)).says("El jurado acordó un puntaje de consenso de 4,25 en la escala de 0 a 5.");
    }

    private static Juror juror(String id, String jurisdiction) {
      Juror.Builder juror = Juror.builder().id(JurorId.of(id)).name("Juror " + id);
      return jurisdiction == null ? juror.build() : juror.jurisdiction(JurisdictionCode.of(jurisdiction)).build();
    }

    @Test
    void nothingFiresWithoutScores() {
      assertThat(awardsOn(aCompleteProposal(), JURY)).isEmpty();
    }
  }

  @Nested
  class PriorityRules {

    Dossier fromTheProvince() {
      return aDossier(aCompleteProposal().withApplicant(DossierFixtures.PROVINCE));
    }

    @Test
    void aGovernmentNewToOpenGovernmentEarnsTheNewcomerPriorityPoints() {
      RuleVerification rule = rule("A government new to open government earns the newcomer priority points");
      rule.given(aCompleteProposal()).awards(PRIORITY, "5.00").says("Villa Test has no earlier open-government experience.");
      rule.given(inSpanish(aCompleteProposal())).says("Villa Test no tiene experiencia previa en gobierno abierto.");
      rule.given(fromTheProvince()).firesNot();
      rule.given(withParameter(aCompleteProposal(), FederalVocabulary.NEWCOMER_PRIORITY_POINTS, BigDecimal.ZERO)).firesNot();
    }

    @Test
    void aSmallMunicipalityEarnsTheSmallMunicipalityPriorityPoints() {
      RuleVerification rule = rule("A small municipality earns the small-municipality priority points");
      rule.given(aCompleteProposal()).says("Villa Test has 30,000 inhabitants, fewer than 50,000.");
      rule.given(inSpanish(aCompleteProposal())).says("Villa Test tiene 30.000 habitantes, menos de 50.000.");
      rule.given(withParameter(aCompleteProposal(), FederalVocabulary.SMALL_MUNICIPALITY_POPULATION, BigDecimal.valueOf(30_000)))
          .firesNot();
      rule.given(fromTheProvince()).firesNot();
    }

    /** Newcomer points from {@code points}, none for small municipalities, and a priority threshold of 6. */
    Dossier newcomerPointsAgainstAThresholdOf6(String points) {
      Dossier d = aDossier(aCompleteProposal());
      var call = CallFixtures.withParameter(d.call(), FederalVocabulary.NEWCOMER_PRIORITY_POINTS, new BigDecimal(points));
      call = CallFixtures.withParameter(call, FederalVocabulary.SMALL_MUNICIPALITY_PRIORITY_POINTS, BigDecimal.ZERO);
      return d.withCall(CallFixtures.withThreshold(call, PRIORITY, new BigDecimal("6")));
    }

    @Test
    void priorityPointsAreComparedWithTheThresholdAsPublishedToTheHundredth() {
      var passes = RuleBook.bundled().assess(newcomerPointsAgainstAThresholdOf6("5.995")).get(0)
          .criterion(PRIORITY).orElseThrow();
      assertThat(passes.points()).isEqualTo(new BigDecimal("6.00"));
      assertThat(passes.meetsThreshold()).isTrue();
      var misses = RuleBook.bundled().assess(newcomerPointsAgainstAThresholdOf6("5.994")).get(0)
          .criterion(PRIORITY).orElseThrow();
      assertThat(misses.points()).isEqualTo(new BigDecimal("5.99"));
      assertThat(misses.meetsThreshold()).isFalse();
    }

    @Test
    void nothingFiresForAnExperiencedProvince() {
      assertThat(RuleBook.bundled().assess(fromTheProvince()).get(0).criterion(PRIORITY).orElseThrow()
          .rawPoints()).isEqualByComparingTo("0");
    }
  }
}
