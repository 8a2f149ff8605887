package org.convoca.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.convoca.call.AggregationMethod;
import org.convoca.call.ConflictKind;
import org.convoca.call.CriterionId;
import org.convoca.call.JuryPolicy;
import org.convoca.call.Normalisation;
import org.convoca.capacity.PersonId;
import org.convoca.dossier.Dossier;
import org.convoca.dossier.DossierReader;
import org.convoca.government.GovernmentId;
import org.convoca.government.JurisdictionCode;
import org.convoca.jury.ConflictDeclaration;
import org.convoca.jury.ConsensusScore;
import org.convoca.jury.Juror;
import org.convoca.jury.JurorId;
import org.convoca.jury.JurorScore;
import org.convoca.jury.Jury;
import org.convoca.jury.ReviewAssignment;
import org.convoca.proposal.ProposalId;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * One test per behaviour of the jury's review, on the small valid dossier: P-001 is the province
 * of Córdoba's (AR-X, team PER-1, partner Fundación Datos with contact PER-3), P-002 the
 * municipality of Rafaela's (AR-S), P-003 the province of Santa Fe's (AR-S).
 */
class JuryReviewTest {

  private static final CriterionId C = CriterionId.of("cocreation");
  private static final ProposalId P1 = ProposalId.of("P-001");
  private static final ProposalId P2 = ProposalId.of("P-002");
  private static final ProposalId P3 = ProposalId.of("P-003");
  private static final Dossier SMALL = read();

  private static Dossier read() {
    try (InputStream in = JuryReviewTest.class.getResourceAsStream("/org/convoca/dossier/valid-small.json")) {
      return DossierReader.standard().read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Juror juror(String id) {
    return Juror.builder().id(JurorId.of(id)).name("Juror " + id).build();
  }

  private static JurorScore score(String juror, ProposalId proposal, String value) {
    return JurorScore.builder().juror(JurorId.of(juror)).proposal(proposal).criterion(C).value(new BigDecimal(value)).build();
  }

  /** The small dossier with {@code jury} and, when given, {@code policy}. */
  private static Dossier with(Jury jury, JuryPolicy policy) {
    Dossier dossier = SMALL.withJury(jury);
    return policy == null ? dossier : dossier.withCall(dossier.call().withJury(policy));
  }

  private static ReviewedScore only(JuryReview review, ProposalId proposal, String juror) {
    return review.of(proposal, C).orElseThrow().scores().stream()
        .filter(s -> s.juror().equals(JurorId.of(juror))).findFirst().orElseThrow();
  }

  @Nested
  class Conflicts {

    @Test
    void aJurorWhoIsOnTheTeamIsExcludedAsTheSamePerson() {
      Jury jury = Jury.builder().addJurors(juror("J-1").withPerson(PersonId.of("PER-1")), juror("J-2"))
          .addScores(score("J-1", P1, "5"), score("J-2", P1, "3")).build();

      JuryReview review = JuryReview.of(with(jury, null));

      ReviewedScore excluded = only(review, P1, "J-1");
      assertThat(excluded.excluded()).isTrue();
      assertThat(excluded.conflicts()).extracting(c -> c.kind()).containsExactly(ConflictKind.SAME_PERSON);
      assertThat(excluded.exclusion()).get().asString().startsWith("SAME_PERSON: ").contains("PER-1");
      assertThat(review.of(P1, C).orElseThrow().aggregate()).contains(new BigDecimal("3.00"));
      assertThat(only(review, P1, "J-2").excluded()).isFalse();
    }

    @Test
    void aJurorAffiliatedWithAPartnerIsExcludedWhateverTheCaseAndAccents() {
      Jury jury = Jury.builder().addJurors(juror("J-1").withAffiliations("  FUNDACION   datos "), juror("J-2"))
          .addScores(score("J-1", P1, "5"), score("J-2", P1, "3"), score("J-1", P2, "4")).build();

      JuryReview review = JuryReview.of(with(jury, null));

      assertThat(only(review, P1, "J-1").conflicts()).extracting(c -> c.kind()).containsExactly(ConflictKind.AFFILIATION);
      assertThat(only(review, P2, "J-1").excluded()).as("Rafaela's proposal has no tie with the foundation").isFalse();
    }

    @Test
    void aJurorFromTheApplicantsJurisdictionIsExcludedUnlessTheCallSwitchesTheKindOff() {
      Jury jury = Jury.builder().addJurors(juror("J-1").withJurisdiction(JurisdictionCode.of("AR-S")), juror("J-2"))
          .addScores(score("J-1", P2, "1"), score("J-2", P2, "4"), score("J-1", P1, "4")).build();

      JuryReview all = JuryReview.of(with(jury, null));
      JuryReview without = JuryReview.of(with(jury, JuryPolicy.builder()
          .conflicts(EnumSet.of(ConflictKind.SAME_PERSON, ConflictKind.AFFILIATION)).build()));

      assertThat(only(all, P2, "J-1").conflicts()).extracting(c -> c.kind()).containsExactly(ConflictKind.SAME_JURISDICTION);
      assertThat(only(all, P1, "J-1").excluded()).as("Córdoba is AR-X").isFalse();
      assertThat(only(without, P2, "J-1").excluded()).isFalse();
      assertThat(without.of(P2, C).orElseThrow().aggregate()).contains(new BigDecimal("2.50"));
    }

    @Test
    void aDeclaredConflictAlwaysApplies() {
      Jury jury = Jury.builder().addJurors(juror("J-1"), juror("J-2"), juror("J-3"))
          .addScores(score("J-1", P1, "5"), score("J-2", P2, "5"), score("J-3", P3, "5"), score("J-3", P2, "2"))
          .addConflicts(
              ConflictDeclaration.builder().juror(JurorId.of("J-1")).proposal(P1).reason("Co-wrote it.").build(),
              ConflictDeclaration.builder().juror(JurorId.of("J-2")).government(GovernmentId.of("MUN-RAFAELA"))
                  .reason("Works for the municipality.").build(),
              ConflictDeclaration.builder().juror(JurorId.of("J-3")).organisation("Provincia de Santa Fe")
                  .reason("Advises the province.").build())
          .build();

      JuryReview review = JuryReview.of(with(jury, JuryPolicy.builder().conflicts(EnumSet.noneOf(ConflictKind.class)).build()));

      assertThat(only(review, P1, "J-1").exclusion()).get().asString().startsWith("DECLARED: ").contains("Co-wrote it.");
      assertThat(only(review, P2, "J-2").exclusion()).get().asString().contains("Works for the municipality.");
      assertThat(only(review, P3, "J-3").exclusion()).get().asString().contains("Advises the province.");
      assertThat(only(review, P2, "J-3").excluded()).isFalse();
      assertThat(review.conflicts()).hasSize(3);
    }

    @Test
    void aDeclarationThatMatchesNoProposalIsNotedRatherThanLost() {
      Jury jury = Jury.builder().addJurors(juror("J-1"), juror("J-2"))
          .addScores(score("J-1", P1, "4"))
          .addConflicts(
              ConflictDeclaration.builder().juror(JurorId.of("J-1")).organisation("Fundacion Datoss").reason("Board member.").build(),
              ConflictDeclaration.builder().juror(JurorId.of("J-2")).organisation("FUNDACIÓN  datos").reason("Donor.").build())
          .build();
      Dossier dossier = with(jury, null);
      Dossier noProposalOfSantaFe = dossier.withProposals(dossier.proposals().subList(0, 2)).withJury(jury.withConflicts(
          ConflictDeclaration.builder().juror(JurorId.of("J-2")).government(GovernmentId.of("PROV-SANTA-FE")).reason("Works there.").build()));

      assertThat(JuryReview.of(dossier).notes()).singleElement().asString()
          .startsWith("J-1 declared a conflict with the organisation \"Fundacion Datoss\", which is neither an applicant nor a partner")
          .endsWith("it excludes no score.");
      assertThat(JuryReview.of(noProposalOfSantaFe).notes()).containsExactly(
          "J-2 declared a conflict with government PROV-SANTA-FE, which applies with no proposal of this call; it excludes no score.");
    }

    @Test
    void everyConflictIsListedEvenWhereTheJurorGaveNoScore() {
      Jury jury = Jury.builder().addJurors(juror("J-1").withJurisdiction(JurisdictionCode.of("AR-S"))).build();

      JuryReview review = JuryReview.of(with(jury, null));

      assertThat(review.conflicts()).extracting(c -> c.proposal()).containsExactly(P2, P3);
      assertThat(review.scores()).isEmpty();
    }
  }

  @Nested
  class Assignments {

    @Test
    void aScoreByAJurorNotAssignedIsFlaggedAndStillCounts() {
      Jury jury = Jury.builder().addJurors(juror("J-1"), juror("J-2"))
          .addScores(score("J-1", P1, "4"), score("J-2", P1, "2"))
          .addAssignments(ReviewAssignment.builder().proposal(P1).addJurors(JurorId.of("J-1")).build())
          .build();

      JuryReview review = JuryReview.of(with(jury, null));

      assertThat(only(review, P1, "J-1").assigned()).contains(true);
      assertThat(only(review, P1, "J-2").unassigned()).isTrue();
      assertThat(review.of(P1, C).orElseThrow().aggregate()).contains(new BigDecimal("3.00"));
      assertThat(review.jurors()).filteredOn(j -> j.id().equals(JurorId.of("J-2"))).singleElement()
          .satisfies(j -> assertThat(j.unassigned()).isEqualTo(1));
      assertThat(review.notes()).singleElement().asString().contains("J-2 on P-001");
    }

    @Test
    void withoutRecordedAssignmentsNoScoreIsFlagged() {
      Jury jury = Jury.builder().addJurors(juror("J-1")).addScores(score("J-1", P1, "4")).build();

      JuryReview review = JuryReview.of(with(jury, null));

      assertThat(only(review, P1, "J-1").assigned()).isEmpty();
      assertThat(review.notes()).isEmpty();
    }
  }

  @Nested
  class Aggregation {

    private final Jury jury = Jury.builder().addJurors(juror("J-1"), juror("J-2"), juror("J-3"), juror("J-4"))
        .addScores(score("J-1", P1, "0.5"), score("J-2", P1, "3"), score("J-3", P1, "4"), score("J-4", P1, "4.5")).build();

    private Optional<BigDecimal> by(AggregationMethod method) {
      return JuryReview.of(with(jury, JuryPolicy.builder().aggregation(method).build())).of(P1, C).orElseThrow().value();
    }

    @Test
    void theMeanOfTheValidScores() {
      assertThat(by(AggregationMethod.MEAN)).contains(new BigDecimal("3.00"));
    }

    @Test
    void theMedianOfTheValidScores() {
      assertThat(by(AggregationMethod.MEDIAN)).contains(new BigDecimal("3.50"));
    }

    @Test
    void theTrimmedMeanDropsTheLowestAndTheHighest() {
      assertThat(by(AggregationMethod.TRIMMED_MEAN)).contains(new BigDecimal("3.50"));
    }

    @Test
    void aConsensusScoreReplacesTheAggregateAndKeepsIt() {
      ConsensusScore agreed = ConsensusScore.builder().proposal(P1).criterion(C).value(new BigDecimal("4.25"))
          .reason("Agreed in the plenary.").agreedOn(LocalDate.of(2021, 5, 20)).build();

      CriterionReview review = JuryReview.of(with(jury.withConsensus(agreed), null)).of(P1, C).orElseThrow();

      assertThat(review.value()).contains(new BigDecimal("4.25"));
      assertThat(review.aggregate()).contains(new BigDecimal("3.00"));
      assertThat(review.consensus()).contains(agreed);
    }

    @Test
    void aProposalNobodyScoredHasNoAggregateOnAScoredCriterion() {
      CriterionReview review = JuryReview.of(with(jury, null)).of(P3, C).orElseThrow();

      assertThat(review.scores()).isEmpty();
      assertThat(review.value()).isEmpty();
    }

    @Test
    void onlyCriteriaSomeoneScoredAreTheJurysInTheCallsOrder() {
      Jury both = jury.withScores(List.of(score("J-1", P1, "3"),
          JurorScore.builder().juror(JurorId.of("J-2")).proposal(P2).criterion(CriterionId.of("feasibility"))
              .value(BigDecimal.ONE).build()));

      assertThat(JuryReview.of(with(both, null)).criteria())
          .containsExactly(C, CriterionId.of("feasibility"));
    }
  }

  @Nested
  class Incomplete {

    @Test
    void fewerValidScoresThanTheMinimumMakeTheReviewIncompleteAndSayWhy() {
      Jury jury = Jury.builder().addJurors(juror("J-1").withJurisdiction(JurisdictionCode.of("AR-S")), juror("J-2"), juror("J-3"))
          .addScores(score("J-1", P2, "5"), score("J-2", P2, "4"), score("J-2", P1, "4"), score("J-3", P1, "4"),
              score("J-2", P3, "4"), score("J-3", P3, "4"))
          .addAssignments(ReviewAssignment.builder().proposal(P2).addJurors(JurorId.of("J-1"), JurorId.of("J-2"), JurorId.of("J-3")).build())
          .build();

      JuryReview review = JuryReview.of(with(jury, JuryPolicy.builder().minScores(2).build()));

      assertThat(review.incomplete(P2)).contains("On criterion cocreation it has 1 valid score of the 2 the call needs: "
          + "J-1's score is excluded for a conflict of interest (SAME_JURISDICTION); J-3, assigned to it, has not scored it.");
      assertThat(review.incomplete(P1)).isEmpty();
      assertThat(review.incomplete().keySet()).containsExactly(P2);
    }

    @Test
    void aConsensusCompletesAReviewThatHasTooFewScores() {
      Jury jury = Jury.builder().addJurors(juror("J-1")).addScores(score("J-1", P1, "4"), score("J-1", P2, "4"), score("J-1", P3, "4"))
          .addConsensus(ConsensusScore.builder().proposal(P1).criterion(C).value(new BigDecimal("4"))
              .reason("Agreed.").agreedOn(LocalDate.of(2021, 5, 20)).build())
          .build();

      JuryReview review = JuryReview.of(with(jury, JuryPolicy.builder().minScores(2).build()));

      assertThat(review.incomplete().keySet()).containsExactly(P2, P3);
    }

    @Test
    void aCallWithoutAJuryPolicyNeedsNoMinimum() {
      Jury jury = Jury.builder().addJurors(juror("J-1")).addScores(score("J-1", P1, "4")).build();

      assertThat(JuryReview.of(with(jury, null)).incomplete()).isEmpty();
    }
  }

  @Nested
  class Severity {

    @Test
    void additiveNormalisationPublishesOffsetsAndAdjustsTheValidScores() {
      // J-1 is one point more generous than J-2 on both proposals they share.
      Jury jury = Jury.builder().addJurors(juror("J-1"), juror("J-2"))
          .addScores(score("J-1", P1, "4"), score("J-2", P1, "3"), score("J-1", P2, "3"), score("J-2", P2, "2")).build();

      JuryReview review = JuryReview.of(with(jury, JuryPolicy.builder().normalisation(Normalisation.ADDITIVE).build()));

      assertThat(review.jurors()).extracting(j -> j.offsets().get(C))
          .containsExactly(new BigDecimal("0.50"), new BigDecimal("-0.50"));
      assertThat(only(review, P1, "J-1").adjusted()).isEqualByComparingTo("3.5");
      assertThat(only(review, P1, "J-2").adjusted()).isEqualByComparingTo("3.5");
      assertThat(review.of(P1, C).orElseThrow().aggregate()).contains(new BigDecimal("3.50"));
      assertThat(review.fits()).singleElement().satisfies(f -> assertThat(f.connected()).isTrue());
    }

    @Test
    void withoutNormalisationTheAdjustedScoreIsTheRawOneAndNoOffsetIsPublished() {
      Jury jury = Jury.builder().addJurors(juror("J-1")).addScores(score("J-1", P1, "4")).build();

      JuryReview review = JuryReview.of(with(jury, null));

      assertThat(only(review, P1, "J-1").adjusted()).isEqualByComparingTo("4");
      assertThat(review.jurors()).singleElement().satisfies(j -> assertThat(j.offsets()).isEmpty());
      assertThat(review.fits()).isEmpty();
    }

    @Test
    void aPanelThatFallsApartIsNoted() {
      Jury jury = Jury.builder().addJurors(juror("J-1"), juror("J-2"), juror("J-3"), juror("J-4"))
          .addScores(score("J-1", P1, "4"), score("J-2", P1, "3"), score("J-3", P2, "3"), score("J-4", P2, "2")).build();

      JuryReview review = JuryReview.of(with(jury, JuryPolicy.builder().normalisation(Normalisation.ADDITIVE).build()));

      assertThat(review.notes()).singleElement().asString()
          .contains("fall into 2 groups").contains("J-1, J-2").contains("J-3, J-4");
    }
  }

  @Test
  void agreementIsMeasuredOnTheValidScoresOnly() {
    Jury jury = Jury.builder().addJurors(juror("J-1"), juror("J-2"), juror("J-3"))
        .addScores(score("J-1", P1, "4"), score("J-2", P1, "4"), score("J-1", P2, "2"), score("J-2", P2, "2"),
            score("J-3", P1, "0"))
        .addConflicts(ConflictDeclaration.builder().juror(JurorId.of("J-3")).proposal(P1).reason("Co-wrote it.").build())
        .build();

    JuryReview review = JuryReview.of(with(jury, null));

    assertThat(review.agreement().byCriterion().get(C).scores()).isEqualTo(4);
    assertThat(review.agreement().byCriterion().get(C).alpha().value()).hasValue(1.0);
  }
}
