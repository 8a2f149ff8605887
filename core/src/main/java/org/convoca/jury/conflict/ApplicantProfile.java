package org.convoca.jury.conflict;

import static java.util.Objects.requireNonNull;

import org.convoca.government.Government;
import org.convoca.government.GovernmentId;
import org.convoca.government.JurisdictionCode;

/**
 * The government that applies with a proposal.
 *
 * @param id the government, never null
 * @param name its name, matched against affiliations and declared organisations; never blank
 * @param jurisdiction its first-level jurisdiction as {@code Government.jurisdiction()} gives it: a
 *     municipality carries its province's code, never null
 */
public record ApplicantProfile(GovernmentId id, String name, JurisdictionCode jurisdiction) {

  /**
   * Checks that nothing is missing.
   *
   * @param id the government, never null
   * @param name its name, matched against affiliations and declared organisations; never blank
   * @param jurisdiction its first-level jurisdiction as {@code Government.jurisdiction()} gives it: a
   *     municipality carries its province's code, never null
   * @throws NullPointerException when {@code id} or {@code jurisdiction} is null
   * @throws IllegalArgumentException when {@code name} is null or blank
   */
  public ApplicantProfile {
    requireNonNull(id, "'id' of an applicant must not be null");
    OrganisationNames.require(name, "name", "applicant " + id);
    requireNonNull(jurisdiction, "'jurisdiction' of applicant " + id + " must not be null");
  }

  /**
   * {@return the profile of a dossier's government; {@code government} must not be null}
   *
   * @param government the applicant government
   */
  public static ApplicantProfile of(Government government) {
    return new ApplicantProfile(government.id(), government.name(), government.jurisdiction());
  }
}
