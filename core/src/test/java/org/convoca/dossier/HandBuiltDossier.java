package org.convoca.dossier;

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
import org.convoca.call.RuleParameters;
import org.convoca.call.ScoreScale;
import org.convoca.call.SelectionPolicy;
import org.convoca.call.TieBreak;
import org.convoca.call.TieBreakKind;
import org.convoca.capacity.PersonId;
import org.convoca.capacity.Sector;
import org.convoca.cocreation.CoCreation;
import org.convoca.cocreation.Partner;
import org.convoca.cocreation.PartnerRole;
import org.convoca.capacity.Person;
import org.convoca.government.Government;
import org.convoca.government.GovernmentId;
import org.convoca.government.GovernmentLevel;
import org.convoca.government.JurisdictionCode;
import org.convoca.jury.Juror;
import org.convoca.jury.JurorId;
import org.convoca.jury.JurorScore;
import org.convoca.jury.Jury;
import org.convoca.proposal.Commitment;
import org.convoca.proposal.Funding;
import org.convoca.proposal.Milestone;
import org.convoca.proposal.MilestoneId;
import org.convoca.proposal.OpenGovernmentValue;
import org.convoca.proposal.Proposal;
import org.convoca.proposal.ProposalId;
import org.convoca.proposal.TeamMember;
import org.convoca.proposal.Theme;
import org.convoca.value.DateWindow;
import org.convoca.value.Money;
import org.convoca.value.TimeWindow;

/**
 * Dossiers built in Java with the model's builders, as an application would build them. Their call
 * is not the tests' base call ({@code org.convoca.testing.CallFixtures}) on purpose: it differs in
 * nearly every field (another scale, fractional threshold, parameters of every type, a theme of
 * the call's own), so that the writer and the schema are exercised on values the base call lacks.
 */
final class HandBuiltDossier {

  static final GovernmentId PROVINCE = GovernmentId.of("PROV-SALTA");
  static final GovernmentId TOWN = GovernmentId.of("MUN-CAFAYATE");

  private HandBuiltDossier() {}

  /** The least a valid dossier holds: a call with one criterion, no proposals, an empty jury. */
  static Dossier minimal() {
    return Dossier.builder().call(call(List.of(criterion("overall", "100")), RuleParameters.empty()))
        .jury(Jury.builder().build()).build();
  }

  /** A call with two proposals, a municipality and its province, a juror and scores. */
  static Dossier withTwoProposals() {
    return Dossier.builder()
        .call(call(List.of(criterion("cocreation", "60"), criterion("feasibility", "40")),
            RuleParameters.of(Map.of("minPartners", 2, "strict", false, "note", "pilot"))))
        .addGovernments(
            Government.builder().id(PROVINCE).name("Provincia de Salta").level(GovernmentLevel.PROVINCIAL)
                .jurisdiction(JurisdictionCode.of("AR-A")).population(1_441_351).build(),
            Government.builder().id(TOWN).name("Municipalidad de Cafayate").level(GovernmentLevel.MUNICIPAL)
                .jurisdiction(JurisdictionCode.of("AR-A")).population(14_850).province(PROVINCE)
                .openGovernmentExperience(true).build())
        .addPeople(Person.builder().id(PersonId.of("PER-7")).name("Rosa Tolaba")
            .sector(Sector.MUNICIPAL_GOVERNMENT).organisation("Municipalidad de Cafayate").build())
        .addProposals(proposal("P-1", TOWN, "250000.50"), proposal("P-2", PROVINCE, "800000"))
        .jury(Jury.builder()
            .addJurors(Juror.builder().id(JurorId.of("J-1")).name("Inés Vidal").build())
            .addScores(JurorScore.builder().juror(JurorId.of("J-1")).proposal(ProposalId.of("P-1"))
                .criterion(CriterionId.of("cocreation")).value(new BigDecimal("5")).comment("Good").build())
            .build())
        .build();
  }

  static Call call(List<Criterion> criteria, RuleParameters parameters) {
    return Call.builder().id(CallId.of("SALTA-2024")).name("Salta open government call").edition(2)
        .submissionWindow(new TimeWindow(Instant.parse("2024-03-01T00:00:00Z"), Instant.parse("2024-04-01T00:00:00Z")))
        .addEligibleLevels(GovernmentLevel.MUNICIPAL, GovernmentLevel.PROVINCIAL)
        .addThemes(Theme.OPEN_DATA, Theme.of("OPEN_CONTRACTING"))
        .fundingCeiling(Money.of("1000000.00", "ARS"))
        .implementationWindow(new DateWindow(LocalDate.parse("2024-06-01"), LocalDate.parse("2025-05-31")))
        .criteria(criteria)
        .overallThreshold(new BigDecimal("55.5"))
        .scoreScale(new ScoreScale(BigDecimal.ONE, BigDecimal.TEN, BigDecimal.ONE))
        .policy(SelectionPolicy.builder().slots(1).perGovernmentCap(1)
            .addTieBreak(TieBreak.builder().kind(TieBreakKind.LOWER_REQUEST).build()).build())
        .parameters(parameters)
        .build();
  }

  static Criterion criterion(String id, String weight) {
    return Criterion.builder().id(CriterionId.of(id)).name(id).description("About " + id)
        .weight(new BigDecimal(weight)).maxPoints(BigDecimal.TEN).threshold(Optional.empty()).build();
  }

  static Proposal proposal(String id, GovernmentId applicant, String amount) {
    return Proposal.builder().id(ProposalId.of(id)).title("Proposal " + id).summary("What " + id + " does")
        .applicant(applicant).addThemes(Theme.OPEN_DATA).addValues(OpenGovernmentValue.PUBLIC_ACCOUNTABILITY)
        .funding(Funding.builder().requested(Money.of(amount, "ARS")).counterpart(Money.zero("ARS")).build())
        .addTeam(TeamMember.builder().person(PersonId.of("PER-7")).role("lead").build())
        .addCommitments(Commitment.builder().title("Publish").description("Publish contracts")
            .addMilestones(Milestone.builder().id(MilestoneId.of("M1")).deliverable("Portal")
                .due(LocalDate.parse("2024-12-01")).build())
            .build())
        .coCreation(CoCreation.builder().addPartners(Partner.builder().organisation("Red Salta")
            .sector(Sector.CIVIL_SOCIETY).role(PartnerRole.COLLABORATOR).addContacts(PersonId.of("PER-7")).build()).build())
        .submittedAt(Instant.parse("2024-03-15T10:00:00Z"))
        .build();
  }
}
