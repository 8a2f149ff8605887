package org.convoca.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.convoca.capacity.Sector;
import org.convoca.cocreation.Activity;
import org.convoca.cocreation.ActivityKind;
import org.convoca.cocreation.CoCreation;
import org.convoca.cocreation.Partner;
import org.convoca.cocreation.PartnerRole;
import org.convoca.proposal.Commitment;
import org.convoca.proposal.Funding;
import org.convoca.proposal.Milestone;
import org.convoca.proposal.MilestoneId;
import org.convoca.proposal.OpenGovernmentValue;
import org.convoca.proposal.Proposal;
import org.convoca.proposal.ProposalId;
import org.convoca.proposal.TeamMember;
import org.convoca.proposal.Theme;
import org.convoca.value.Money;
import org.jspecify.annotations.Nullable;

/**
 * A complete proposal that passes every eligibility check of the bundled book under
 * {@link CallFixtures#aFederalCall()}, and the parts tests change on it. A test isolates one rule
 * by changing only what that rule reads: {@code aCompleteProposal().withThemes(Theme.of("ROAD_WORKS"))}.
 */
public final class ProposalFixtures {

  /** The proposal's id. */
  public static final ProposalId PROPOSAL = ProposalId.of("P-001");

  /** When the proposal was submitted: 1 September 2021, 10:00 UTC, inside the call's window. */
  public static final Instant INSIDE_WINDOW = Instant.parse("2021-09-01T10:00:00Z");

  private ProposalFixtures() {}

  /**
   * The complete proposal {@link #PROPOSAL}, "Open budget", from {@link DossierFixtures#MUNICIPALITY}:
   * themes open data and public monitoring; values access to information and public
   * accountability; a request of ARS 1,000,000 with ARS 100,000 of counterpart; a team of
   * {@link DossierFixtures#TRAINED} (lead) and {@link DossierFixtures#UNTRAINED}; one commitment
   * with milestones M-1 (due 1 March 2022) and M-2 (due 30 June 2022), both verifiable; a
   * civil-society co-owner, "Fundación Datos", whose contact is {@link DossierFixtures#NGO_CONTACT};
   * a workshop of 40 participants; submitted {@link #INSIDE_WINDOW}.
   *
   * @return the proposal, a new value on each call
   */
  public static Proposal aCompleteProposal() {
    return Proposal.builder()
        .id(PROPOSAL)
        .title("Open budget")
        .summary("Publish the budget as open data")
        .applicant(DossierFixtures.MUNICIPALITY)
        .themes(List.of(Theme.OPEN_DATA, Theme.PUBLIC_MONITORING))
        .values(List.of(OpenGovernmentValue.ACCESS_TO_INFORMATION, OpenGovernmentValue.PUBLIC_ACCOUNTABILITY))
        .funding(Funding.builder().requested(Money.of(1_000_000, CallFixtures.CURRENCY))
            .counterpart(Money.of(100_000, CallFixtures.CURRENCY)).build())
        .team(List.of(
            TeamMember.builder().person(DossierFixtures.TRAINED).role("lead").build(),
            TeamMember.builder().person(DossierFixtures.UNTRAINED).role("analyst").build()))
        .commitments(List.of(Commitment.builder().title("Open budget data").description("Publish the budget")
            .milestones(List.of(
                aMilestone("M-1", LocalDate.of(2022, 3, 1), "Portal URL"),
                aMilestone("M-2", LocalDate.of(2022, 6, 30), "Published dataset")))
            .build()))
        .coCreation(CoCreation.builder()
            .addPartners(Partner.builder().organisation("Fundación Datos").sector(Sector.CIVIL_SOCIETY)
                .role(PartnerRole.CO_OWNER).addContacts(DossierFixtures.NGO_CONTACT).build())
            .addActivities(Activity.builder().kind(ActivityKind.WORKSHOP).date(LocalDate.of(2021, 7, 1)).participants(40).build())
            .build())
        .submittedAt(INSIDE_WINDOW)
        .build();
  }

  /**
   * A milestone whose deliverable is "Open data portal published".
   *
   * @param id its id, such as {@code M-1}
   * @param due when it is due
   * @param verification its means of verification, or null for none (an unverifiable milestone)
   * @return the milestone
   */
  public static Milestone aMilestone(String id, LocalDate due, @Nullable String verification) {
    return Milestone.builder().id(MilestoneId.of(id)).deliverable("Open data portal published").due(due)
        .verification(Optional.ofNullable(verification)).build();
  }
}
