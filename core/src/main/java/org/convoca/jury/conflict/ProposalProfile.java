package org.convoca.jury.conflict;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.convoca.capacity.PersonId;
import org.convoca.government.Government;
import org.convoca.proposal.Proposal;
import org.convoca.proposal.ProposalId;
import org.convoca.proposal.TeamMember;

/**
 * Who is behind a proposal, as far as conflicts go.
 *
 * @param id the proposal, never null
 * @param applicant the government that applies, never null
 * @param team the people on its implementation team, never null; copied
 * @param partners the organisations it was co-created with, never null; copied
 */
public record ProposalProfile(
    ProposalId id, ApplicantProfile applicant, List<PersonId> team, List<PartnerProfile> partners) {

  /**
   * Checks that nothing is missing and copies the lists.
   *
   * @param id the proposal, never null
   * @param applicant the government that applies, never null
   * @param team the people on its implementation team, never null; copied
   * @param partners the organisations it was co-created with, never null; copied
   * @throws NullPointerException when an argument or an element of a list is null
   */
  public ProposalProfile {
    requireNonNull(id, "'id' of a proposal must not be null");
    requireNonNull(applicant, "'applicant' of proposal " + id + " must not be null");
    team = List.copyOf(requireNonNull(team, "'team' of proposal " + id + " must not be null"));
    partners = List.copyOf(requireNonNull(partners, "'partners' of proposal " + id + " must not be null"));
  }

  /**
   * The profile of a dossier's proposal: its team's people and its co-creation partners.
   *
   * @param proposal the proposal, never null
   * @param applicant the government it names as applicant, never null
   * @return the profile of a dossier's proposal: its team's people and its co-creation partners
   * @throws IllegalArgumentException when {@code applicant} is not the proposal's applicant
   */
  public static ProposalProfile of(Proposal proposal, Government applicant) {
    if (!proposal.applicant().equals(applicant.id())) {
      throw new IllegalArgumentException("proposal " + proposal.id() + " is applied for by " + proposal.applicant()
          + ", not by " + applicant.id());
    }
    return new ProposalProfile(proposal.id(), ApplicantProfile.of(applicant),
        proposal.team().stream().map(TeamMember::person).toList(),
        proposal.coCreation().partners().stream().map(PartnerProfile::of).toList());
  }
}
