package org.convoca.sample;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.convoca.capacity.Person;
import org.convoca.capacity.PersonId;
import org.convoca.capacity.Sector;
import org.convoca.cocreation.Partner;
import org.convoca.government.JurisdictionCode;
import org.convoca.jury.ConflictDeclaration;
import org.convoca.jury.Juror;
import org.convoca.jury.JurorId;
import org.convoca.proposal.Theme;
import org.convoca.sample.Jurisdictions.Jurisdiction;
import org.convoca.sample.ProposalMaker.Draft;

/**
 * Makes the jury's members and the conflict one of them declares. The first seven jurors each play a
 * role that plants something a real panel holds (listed in {@link DossierGenerator}'s description);
 * any further juror is plain. A role that conflicts with proposals is played only when the jury has
 * enough jurors to spare: every proposal must keep {@code reviewers} jurors free of conflict, and
 * each such role can take one juror from a proposal (the three jurors from provinces together take
 * at most one, since they come from different provinces).
 */
final class JurorMaker {

  /** What a juror brings to the panel. */
  enum Role {
    /** From an applicant's province: conflicted with that province's proposals. */
    FROM_PROVINCE(1),
    /** Declares a conflict with one proposal. */
    DECLARES_CONFLICT(2),
    /** An academic at a university that is a partner of some proposal: conflicted with those. */
    ACADEMIC(3),
    /** A contact of a civil-society partner of one proposal, affiliated with that partner. */
    PARTNER_CONTACT(4),
    /** A citizen who took the program's courses: a person of the dossier, in no proposal. */
    TRAINED_CITIZEN(0),
    /** No conflict planted. */
    PLAIN(0);

    /** How many jurors beyond the reviewers per proposal the jury needs for this role to be played. */
    private final int spareNeeded;

    Role(int spareNeeded) {
      this.spareNeeded = spareNeeded;
    }
  }

  /** The roles of J-1 to J-7. */
  static final List<Role> ROLES = List.of(Role.FROM_PROVINCE, Role.FROM_PROVINCE, Role.FROM_PROVINCE, Role.ACADEMIC,
      Role.PARTNER_CONTACT, Role.TRAINED_CITIZEN, Role.DECLARES_CONFLICT);

  private static final List<String> AFFILIATIONS = List.of(
      "Red Federal de Innovación Pública", "Observatorio Ciudadano de Políticas Públicas",
      "Consejo Federal de la Función Pública", "Foro de Organizaciones por el Gobierno Abierto",
      "Centro de Estudios sobre Participación");

  /** The jurors, in id order, and the conflicts they declared (at most one). */
  record Panel(List<Juror> jurors, List<ConflictDeclaration> declarations) {}

  private final Draw draw;
  private final People people;
  private final List<Draft> drafts;
  private final Texts texts;
  private final Map<JurisdictionCode, Jurisdiction> applicantProvinces = new LinkedHashMap<>();
  private final List<Jurisdiction> provincesTaken = new ArrayList<>();

  JurorMaker(Draw draw, People people, List<Draft> drafts, Texts texts) {
    this.draw = draw;
    this.people = people;
    this.drafts = drafts;
    this.texts = texts;
  }

  /** The role of juror {@code index} (0 for J-1) in a jury of {@code size} with {@code reviewers} per proposal. */
  static Role role(int index, int size, int reviewers) {
    Role role = index < ROLES.size() ? ROLES.get(index) : Role.PLAIN;
    return role.spareNeeded <= size - reviewers ? role : Role.PLAIN;
  }

  /**
   * The most proposals each juror may review: the even share of the reviews, {@code
   * ceil(proposals × reviewers / size)}, plus a tenth of it and at least 2, so that jurors kept from
   * some proposals by conflicts leave the others room to cover them.
   */
  static int capacity(int proposals, int size, int reviewers) {
    int share = (int) ((proposals * (long) reviewers + size - 1) / size);
    return share + Math.max(2, (share + 9) / 10);
  }

  Panel make(int size, int reviewers) {
    int capacity = capacity(drafts.size(), size, reviewers);
    List<Juror> jurors = new ArrayList<>(size);
    List<ConflictDeclaration> declarations = new ArrayList<>();
    for (int j = 0; j < size; j++) {
      JurorId id = JurorId.of("J-" + (j + 1));
      Juror.Builder juror = Juror.builder().id(id).capacity(capacity).expertise(expertise(j));
      switch (role(j, size, reviewers)) {
        case FROM_PROVINCE -> juror.name(Names.person(draw)).jurisdiction(province().code())
            .addAffiliations(draw.pick(AFFILIATIONS));
        case ACADEMIC -> juror.name(Names.person(draw)).addAffiliations(university());
        case PARTNER_CONTACT -> contact(juror);
        case TRAINED_CITIZEN -> {
          Person citizen = people.person(people.add(Sector.CITIZEN, texts.independent(), true));
          juror.name(citizen.name()).person(citizen.id()).addAffiliations(draw.pick(AFFILIATIONS));
        }
        case DECLARES_CONFLICT -> {
          juror.name(Names.person(draw)).addAffiliations(draw.pick(AFFILIATIONS));
          if (!drafts.isEmpty()) {
            declarations.add(declaration(id, drafts.get(draw.between(0, drafts.size() - 1))));
          }
        }
        case PLAIN -> juror.name(Names.person(draw)).addAffiliations(draw.pick(AFFILIATIONS));
      }
      jurors.add(juror.build());
    }
    return new Panel(jurors, declarations);
  }

  /** One or two of the call's themes, in words; juror j knows theme j first, so the panel covers them all. */
  private List<String> expertise(int index) {
    Theme first = FederalCall.THEMES.get(index % FederalCall.THEMES.size());
    Theme second = draw.pick(FederalCall.THEMES);
    return draw.chance(0.4) && !second.equals(first)
        ? List.of(Expertise.words(first), Expertise.words(second))
        : List.of(Expertise.words(first));
  }

  /** A province not yet taken by a juror, among the applicants' provinces while some are left. */
  private Jurisdiction province() {
    if (applicantProvinces.isEmpty()) {
      drafts.forEach(d -> applicantProvinces.putIfAbsent(d.applicant().jurisdiction().code(), d.applicant().jurisdiction()));
    }
    List<Jurisdiction> left = new ArrayList<>(applicantProvinces.values());
    left.removeAll(provincesTaken);
    if (left.isEmpty()) {
      left = new ArrayList<>(Jurisdictions.ALL);
      left.removeAll(provincesTaken);
    }
    Jurisdiction province = draw.pick(left);
    provincesTaken.add(province);
    return province;
  }

  /** The university partnering a proposal drawn at random, or any university when none is a partner. */
  private String university() {
    return partner(Sector.ACADEMIA).map(Partner::organisation)
        .orElseGet(() -> draw.pick(Jurisdictions.ALL).university());
  }

  /** A contact of a civil-society partner of a proposal drawn at random; a plain juror when there is none. */
  private void contact(Juror.Builder juror) {
    Optional<Partner> partner = partner(Sector.CIVIL_SOCIETY);
    if (partner.isEmpty()) {
      juror.name(Names.person(draw)).addAffiliations(draw.pick(AFFILIATIONS));
      return;
    }
    PersonId id = partner.get().contacts().get(0);
    juror.name(people.person(id).name()).person(id).addAffiliations(partner.get().organisation());
  }

  /** A partner of {@code sector}, of the first proposal with one from a place drawn at random on. */
  private Optional<Partner> partner(Sector sector) {
    if (drafts.isEmpty()) {
      return Optional.empty();
    }
    int start = draw.between(0, drafts.size() - 1);
    for (int k = 0; k < drafts.size(); k++) {
      Optional<Partner> found = drafts.get((start + k) % drafts.size()).proposal().coCreation().partners().stream()
          .filter(p -> p.sector() == sector && !p.contacts().isEmpty())
          .findFirst();
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  private ConflictDeclaration declaration(JurorId juror, Draft draft) {
    return ConflictDeclaration.builder()
        .juror(juror)
        .proposal(draft.proposal().id())
        .reason(texts.declaredConflict(draft.applicant().government().name()))
        .build();
  }
}
