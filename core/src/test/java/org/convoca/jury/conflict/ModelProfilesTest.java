package org.convoca.jury.conflict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.convoca.call.ConflictKind;
import org.convoca.capacity.PersonId;
import org.convoca.dossier.Dossier;
import org.convoca.government.Government;
import org.convoca.government.GovernmentId;
import org.convoca.jury.Juror;
import org.convoca.proposal.Proposal;
import org.convoca.proposal.TeamMember;
import org.convoca.sample.DossierGenerator;
import org.junit.jupiter.api.Test;

/** The profiles built from a dossier's own model, as the wiring will build them. */
class ModelProfilesTest {

  private final Dossier dossier = DossierGenerator.withSeed(8).proposals(12).generate();
  private final Map<GovernmentId, Government> governments =
      dossier.governments().stream().collect(Collectors.toMap(Government::id, Function.identity()));

  @Test
  void takesTheTeamThePartnersAndTheApplicantFromTheModel() {
    Proposal proposal = dossier.proposals().get(0);
    Government applicant = governments.get(proposal.applicant());

    ProposalProfile profile = ProposalProfile.of(proposal, applicant);

    assertThat(profile.id()).isEqualTo(proposal.id());
    assertThat(profile.applicant()).isEqualTo(
        new ApplicantProfile(applicant.id(), applicant.name(), applicant.jurisdiction()));
    assertThat(profile.team()).isEqualTo(proposal.team().stream().map(TeamMember::person).toList());
    assertThat(profile.partners()).extracting(PartnerProfile::organisation)
        .isEqualTo(proposal.coCreation().partners().stream().map(p -> p.organisation()).toList());
  }

  @Test
  void findsAJurorWhoIsOnTheTeamOfAGeneratedProposal() {
    Proposal proposal = dossier.proposals().get(3);
    PersonId lead = proposal.team().get(0).person();
    Juror juror = dossier.jury().jurors().get(0);
    List<ProposalProfile> proposals =
        dossier.proposals().stream().map(p -> ProposalProfile.of(p, governments.get(p.applicant()))).toList();

    ConflictReport report = ConflictDetector.detect(
        ConflictInput.allKinds(List.of(JurorProfile.of(juror.withPerson(lead))), proposals, List.of()));

    assertThat(report.conflicts()).anySatisfy(c -> {
      assertThat(c.proposal()).isEqualTo(proposal.id());
      assertThat(c.kind()).isEqualTo(ConflictKind.SAME_PERSON);
      assertThat(c.reason()).contains(juror.id() + " is " + lead);
    });
  }

  @Test
  void refusesAGovernmentThatIsNotTheApplicant() {
    Proposal proposal = dossier.proposals().get(0);
    Government other = dossier.governments().stream().filter(g -> !g.id().equals(proposal.applicant()))
        .findFirst().orElseThrow();

    assertThatThrownBy(() -> ProposalProfile.of(proposal, other))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("proposal " + proposal.id() + " is applied for by " + proposal.applicant() + ", not by " + other.id());
  }
}
