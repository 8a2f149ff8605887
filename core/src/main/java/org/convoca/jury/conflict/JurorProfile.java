package org.convoca.jury.conflict;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.convoca.capacity.PersonId;
import org.convoca.government.JurisdictionCode;
import org.convoca.jury.Juror;
import org.convoca.jury.JurorId;

/**
 * Who a juror is, as far as conflicts go.
 *
 * @param id the juror, never null
 * @param person the person they are in the dossier's capacity records, if named
 * @param jurisdiction the first-level jurisdiction they come from, if any
 * @param affiliations organisations they belong or belonged to, never null, none blank; copied
 */
public record JurorProfile(
    JurorId id, Optional<PersonId> person, Optional<JurisdictionCode> jurisdiction, List<String> affiliations) {

  /**
   * Checks that nothing is missing and copies the affiliations.
   *
   * @param id the juror, never null
   * @param person the person they are in the dossier's capacity records, if named
   * @param jurisdiction the first-level jurisdiction they come from, if any
   * @param affiliations organisations they belong or belonged to, never null, none blank; copied
   * @throws NullPointerException when an argument or an affiliation is null
   * @throws IllegalArgumentException when an affiliation is blank
   */
  public JurorProfile {
    requireNonNull(id, "'id' of a juror must not be null");
    requireNonNull(person, "'person' of juror " + id + " must not be null (use Optional.empty())");
    requireNonNull(jurisdiction, "'jurisdiction' of juror " + id + " must not be null (use Optional.empty())");
    affiliations = List.copyOf(requireNonNull(affiliations, "'affiliations' of juror " + id + " must not be null"));
    affiliations.forEach(a -> OrganisationNames.require(a, "affiliations", "juror " + id));
  }

  /**
   * The profile of a dossier's juror, with the person the juror names.
   *
   * @param juror the juror, never null
   * @return the profile of a dossier's juror, with the person the juror names
   */
  public static JurorProfile of(Juror juror) {
    return new JurorProfile(juror.id(), juror.person(), juror.jurisdiction(), juror.affiliations());
  }
}
