package org.convoca.jury.conflict;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.SplittableRandom;
import org.convoca.call.ConflictKind;
import org.convoca.capacity.PersonId;
import org.convoca.government.GovernmentId;
import org.convoca.government.JurisdictionCode;
import org.convoca.jury.JurorId;
import org.convoca.proposal.ProposalId;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * Generated panels for the detector's properties: few people, organisations and jurisdictions, so
 * that every kind of conflict occurs, and names spelled with other case, accents and spacing.
 */
final class GeneratedPanels {

  static final List<String> ORGANISATIONS = List.of("Fundación Datos", "Asociación Civil Ñandú",
      "Universidad Nacional de Córdoba", "Cámara de Comercio", "Red de Gobierno Abierto");
  static final List<ApplicantProfile> GOVERNMENTS = List.of(ConflictFixture.CORDOBA_CITY, ConflictFixture.RIO_CUARTO,
      ConflictFixture.CORDOBA_PROVINCE, ConflictFixture.RAFAELA,
      new ApplicantProfile(GovernmentId.of("PROV-SANTA-FE"), "Provincia de Santa Fe", JurisdictionCode.of("AR-S")),
      new ApplicantProfile(GovernmentId.of("MUN-SALTA"), "Municipalidad de Salta", JurisdictionCode.of("AR-A")));
  static final List<String> JURISDICTIONS = List.of("AR-X", "AR-S", "AR-A", "AR-B");

  private GeneratedPanels() {}

  /** Panels of 3 to 15 jurors, 5 to 40 proposals, up to 6 declared conflicts and a random set of kinds. */
  static Gen<ConflictInput> generated() {
    return SourceDSL.longs().all().map(GeneratedPanels::generate);
  }

  static ConflictInput generate(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int people = random.nextInt(10, 41);
    List<ProposalProfile> proposals = new ArrayList<>();
    for (int p = 1, count = random.nextInt(5, 41); p <= count; p++) {
      List<PartnerProfile> partners = new ArrayList<>();
      for (String organisation : pick(random, ORGANISATIONS, random.nextInt(0, 4))) {
        partners.add(new PartnerProfile(spell(random, organisation), persons(random, people, random.nextInt(0, 3))));
      }
      proposals.add(new ProposalProfile(ProposalId.of(String.format("P-%03d", p)), pick(random, GOVERNMENTS),
          persons(random, people, random.nextInt(0, 5)), partners));
    }
    List<String> names = new ArrayList<>(ORGANISATIONS);
    GOVERNMENTS.forEach(g -> names.add(g.name()));
    List<JurorProfile> jurors = new ArrayList<>();
    for (int j = 1, count = random.nextInt(3, 16); j <= count; j++) {
      Optional<PersonId> person = random.nextInt(2) == 0 ? Optional.empty() : Optional.of(person(random, people));
      Optional<JurisdictionCode> jurisdiction = random.nextInt(5) < 2 ? Optional.empty()
          : Optional.of(JurisdictionCode.of(pick(random, JURISDICTIONS)));
      List<String> affiliations = pick(random, names, random.nextInt(0, 3)).stream().map(n -> spell(random, n)).toList();
      jurors.add(new JurorProfile(JurorId.of("J-" + j), person, jurisdiction, affiliations));
    }
    List<DeclaredConflict> declared = new ArrayList<>();
    for (int d = 0, count = random.nextInt(0, 7); d < count; d++) {
      ConflictTarget target = switch (random.nextInt(3)) {
        case 0 -> new ConflictTarget.OfProposal(pick(random, proposals).id());
        case 1 -> new ConflictTarget.OfGovernment(pick(random, GOVERNMENTS).id());
        default -> new ConflictTarget.OfOrganisation(spell(random, pick(random, names)));
      };
      declared.add(new DeclaredConflict(pick(random, jurors).id(), target, "reason " + d));
    }
    EnumSet<ConflictKind> kinds = EnumSet.noneOf(ConflictKind.class);
    for (ConflictKind kind : ConflictKind.values()) {
      if (random.nextInt(4) != 0) {
        kinds.add(kind);
      }
    }
    return new ConflictInput(jurors, proposals, declared, kinds);
  }

  /** The same panel with every list, down to a proposal's team and a juror's affiliations, shuffled by {@code seed}. */
  static ConflictInput shuffled(ConflictInput input, long seed) {
    Random random = new Random(seed);
    List<JurorProfile> jurors = shuffle(random, input.jurors().stream().map(j ->
        new JurorProfile(j.id(), j.person(), j.jurisdiction(), shuffle(random, j.affiliations()))).toList());
    List<ProposalProfile> proposals = shuffle(random, input.proposals().stream().map(p ->
        new ProposalProfile(p.id(), p.applicant(), shuffle(random, p.team()), shuffle(random, p.partners().stream()
            .map(partner -> new PartnerProfile(partner.organisation(), shuffle(random, partner.contacts()))).toList())))
        .toList());
    return new ConflictInput(jurors, proposals, shuffle(random, input.declared()), input.kinds());
  }

  /** {@code name} with, at random, other case, its accents dropped, doubled spaces and padding. */
  private static String spell(SplittableRandom random, String name) {
    String spelled = name;
    if (random.nextInt(3) == 0) {
      spelled = spelled.toUpperCase(java.util.Locale.ROOT);
    }
    if (random.nextInt(3) == 0) {
      spelled = spelled.replace('á', 'a').replace('ó', 'o').replace('ú', 'u').replace('í', 'i').replace('Ñ', 'N')
          .replace('Á', 'A').replace('Ó', 'O').replace('Ú', 'U');
    }
    if (random.nextInt(3) == 0) {
      spelled = "  " + spelled.replace(" ", "   ") + " ";
    }
    return spelled;
  }

  private static List<PersonId> persons(SplittableRandom random, int people, int count) {
    List<PersonId> persons = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      persons.add(person(random, people));
    }
    return persons.stream().distinct().toList();
  }

  private static PersonId person(SplittableRandom random, int people) {
    return PersonId.of("PER-" + random.nextInt(1, people + 1));
  }

  private static <T> T pick(SplittableRandom random, List<T> from) {
    return from.get(random.nextInt(from.size()));
  }

  private static <T> List<T> pick(SplittableRandom random, List<T> from, int count) {
    List<T> copy = new ArrayList<>(from);
    Collections.shuffle(copy, new Random(random.nextLong()));
    return copy.subList(0, count);
  }

  private static <T> List<T> shuffle(Random random, List<T> list) {
    List<T> copy = new ArrayList<>(list);
    Collections.shuffle(copy, random);
    return copy;
  }
}
