package org.convoca.jury.conflict;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.convoca.capacity.PersonId;
import org.convoca.proposal.ProposalId;

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
   * @throws NullPointerException when an argument or an element of a list is null
   */
  public ProposalProfile {
    requireNonNull(id, "'id' of a proposal must not be null");
    requireNonNull(applicant, "'applicant' of proposal " + id + " must not be null");
    team = List.copyOf(requireNonNull(team, "'team' of proposal " + id + " must not be null"));
    partners = List.copyOf(requireNonNull(partners, "'partners' of proposal " + id + " must not be null"));
  }
}
