package org.convoca.jury.conflict;

import static java.util.Objects.requireNonNull;

import org.convoca.government.GovernmentId;
import org.convoca.proposal.ProposalId;

/** What a juror declared a conflict with: one proposal, a government or an organisation. */
public sealed interface ConflictTarget {

  /**
   * One proposal.
   *
   * @param id the proposal, never null; must be one of the proposals checked
   */
  record OfProposal(ProposalId id) implements ConflictTarget {
    /**
     * Checks that the id is present.
     *
     * @param id the proposal
     */
    public OfProposal {
      requireNonNull(id, "'proposal' of a declared conflict must not be null");
    }
  }

  /**
   * A government: every proposal it applies with. A government that applies with none covers none.
   *
   * @param id the government, never null
   */
  record OfGovernment(GovernmentId id) implements ConflictTarget {
    /**
     * Checks that the id is present.
     *
     * @param id the government
     */
    public OfGovernment {
      requireNonNull(id, "'government' of a declared conflict must not be null");
    }
  }

  /**
   * An organisation: every proposal whose applicant or a partner has this name, compared by
   * {@link OrganisationNames#normalise}.
   *
   * @param name the organisation's name, never blank
   */
  record OfOrganisation(String name) implements ConflictTarget {
    /**
     * Checks that the name is not blank.
     *
     * @param name the organisation's name
     */
    public OfOrganisation {
      OrganisationNames.require(name, "organisation", "a declared conflict");
    }
  }
}
