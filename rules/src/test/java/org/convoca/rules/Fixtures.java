package org.convoca.rules;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.convoca.call.Call;
import org.convoca.call.CallId;
import org.convoca.call.Criterion;
import org.convoca.call.CriterionId;
import org.convoca.call.FederalVocabulary;
import org.convoca.call.RuleParameters;
import org.convoca.call.ScoreScale;
import org.convoca.call.SelectionPolicy;
import org.convoca.call.Track;
import org.convoca.capacity.Course;
import org.convoca.capacity.CourseCompletion;
import org.convoca.capacity.CourseId;
import org.convoca.capacity.Person;
import org.convoca.capacity.PersonId;
import org.convoca.capacity.Sector;
import org.convoca.cocreation.Activity;
import org.convoca.cocreation.ActivityKind;
import org.convoca.cocreation.CoCreation;
import org.convoca.cocreation.Partner;
import org.convoca.cocreation.PartnerRole;
import org.convoca.dossier.Dossier;
import org.convoca.government.Government;
import org.convoca.government.GovernmentId;
import org.convoca.government.GovernmentLevel;
import org.convoca.government.JurisdictionCode;
import org.convoca.jury.Jury;
import org.convoca.jury.JurorScore;
import org.convoca.jury.JurorId;
import org.convoca.proposal.Commitment;
import org.convoca.proposal.Funding;
import org.convoca.proposal.Milestone;
import org.convoca.proposal.MilestoneId;
import org.convoca.proposal.OpenGovernmentValue;
import org.convoca.proposal.Proposal;
import org.convoca.proposal.ProposalId;
import org.convoca.proposal.TeamMember;
import org.convoca.proposal.Theme;
import org.convoca.sample.FederalCall;
import org.convoca.value.DateWindow;
import org.convoca.value.Money;
import org.convoca.value.TimeWindow;

/**
 * Test fixtures: a federal call like the generator's (with its rule parameters), a municipality, a trained team and a
 * complete proposal that passes every eligibility check. Tests change one thing at a time with
 * the Immutables {@code with*} methods to isolate one rule.
 */
public final class Fixtures {

  public static final GovernmentId MUNICIPALITY = GovernmentId.of("G-MUN");
  public static final GovernmentId PROVINCE = GovernmentId.of("G-PROV");
  public static final PersonId TRAINED = PersonId.of("PER-TRAINED");
  public static final PersonId UNTRAINED = PersonId.of("PER-UNTRAINED");
  public static final PersonId NGO_CONTACT = PersonId.of("PER-NGO");
  public static final CourseId COURSE = CourseId.of("C-OPEN-DATA");
  public static final DateWindow IMPLEMENTATION = new DateWindow(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31));
  public static final Instant INSIDE_WINDOW = Instant.parse("2021-09-01T10:00:00Z");

  private Fixtures() {}

  public static Call aFederalCall() {
    return Call.builder()
        .id(CallId.of("PFGA-TEST"))
        .name("Test call")
        .edition(1)
        .submissionWindow(new TimeWindow(Instant.parse("2021-08-02T12:00:00Z"), Instant.parse("2021-10-01T02:59:59Z")))
        .eligibleLevels(List.of(GovernmentLevel.PROVINCIAL, GovernmentLevel.MUNICIPAL))
        .themes(List.of(Theme.PARTICIPATORY_BUDGETING, Theme.DIGITAL_PARTICIPATION, Theme.OPEN_DATA,
            Theme.CIVIC_INNOVATION, Theme.PUBLIC_MONITORING))
        .fundingCeiling(Money.of(3_000_000, "ARS"))
        .implementationWindow(IMPLEMENTATION)
        .criteria(List.of(
            criterion(FederalVocabulary.COCREATION, 25, 3), criterion(FederalVocabulary.VALUES, 10, null),
            criterion(FederalVocabulary.COMMITMENTS, 20, 4), criterion(FederalVocabulary.CAPACITY, 10, null),
            criterion(FederalVocabulary.FEASIBILITY, 10, null), criterion(FederalVocabulary.JURY, 20, 4),
            criterion(FederalVocabulary.PRIORITY, 5, null)))
        .overallThreshold(BigDecimal.valueOf(50))
        .scoreScale(new ScoreScale(BigDecimal.ZERO, new BigDecimal("5"), new BigDecimal("0.5")))
        .policy(SelectionPolicy.builder().slots(10).build())
        .addTracks(Track.builder().id(FederalVocabulary.OGP_LOCAL).name("OGP Local").description("co-created").places(2).build())
        .parameters(FederalCall.parameters())
        .build();
  }

  public static Criterion criterion(CriterionId id, int weight, Integer threshold) {
    return Criterion.builder().id(id).name(id.value()).description(id.value())
        .weight(BigDecimal.valueOf(weight)).maxPoints(BigDecimal.TEN)
        .threshold(Optional.ofNullable(threshold).map(BigDecimal::valueOf)).build();
  }

  /** A call like {@link #aFederalCall()} with {@code parameter} set to {@code value}, or removed when null. */
  public static Call withParameter(Call call, String parameter, Object value) {
    Map<String, Object> values = new java.util.HashMap<>(call.parameters().given());
    if (value == null) {
      values.remove(parameter);
    } else {
      values.put(parameter, value);
    }
    return call.withParameters(RuleParameters.of(values));
  }

  /** A municipality of 30,000 people, new to open government. */
  public static Government aSmallMunicipality() {
    return Government.builder().id(MUNICIPALITY).name("Villa Test").level(GovernmentLevel.MUNICIPAL)
        .jurisdiction(JurisdictionCode.of("AR-X")).population(30_000).province(PROVINCE).build();
  }

  /** A province of 3.8 million people with open-government experience. */
  public static Government aProvince() {
    return Government.builder().id(PROVINCE).name("Provincia Test").level(GovernmentLevel.PROVINCIAL)
        .jurisdiction(JurisdictionCode.of("AR-X")).population(3_800_000).openGovernmentExperience(true).build();
  }

  public static Milestone aMilestone(String id, LocalDate due, String verification) {
    return Milestone.builder().id(MilestoneId.of(id)).deliverable("Open data portal published").due(due)
        .verification(Optional.ofNullable(verification)).build();
  }

  /**
   * A complete proposal from the small municipality: eligible, two themes, two values, one
   * commitment with two verifiable milestones, a trained member, a civil-society co-owner.
   */
  public static Proposal aCompleteProposal() {
    return Proposal.builder()
        .id(ProposalId.of("P-001"))
        .title("Open budget")
        .summary("Publish the budget as open data")
        .applicant(MUNICIPALITY)
        .themes(List.of(Theme.OPEN_DATA, Theme.PUBLIC_MONITORING))
        .values(List.of(OpenGovernmentValue.ACCESS_TO_INFORMATION, OpenGovernmentValue.PUBLIC_ACCOUNTABILITY))
        .funding(Funding.builder().requested(Money.of(1_000_000, "ARS")).counterpart(Money.of(100_000, "ARS")).build())
        .team(List.of(
            TeamMember.builder().person(TRAINED).role("lead").build(),
            TeamMember.builder().person(UNTRAINED).role("analyst").build()))
        .commitments(List.of(Commitment.builder().title("Open budget data").description("Publish the budget")
            .milestones(List.of(
                aMilestone("M-1", LocalDate.of(2022, 3, 1), "Portal URL"),
                aMilestone("M-2", LocalDate.of(2022, 6, 30), "Published dataset")))
            .build()))
        .coCreation(CoCreation.builder()
            .addPartners(Partner.builder().organisation("Fundación Datos").sector(Sector.CIVIL_SOCIETY)
                .role(PartnerRole.CO_OWNER).addContacts(NGO_CONTACT).build())
            .addActivities(Activity.builder().kind(ActivityKind.WORKSHOP).date(LocalDate.of(2021, 7, 1)).participants(40).build())
            .build())
        .submittedAt(INSIDE_WINDOW)
        .build();
  }

  public static JurorScore aScore(String juror, Proposal proposal, CriterionId criterion, String value) {
    return JurorScore.builder().juror(JurorId.of(juror)).proposal(proposal.id()).criterion(criterion)
        .value(new BigDecimal(value)).build();
  }

  /** A dossier with the federal call, both governments, the people and a completion for the trained person. */
  public static Dossier aDossier(Proposal... proposals) {
    return Dossier.builder()
        .call(aFederalCall())
        .governments(List.of(aProvince(), aSmallMunicipality()))
        .courses(List.of(Course.builder().id(COURSE).name("Open data").hours(20).build()))
        .people(List.of(
            Person.builder().id(TRAINED).name("Ana").sector(Sector.MUNICIPAL_GOVERNMENT).organisation("Villa Test").build(),
            Person.builder().id(UNTRAINED).name("Beto").sector(Sector.MUNICIPAL_GOVERNMENT).organisation("Villa Test").build(),
            Person.builder().id(NGO_CONTACT).name("Carla").sector(Sector.CIVIL_SOCIETY).organisation("Fundación Datos").build()))
        .completions(List.of(CourseCompletion.builder().person(TRAINED).course(COURSE).completedOn(LocalDate.of(2021, 5, 1)).build()))
        .proposals(List.of(proposals))
        .jury(Jury.builder().build())
        .build();
  }
}
