package org.convoca.jury.conflict;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.convoca.capacity.PersonId;
import org.convoca.cocreation.Partner;

/**
 * An organisation a proposal was co-created with.
 *
 * @param organisation its name, matched after {@link OrganisationNames#normalise}; never blank
 * @param contacts the people of the organisation who work on the proposal, never null; copied
 */
public record PartnerProfile(String organisation, List<PersonId> contacts) {

  /**
   * Checks that nothing is missing and copies the contacts.
   *
   * @param organisation its name, matched after {@link OrganisationNames#normalise}; never blank
   * @param contacts the people of the organisation who work on the proposal, never null; copied
   * @throws NullPointerException when {@code contacts} or one of them is null
   * @throws IllegalArgumentException when {@code organisation} is null or blank
   */
  public PartnerProfile {
    OrganisationNames.require(organisation, "organisation", "a partner");
    contacts = List.copyOf(requireNonNull(contacts, "'contacts' of partner " + organisation + " must not be null"));
  }

  /**
   * {@return the profile of a dossier's partner; {@code partner} must not be null}
   *
   * @param partner the partner organisation
   */
  public static PartnerProfile of(Partner partner) {
    return new PartnerProfile(partner.organisation(), partner.contacts());
  }
}
