package org.convoca.rules.federal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convoca.testing.ProposalFixtures.aCompleteProposal;
import static org.convoca.testing.DossierFixtures.aDossier;
import static org.convoca.testing.DossierFixtures.aScore;
import static org.convoca.rules.federal.SpanishCalls.inSpanish;

import java.util.List;
import org.convoca.assessment.Assessment;
import org.convoca.call.FederalVocabulary;
import org.convoca.call.Track;
import org.convoca.capacity.Sector;
import org.convoca.cocreation.CoCreation;
import org.convoca.cocreation.Partner;
import org.convoca.cocreation.PartnerRole;
import org.convoca.dossier.Dossier;
import org.convoca.jury.ConflictDeclaration;
import org.convoca.jury.ConsensusScore;
import org.convoca.jury.Juror;
import org.convoca.jury.JurorId;
import org.convoca.jury.Jury;
import org.convoca.proposal.Proposal;
import org.convoca.proposal.ProposalId;
import org.convoca.proposal.Theme;
import org.convoca.rules.RuleBook;
import org.convoca.rules.testing.RuleVerification;
import org.convoca.rules.testing.RuleVerifier;
import org.convoca.selection.TrackPlacement;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * One test per rule of classification.drl, through the rule verifier, and of tracks.drl, through
 * the book's post-selection run; plus a "nothing fires" case for each file.
 */
class ClassificationAndTrackRulesTest {

  static Proposal consulted(Proposal p) {
    return p.withCoCreation(p.coCreation().withPartners(Partner.builder().organisation("Fundación Datos")
        .sector(Sector.CIVIL_SOCIETY).role(PartnerRole.CONSULTED).build()));
  }

  @Nested
  class Classification {

    private final RuleVerifier verifier = RuleVerifier.of(RuleBook.bundled());

    @Test
    void theFirstOfTheProposalsThemesThatTheCallNamesIsItsPrimaryTheme() {
      RuleVerification rule = verifier.rule("The first of the proposal's themes that the call names is its primary theme");
      Proposal monitoring = aCompleteProposal().withThemes(Theme.of("ROAD_WORKS"), Theme.PUBLIC_MONITORING, Theme.OPEN_DATA);
      rule.given(monitoring).labels(FederalVocabulary.primaryTheme(Theme.PUBLIC_MONITORING))
          .says("The first of the proposal's themes that the call names is PUBLIC_MONITORING.");
      rule.given(inSpanish(monitoring)).labels(FederalVocabulary.primaryTheme(Theme.PUBLIC_MONITORING))
          .says("El primero de los temas de la propuesta que nombra la convocatoria es PUBLIC_MONITORING.");
      rule.given(aCompleteProposal().withThemes(Theme.of("ROAD_WORKS"))).firesNot();
    }

    @Test
    void jurorsWhoDisagreeByMoreThanTheConsensusSpreadCallForAConsensusDiscussion() {
      RuleVerification rule = verifier.rule("Jurors who disagree by more than the consensus spread call for a consensus discussion");
      Proposal p = aCompleteProposal();
      Dossier apart = aDossier(p).withJury(Jury.builder().addScores(aScore("J-1", p, FederalVocabulary.JURY, "2"), aScore("J-2", p, FederalVocabulary.JURY, "4")).build());
      rule.given(apart).labels(FederalVocabulary.NEEDS_CONSENSUS)
          .says("On jury the jurors' valid scores range from 2 to 4, more than 1.5 apart.");
      rule.given(inSpanish(apart)).labels(FederalVocabulary.NEEDS_CONSENSUS)
          .says("En el criterio jury, los puntajes válidos de los jurados van de 2 a 4: más de 1,5 de diferencia.");
      Dossier close = aDossier(p).withJury(Jury.builder().addScores(aScore("J-1", p, FederalVocabulary.JURY, "2.5"), aScore("J-2", p, FederalVocabulary.JURY, "4")).build());
      rule.given(close).firesNot();
      // A consensus score recorded for the criterion settles the discussion.
      Dossier agreed = apart.withJury(apart.jury().withConsensus(ConsensusScore.builder().proposal(p.id())
          .criterion(FederalVocabulary.JURY).value(new java.math.BigDecimal("3.5")).reason("Agreed after the plenary.")
          .agreedOn(java.time.LocalDate.of(2021, 11, 5)).build()));
      rule.given(agreed).firesNot();
    }

    @Test
    void anExcludedScoreDoesNotWidenTheSpread() {
      Proposal p = aCompleteProposal();
      Dossier dossier = aDossier(p).withJury(Jury.builder()
          .addJurors(Juror.builder().id(JurorId.of("J-1")).name("Ana").build(),
              Juror.builder().id(JurorId.of("J-2")).name("Bruno").build())
          .addScores(aScore("J-1", p, FederalVocabulary.JURY, "4"), aScore("J-2", p, FederalVocabulary.JURY, "1"))
          .addConflicts(ConflictDeclaration.builder().juror(JurorId.of("J-2")).proposal(p.id())
              .reason("Advised the applicant.").build())
          .build());
      verifier.rule("Jurors who disagree by more than the consensus spread call for a consensus discussion").given(dossier).firesNot();
    }

    @Test
    void aProposalCoOwnedByANonGovernmentalPartnerIsCoCreated() {
      RuleVerification rule = verifier.rule("A proposal co-owned by a non-governmental partner is co-created");
      rule.given(aCompleteProposal()).labels(FederalVocabulary.CO_CREATED).says("Co-owned with Fundación Datos.");
      Proposal p = aCompleteProposal();
      Proposal twoOwners = p.withCoCreation(p.coCreation().withPartners(p.coCreation().partners().get(0),
          Partner.builder().organisation("Asociación Vecinal").sector(Sector.CITIZEN).role(PartnerRole.CO_OWNER).build()));
      rule.given(inSpanish(twoOwners)).labels(FederalVocabulary.CO_CREATED)
          .says("Corresponsabilidad compartida con Asociación Vecinal, Fundación Datos.");
      rule.given(consulted(aCompleteProposal())).firesNot();
    }

    @Test
    void nothingFiresOffTopicWithoutPartnersOrScores() {
      Proposal p = aCompleteProposal().withThemes(Theme.of("ROAD_WORKS")).withCoCreation(CoCreation.builder().build());
      assertThat(RuleBook.bundled().assess(aDossier(p)).get(0).labels()).isEmpty();
    }
  }

  @Nested
  class Tracks {

    private final Proposal first = aCompleteProposal().withId(ProposalId.of("P-1"));
    private final Proposal second = consulted(aCompleteProposal()).withId(ProposalId.of("P-2"));
    private final Proposal third = aCompleteProposal().withId(ProposalId.of("P-3"));
    private final Proposal fourth = aCompleteProposal().withId(ProposalId.of("P-4"));

    List<TrackPlacement> place(Dossier dossier, String... selected) {
      List<Assessment> assessments = RuleBook.bundled().assess(dossier);
      return RuleBook.bundled().assign(dossier, assessments, java.util.Arrays.stream(selected).map(ProposalId::of).toList());
    }

    @Test
    void coCreatedSelectedProposalsEnterTheOgpLocalTrackByRankWhilePlacesLast() {
      Dossier dossier = aDossier(first, second, third, fourth);
      assertThat(place(dossier, "P-4", "P-2", "P-1", "P-3")).extracting(t -> t.proposal().value())
          .containsExactly("P-4", "P-1");
      assertThat(place(dossier, "P-2", "P-3")).singleElement().satisfies(t -> assertThat(t.sentence())
          .isEqualTo("Selected at rank 2 and co-created, it takes place 1 of 2 in the OGP Local track."));
      assertThat(place(inSpanish(dossier), "P-2", "P-3")).singleElement().satisfies(t -> assertThat(t.sentence())
          .isEqualTo("Seleccionada en el puesto 2 del orden de mérito y co-creada, ocupa el lugar 1 de 2 en la línea OGP Local."));
      Track track = dossier.call().tracks().get(0);
      Dossier noPlaces = dossier.withCall(dossier.call().withTracks(track.withPlaces(0)));
      assertThat(place(noPlaces, "P-1", "P-3")).isEmpty();
    }

    @Test
    void nothingFiresWithoutCoCreatedSelectedProposals() {
      assertThat(place(aDossier(first, second), "P-2")).isEmpty();
    }
  }
}
