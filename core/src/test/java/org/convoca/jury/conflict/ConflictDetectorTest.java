package org.convoca.jury.conflict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.convoca.jury.conflict.ConflictFixture.CORDOBA_CITY;
import static org.convoca.jury.conflict.ConflictFixture.CORDOBA_PROVINCE;
import static org.convoca.jury.conflict.ConflictFixture.RAFAELA;
import static org.convoca.jury.conflict.ConflictFixture.RIO_CUARTO;
import static org.convoca.jury.conflict.ConflictFixture.affiliated;
import static org.convoca.jury.conflict.ConflictFixture.anonymous;
import static org.convoca.jury.conflict.ConflictFixture.conflict;
import static org.convoca.jury.conflict.ConflictFixture.declared;
import static org.convoca.jury.conflict.ConflictFixture.detect;
import static org.convoca.jury.conflict.ConflictFixture.detectOnly;
import static org.convoca.jury.conflict.ConflictFixture.from;
import static org.convoca.jury.conflict.ConflictFixture.partner;
import static org.convoca.jury.conflict.ConflictFixture.person;
import static org.convoca.jury.conflict.ConflictFixture.proposal;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.convoca.call.ConflictKind;
import org.convoca.capacity.PersonId;
import org.convoca.government.GovernmentId;
import org.convoca.government.JurisdictionCode;
import org.convoca.jury.JurorId;
import org.convoca.proposal.ProposalId;
import org.junit.jupiter.api.Test;

class ConflictDetectorTest {

  @Test
  void samePersonMatchesAJurorOnTheTeam() {
    ConflictReport report = detect(List.of(person("J-1", "PER-7"), person("J-2", "PER-8")),
        List.of(proposal("P-001", RAFAELA, List.of("PER-7", "PER-9"))));

    assertThat(report.conflicts()).containsExactly(
        conflict("J-1", "P-001", ConflictKind.SAME_PERSON, "J-1 is PER-7, on the team of P-001"));
  }

  @Test
  void samePersonMatchesAJurorWhoIsAPartnersContact() {
    ConflictReport report = detect(List.of(person("J-1", "PER-7")),
        List.of(proposal("P-001", RAFAELA, List.of("PER-1"), partner("Fundación Datos", "PER-7"))));

    assertThat(report.conflicts()).containsExactly(conflict("J-1", "P-001", ConflictKind.SAME_PERSON,
        "J-1 is PER-7, a contact of Fundación Datos, a partner of P-001"));
  }

  @Test
  void samePersonDoesNotMatchAJurorWhoIsNobodyInTheProposal() {
    ConflictReport report = detect(List.of(person("J-1", "PER-70"), anonymous("J-2")),
        List.of(proposal("P-001", RAFAELA, List.of("PER-7"), partner("Fundación Datos", "PER-8"))));

    assertThat(report.conflicts()).isEmpty();
  }

  @Test
  void affiliationMatchesAPartnerWhateverTheCaseAccentsAndSpacing() {
    ConflictReport report = detect(List.of(affiliated("J-3", "Fundación  DATOS")),
        List.of(proposal("P-017", RAFAELA, List.of(), partner("fundacion datos"))));

    assertThat(report.conflicts()).containsExactly(conflict("J-3", "P-017", ConflictKind.AFFILIATION,
        "J-3 is affiliated with fundacion datos, a partner of P-017"));
  }

  @Test
  void affiliationMatchesTheApplicantGovernment() {
    ConflictReport report = detect(List.of(affiliated("J-3", " municipalidad de  RIO cuarto ")),
        List.of(proposal("P-001", RIO_CUARTO), proposal("P-002", CORDOBA_CITY)));

    assertThat(report.conflicts()).containsExactly(conflict("J-3", "P-001", ConflictKind.AFFILIATION,
        "J-3 is affiliated with Municipalidad de Río Cuarto, the applicant of P-001"));
  }

  @Test
  void affiliationDoesNotMatchAnotherOrganisationWithASimilarName() {
    ConflictReport report = detect(List.of(affiliated("J-3", "Fundación Datos Abiertos", "Datos")),
        List.of(proposal("P-017", RAFAELA, List.of(), partner("Fundación Datos"))));

    assertThat(report.conflicts()).isEmpty();
  }

  @Test
  void affiliationJoinsTheGroundsOfAJurorAffiliatedWithTheApplicantAndAPartner() {
    ConflictReport report = detect(List.of(affiliated("J-3", "Fundación Datos", "Municipalidad de Rafaela")),
        List.of(proposal("P-017", RAFAELA, List.of(), partner("Fundación Datos"))));

    assertThat(report.conflicts()).containsExactly(conflict("J-3", "P-017", ConflictKind.AFFILIATION,
        "J-3 is affiliated with Fundación Datos, a partner of P-017; "
            + "J-3 is affiliated with Municipalidad de Rafaela, the applicant of P-017"));
  }

  @Test
  void sameJurisdictionCoversTheProvinceAndItsMunicipalities() {
    ConflictReport report = detect(List.of(from("J-1", "AR-X")), List.of(proposal("P-001", CORDOBA_CITY),
        proposal("P-002", RIO_CUARTO), proposal("P-003", CORDOBA_PROVINCE), proposal("P-004", RAFAELA)));

    assertThat(report.conflicts()).extracting(Conflict::proposal).containsExactly(
        ProposalId.of("P-001"), ProposalId.of("P-002"), ProposalId.of("P-003"));
    assertThat(report.conflicts().get(1).reason()).isEqualTo(
        "J-1 comes from AR-X, the jurisdiction of Municipalidad de Río Cuarto, the applicant of P-002");
  }

  @Test
  void sameJurisdictionDoesNotMatchAnotherProvinceOrAJurorFromNowhere() {
    ConflictReport report = detect(List.of(from("J-1", "AR-S"), anonymous("J-2")),
        List.of(proposal("P-001", CORDOBA_CITY)));

    assertThat(report.conflicts()).isEmpty();
  }

  @Test
  void declaredConflictWithAProposalCoversOnlyThatProposal() {
    ConflictReport report = detect(List.of(anonymous("J-2")),
        List.of(proposal("P-001", RAFAELA), proposal("P-002", RAFAELA)),
        declared("J-2", new ConflictTarget.OfProposal(ProposalId.of("P-002")), "co-wrote it"));

    assertThat(report.conflicts()).containsExactly(
        conflict("J-2", "P-002", ConflictKind.DECLARED, "J-2 declared a conflict with P-002: co-wrote it"));
  }

  @Test
  void declaredConflictWithAGovernmentCoversAllItsProposals() {
    ConflictReport report = detect(List.of(anonymous("J-2")),
        List.of(proposal("P-001", RIO_CUARTO), proposal("P-002", RAFAELA), proposal("P-003", RIO_CUARTO)),
        declared("J-2", new ConflictTarget.OfGovernment(GovernmentId.of("MUN-RIO-CUARTO")), "was its mayor"));

    assertThat(report.conflicts()).extracting(Conflict::proposal)
        .containsExactly(ProposalId.of("P-001"), ProposalId.of("P-003"));
    assertThat(report.conflicts().get(0).reason()).isEqualTo(
        "J-2 declared a conflict with Municipalidad de Río Cuarto (MUN-RIO-CUARTO), the applicant of P-001: was its mayor");
  }

  @Test
  void declaredConflictWithAnOrganisationMatchesAPartnerOrTheApplicantByNormalisedName() {
    ConflictReport report = detect(List.of(anonymous("J-2")),
        List.of(proposal("P-001", RAFAELA, List.of(), partner("Fundación Datos")),
            proposal("P-002", CORDOBA_CITY), proposal("P-003", RIO_CUARTO, List.of(), partner("Cámara de Comercio"))),
        declared("J-2", new ConflictTarget.OfOrganisation("FUNDACION   datos"), "sits on its board"),
        declared("J-2", new ConflictTarget.OfOrganisation("municipalidad de cordoba"), "works there"));

    assertThat(report.conflicts()).containsExactly(
        conflict("J-2", "P-001", ConflictKind.DECLARED,
            "J-2 declared a conflict with Fundación Datos, a partner of P-001: sits on its board"),
        conflict("J-2", "P-002", ConflictKind.DECLARED,
            "J-2 declared a conflict with Municipalidad de Córdoba, the applicant of P-002: works there"));
  }

  @Test
  void declaredConflictsOfOtherJurorsOrUnrelatedTargetsDoNotMatch() {
    ConflictReport report = detect(List.of(anonymous("J-1"), anonymous("J-2")),
        List.of(proposal("P-001", RAFAELA, List.of(), partner("Fundación Datos"))),
        declared("J-2", new ConflictTarget.OfGovernment(GovernmentId.of("MUN-CORDOBA")), "works there"),
        declared("J-2", new ConflictTarget.OfOrganisation("Fundación Datos Abiertos"), "volunteers"));

    assertThat(report.conflicts()).isEmpty();
  }

  @Test
  void reportsEveryKindOfAPairOncePerKindInKindOrder() {
    JurorProfile everything = everything();

    ConflictReport report = detect(List.of(everything),
        List.of(proposal("P-001", RAFAELA, List.of("PER-7"), partner("Fundación Datos", "PER-7"))),
        declared("J-5", new ConflictTarget.OfProposal(ProposalId.of("P-001")), "leads it"),
        declared("J-5", new ConflictTarget.OfProposal(ProposalId.of("P-001")), "is paid by it"));

    assertThat(report.conflicts()).extracting(Conflict::kind).containsExactly(ConflictKind.SAME_PERSON,
        ConflictKind.AFFILIATION, ConflictKind.SAME_JURISDICTION, ConflictKind.DECLARED);
    assertThat(report.conflicts().get(0).reason()).isEqualTo(
        "J-5 is PER-7, a contact of Fundación Datos, a partner of P-001; J-5 is PER-7, on the team of P-001");
    assertThat(report.conflicts().get(3).reason()).isEqualTo(
        "J-5 declared a conflict with P-001: is paid by it; J-5 declared a conflict with P-001: leads it");
  }

  @Test
  void kindsSwitchedOffAreNotDetectedButDeclaredConflictsAlwaysAre() {
    JurorProfile everything = everything();
    List<ProposalProfile> proposals =
        List.of(proposal("P-001", RAFAELA, List.of("PER-7"), partner("Fundación Datos")));
    DeclaredConflict leads = declared("J-5", new ConflictTarget.OfProposal(ProposalId.of("P-001")), "leads it");

    ConflictReport none = detectOnly(EnumSet.noneOf(ConflictKind.class), List.of(everything), proposals, leads);
    ConflictReport jurisdictionOnly =
        detectOnly(EnumSet.of(ConflictKind.SAME_JURISDICTION), List.of(everything), proposals);

    assertThat(none.conflicts()).extracting(Conflict::kind).containsExactly(ConflictKind.DECLARED);
    assertThat(jurisdictionOnly.conflicts()).extracting(Conflict::kind).containsExactly(ConflictKind.SAME_JURISDICTION);
  }

  @Test
  void givesTheAssignerOnePairPerConflictWithTheKindByName() {
    ConflictReport report = detect(List.of(from("J-1", "AR-X"), affiliated("J-2", "Fundación Datos")),
        List.of(proposal("P-001", CORDOBA_CITY, List.of(), partner("Fundación Datos"))));

    assertThat(report.conflictingPairs()).extracting(p -> p.juror().value(), p -> p.proposal().value(), p -> p.kind())
        .containsExactly(tuple("J-1", "P-001", "SAME_JURISDICTION"),
            tuple("J-2", "P-001", "AFFILIATION"));
    assertThat(report.conflictingPairs().get(1).reason())
        .isEqualTo("J-2 is affiliated with Fundación Datos, a partner of P-001");
  }

  /** J-5: person PER-7, from AR-S (Santa Fe), affiliated with Fundación Datos. */
  private static JurorProfile everything() {
    return new JurorProfile(JurorId.of("J-5"), Optional.of(PersonId.of("PER-7")),
        Optional.of(JurisdictionCode.of("AR-S")), List.of("Fundación Datos"));
  }
}
