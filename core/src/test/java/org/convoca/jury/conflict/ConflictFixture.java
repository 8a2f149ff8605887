package org.convoca.jury.conflict;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.convoca.call.ConflictKind;
import org.convoca.capacity.PersonId;
import org.convoca.government.GovernmentId;
import org.convoca.government.JurisdictionCode;
import org.convoca.jury.JurorId;
import org.convoca.proposal.ProposalId;

/** Small hand-made panels: each test names only the facts its conflict kind reads. */
final class ConflictFixture {

  /** Córdoba's capital: a municipality, which carries the province's code AR-X. */
  static final ApplicantProfile CORDOBA_CITY =
      new ApplicantProfile(GovernmentId.of("MUN-CORDOBA"), "Municipalidad de Córdoba", JurisdictionCode.of("AR-X"));
  /** Another Córdoba municipality. */
  static final ApplicantProfile RIO_CUARTO =
      new ApplicantProfile(GovernmentId.of("MUN-RIO-CUARTO"), "Municipalidad de Río Cuarto", JurisdictionCode.of("AR-X"));
  /** The province of Córdoba itself. */
  static final ApplicantProfile CORDOBA_PROVINCE =
      new ApplicantProfile(GovernmentId.of("PROV-CORDOBA"), "Provincia de Córdoba", JurisdictionCode.of("AR-X"));
  /** A municipality of Santa Fe (AR-S). */
  static final ApplicantProfile RAFAELA =
      new ApplicantProfile(GovernmentId.of("MUN-RAFAELA"), "Municipalidad de Rafaela", JurisdictionCode.of("AR-S"));

  private ConflictFixture() {}

  /** A juror with no person, no jurisdiction and no affiliations: in conflict with nothing but what they declare. */
  static JurorProfile anonymous(String id) {
    return new JurorProfile(JurorId.of(id), Optional.empty(), Optional.empty(), List.of());
  }

  static JurorProfile person(String id, String person) {
    return new JurorProfile(JurorId.of(id), Optional.of(PersonId.of(person)), Optional.empty(), List.of());
  }

  static JurorProfile from(String id, String jurisdiction) {
    return new JurorProfile(JurorId.of(id), Optional.empty(), Optional.of(JurisdictionCode.of(jurisdiction)), List.of());
  }

  static JurorProfile affiliated(String id, String... organisations) {
    return new JurorProfile(JurorId.of(id), Optional.empty(), Optional.empty(), List.of(organisations));
  }

  static ProposalProfile proposal(String id, ApplicantProfile applicant, List<String> team, PartnerProfile... partners) {
    return new ProposalProfile(ProposalId.of(id), applicant, team.stream().map(PersonId::of).toList(),
        Arrays.asList(partners));
  }

  static ProposalProfile proposal(String id, ApplicantProfile applicant) {
    return proposal(id, applicant, List.of());
  }

  static PartnerProfile partner(String organisation, String... contacts) {
    return new PartnerProfile(organisation, Arrays.stream(contacts).map(PersonId::of).toList());
  }

  static DeclaredConflict declared(String juror, ConflictTarget target, String reason) {
    return new DeclaredConflict(JurorId.of(juror), target, reason);
  }

  static ConflictReport detect(List<JurorProfile> jurors, List<ProposalProfile> proposals, DeclaredConflict... declared) {
    return ConflictDetector.detect(ConflictInput.allKinds(jurors, proposals, List.of(declared)));
  }

  static ConflictReport detectOnly(EnumSet<ConflictKind> kinds, List<JurorProfile> jurors,
      List<ProposalProfile> proposals, DeclaredConflict... declared) {
    return ConflictDetector.detect(new ConflictInput(jurors, proposals, List.of(declared), kinds));
  }

  static Conflict conflict(String juror, String proposal, ConflictKind kind, String reason) {
    return new Conflict(JurorId.of(juror), ProposalId.of(proposal), kind, reason);
  }
}
