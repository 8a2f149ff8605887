package org.convoca.jury.conflict;

import static java.util.Objects.requireNonNull;
import static org.convoca.call.ConflictKind.AFFILIATION;
import static org.convoca.call.ConflictKind.DECLARED;
import static org.convoca.call.ConflictKind.SAME_JURISDICTION;
import static org.convoca.call.ConflictKind.SAME_PERSON;

import java.util.Set;
import org.convoca.call.ConflictKind;
import org.convoca.capacity.PersonId;
import org.convoca.jury.JurorId;
import org.convoca.language.Language;
import org.convoca.language.Messages;
import org.convoca.proposal.ProposalId;

/**
 * Finds the conflicts of interest between the jurors and the proposals of a panel.
 *
 * <p>For each proposal, and each kind that applies:
 * <ul>
 *   <li>{@link ConflictKind#SAME_PERSON}: a juror whose person is on the team, or is a contact of a
 *       partner;
 *   <li>{@link ConflictKind#AFFILIATION}: a juror with an affiliation that names the applicant
 *       government or a partner organisation, both compared by {@link OrganisationNames#normalise};
 *   <li>{@link ConflictKind#SAME_JURISDICTION}: a juror whose jurisdiction code equals the
 *       applicant's. In the model a municipality carries its province's first-level code, so a juror
 *       from {@code AR-X} conflicts with the province of Córdoba and with every Córdoba municipality;
 *       a juror who names no jurisdiction conflicts with none, and codes are compared whole (no
 *       hierarchy beyond the first level);
 *   <li>{@link ConflictKind#DECLARED} (always applied): a conflict the juror declared with the
 *       proposal; with the applicant government, covering all its proposals; or with an organisation
 *       whose name, in normal form, is the applicant's or a partner's.
 * </ul>
 *
 * <p>Reasons are written in the language asked for (English unless said), from this package's
 * {@code conflicts} bundles, and name governments and organisations as the proposal spells them. One conflict is reported per juror, proposal and kind, its reason joining all the grounds of
 * that kind; a pair with several kinds gets one conflict per kind. The work is linear in the size of
 * the input plus the number of grounds found (and the final sort of the conflicts): jurors are
 * indexed by person, normalised affiliation and jurisdiction, declared conflicts by proposal,
 * government and normalised organisation, and each proposal looks up its own people and names;
 * no juror is compared with every proposal.
 */
public final class ConflictDetector {

  private static final Messages TEXTS =
      Messages.load("/org/convoca/jury/conflict/conflicts", ConflictDetector.class::getResourceAsStream);

  /** Writes a ground in the language of the run. */
  @FunctionalInterface
  private interface Say {
    String say(String key, Object... args);
  }

  private ConflictDetector() {}

  /**
   * The conflicts of {@code input}.
   *
   * @param input the jurors, proposals, declared conflicts and kinds that apply, never null
   * @return the conflicts, sorted by proposal, juror and kind; the same for any order of the input's
   *     lists; never null
   */
  public static ConflictReport detect(ConflictInput input) {
    return detect(input, Language.ENGLISH);
  }

  /**
   * The conflicts of {@code input}, their reasons written in {@code language} (the call's).
   *
   * @param input the jurors, proposals, declared conflicts and kinds that apply, never null
   * @param language the language of the reasons, never null
   * @return the conflicts, sorted by proposal, juror and kind; the same for any order of the input's
   *     lists; never null
   */
  public static ConflictReport detect(ConflictInput input, Language language) {
    requireNonNull(language, "'language' must not be null");
    Say say = (key, args) -> TEXTS.format(language, key, args);
    JurorIndex jurors = new JurorIndex(input.jurors());
    DeclarationIndex declarations = new DeclarationIndex(input.declared());
    Set<ConflictKind> kinds = input.kinds();
    Findings findings = new Findings();
    for (ProposalProfile proposal : input.proposals()) {
      if (kinds.contains(SAME_PERSON)) {
        samePerson(proposal, jurors, findings, say);
      }
      if (kinds.contains(AFFILIATION)) {
        affiliation(proposal, jurors, findings, say);
      }
      if (kinds.contains(SAME_JURISDICTION)) {
        ApplicantProfile applicant = proposal.applicant();
        for (JurorId juror : jurors.from(applicant.jurisdiction())) {
          findings.add(juror, proposal.id(), SAME_JURISDICTION,
              say.say("sameJurisdiction", juror, applicant.jurisdiction(), applicant.name(), proposal.id()));
        }
      }
      declared(proposal, declarations, findings, say);
    }
    return findings.report();
  }

  private static void samePerson(ProposalProfile proposal, JurorIndex jurors, Findings findings, Say say) {
    ProposalId id = proposal.id();
    for (PersonId person : proposal.team()) {
      for (JurorId juror : jurors.being(person)) {
        findings.add(juror, id, SAME_PERSON, say.say("samePerson.team", juror, person, id));
      }
    }
    for (PartnerProfile partner : proposal.partners()) {
      for (PersonId person : partner.contacts()) {
        for (JurorId juror : jurors.being(person)) {
          findings.add(juror, id, SAME_PERSON, say.say("samePerson.partner", juror, person, partner.organisation(), id));
        }
      }
    }
  }

  private static void affiliation(ProposalProfile proposal, JurorIndex jurors, Findings findings, Say say) {
    ProposalId id = proposal.id();
    for (JurorId juror : jurors.affiliatedWith(proposal.applicant().name())) {
      findings.add(juror, id, AFFILIATION, say.say("affiliation.applicant", juror, proposal.applicant().name(), id));
    }
    for (PartnerProfile partner : proposal.partners()) {
      for (JurorId juror : jurors.affiliatedWith(partner.organisation())) {
        findings.add(juror, id, AFFILIATION, say.say("affiliation.partner", juror, partner.organisation(), id));
      }
    }
  }

  private static void declared(ProposalProfile proposal, DeclarationIndex declarations, Findings findings, Say say) {
    ProposalId id = proposal.id();
    ApplicantProfile applicant = proposal.applicant();
    for (DeclaredConflict conflict : declarations.with(id)) {
      findings.add(conflict.juror(), id, DECLARED, say.say("declared.proposal", conflict.juror(), id, conflict.reason()));
    }
    for (DeclaredConflict conflict : declarations.with(applicant.id())) {
      findings.add(conflict.juror(), id, DECLARED,
          say.say("declared.government", conflict.juror(), applicant.name(), applicant.id(), id, conflict.reason()));
    }
    for (DeclaredConflict conflict : declarations.withOrganisation(applicant.name())) {
      findings.add(conflict.juror(), id, DECLARED,
          say.say("declared.applicant", conflict.juror(), applicant.name(), id, conflict.reason()));
    }
    for (PartnerProfile partner : proposal.partners()) {
      for (DeclaredConflict conflict : declarations.withOrganisation(partner.organisation())) {
        findings.add(conflict.juror(), id, DECLARED,
            say.say("declared.partner", conflict.juror(), partner.organisation(), id, conflict.reason()));
      }
    }
  }
}
