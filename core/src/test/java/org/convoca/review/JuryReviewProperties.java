package org.convoca.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convoca.sample.Theories.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.convoca.call.AggregationMethod;
import org.convoca.call.JuryPolicy;
import org.convoca.call.Normalisation;
import org.convoca.dossier.Dossier;
import org.convoca.jury.ConflictDeclaration;
import org.convoca.jury.ConsensusScore;
import org.convoca.jury.Juror;
import org.convoca.jury.JurorScore;
import org.convoca.jury.ReviewAssignment;
import org.convoca.proposal.Proposal;
import org.convoca.sample.DossierGenerator;
import org.convoca.sample.Dossiers;
import org.junit.jupiter.api.Test;

/** Invariants of the jury's review on generated dossiers with declared conflicts, assignments and consensus scores. */
class JuryReviewProperties {

  /** A generated dossier of the seed, with the policy, some declared conflicts, assignments of who scored and a consensus score. */
  private static Dossier panel(long seed) {
    Random random = new Random(seed);
    Dossier dossier = DossierGenerator.withSeed(seed).proposals(8 + random.nextInt(30)).generate();
    List<Juror> jurors = dossier.jury().jurors();
    List<Proposal> proposals = dossier.proposals();
    List<ConflictDeclaration> declared = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      declared.add(ConflictDeclaration.builder().juror(jurors.get(random.nextInt(jurors.size())).id())
          .proposal(proposals.get(random.nextInt(proposals.size())).id()).reason("Declared conflict " + i + ".").build());
    }
    List<ReviewAssignment> assignments = proposals.stream().map(p -> ReviewAssignment.builder().proposal(p.id())
        .jurors(dossier.jury().scores().stream().filter(s -> s.proposal().equals(p.id()) && random.nextInt(5) > 0)
            .map(JurorScore::juror).distinct().toList()).build()).toList();
    JurorScore first = dossier.jury().scores().get(0);
    ConsensusScore consensus = ConsensusScore.builder().proposal(first.proposal()).criterion(first.criterion())
        .value(dossier.call().scoreScale().max()).reason("Agreed.").agreedOn(LocalDate.of(2021, 11, 1)).build();
    JuryPolicy policy = JuryPolicy.builder().minScores(1 + random.nextInt(4))
        .aggregation(AggregationMethod.values()[random.nextInt(3)])
        .normalisation(random.nextBoolean() ? Normalisation.ADDITIVE : Normalisation.NONE).build();
    return dossier.withCall(dossier.call().withJury(policy))
        .withJury(dossier.jury().withConflicts(declared).withAssignments(assignments).withConsensus(consensus));
  }

  @Test
  void theReviewDoesNotDependOnTheOrderOfAnyList() {
    qt(15).forAll(longs().all()).checkAssert(seed -> {
      Dossier dossier = panel(seed);
      JuryReview review = JuryReview.of(dossier);
      JuryReview shuffled = JuryReview.of(Dossiers.shuffled(dossier, new Random(seed ^ 0x5eed)));

      assertThat(shuffled.scores()).isEqualTo(review.scores());
      assertThat(shuffled.reviews()).isEqualTo(review.reviews());
      assertThat(shuffled.incomplete()).isEqualTo(review.incomplete());
      assertThat(shuffled.jurors()).isEqualTo(review.jurors());
      assertThat(shuffled.conflicts()).isEqualTo(review.conflicts());
      assertThat(shuffled.notes()).isEqualTo(review.notes());
      assertThat(shuffled.agreement()).isEqualTo(review.agreement());
    });
  }

  @Test
  void everyScoreIsReviewedOnceAndOnlyConflictedOnesAreExcluded() {
    qt(15).forAll(longs().all()).checkAssert(seed -> {
      Dossier dossier = panel(seed);
      JuryReview review = JuryReview.of(dossier);

      assertThat(review.scores()).hasSameSizeAs(dossier.jury().scores());
      for (ReviewedScore s : review.scores()) {
        boolean conflicted = review.conflicts().stream()
            .anyMatch(c -> c.juror().equals(s.juror()) && c.proposal().equals(s.proposal()));
        assertThat(s.excluded()).isEqualTo(conflicted);
        assertThat(s.assigned()).isPresent();
        if (dossier.call().juryPolicy().normalisation() == Normalisation.NONE) {
          assertThat(s.adjusted()).isEqualTo(s.raw());
        } else {
          // Valid or excluded, a score is shown net of its juror's offset, when the juror has one.
          BigDecimal offset = review.jurors().stream().filter(j -> j.id().equals(s.juror())).findFirst().orElseThrow()
              .offsets().get(s.criterion());
          BigDecimal expected = offset == null ? s.raw() : s.raw().subtract(offset).setScale(2, RoundingMode.HALF_UP)
              .max(dossier.call().scoreScale().min()).min(dossier.call().scoreScale().max());
          assertThat(s.adjusted()).isEqualByComparingTo(expected);
        }
      }
    });
  }

  @Test
  void aReviewIsIncompleteExactlyWhenACriterionHasTooFewValidScoresAndNoConsensus() {
    qt(15).forAll(longs().all()).checkAssert(seed -> {
      Dossier dossier = panel(seed);
      JuryReview review = JuryReview.of(dossier);
      int needed = dossier.call().juryPolicy().minScores();

      for (CriterionReview r : review.reviews()) {
        boolean short_ = r.consensus().isEmpty() && r.valid().size() < needed;
        assertThat(r.complete()).isEqualTo(!short_);
        if (short_) {
          assertThat(review.incomplete(r.proposal())).get().asString().contains("On criterion " + r.criterion());
        }
        assertThat(r.aggregate().isPresent()).isEqualTo(!r.valid().isEmpty());
        r.aggregate().ifPresent(a -> assertThat(a).isBetween(r.min().orElseThrow(), r.max().orElseThrow()));
      }
      long incomplete = review.reviews().stream().filter(r -> !r.complete()).map(CriterionReview::proposal).distinct().count();
      assertThat(review.incomplete()).hasSize((int) incomplete);
    });
  }

  @Test
  void offsetsSumToZeroInEachConnectedPartOfThePanel() {
    qt(15).forAll(longs().all()).checkAssert(seed -> {
      Dossier dossier = panel(seed);
      Dossier additive = dossier.withCall(dossier.call().withJury(dossier.call().juryPolicy().withNormalisation(Normalisation.ADDITIVE)));
      JuryReview review = JuryReview.of(additive);

      review.fits().forEach(fit -> fit.components().forEach(component -> {
        double sum = component.jurors().stream().mapToDouble(j -> fit.offsetOf(j).estimate()).sum();
        assertThat(sum).isCloseTo(0.0, org.assertj.core.data.Offset.offset(1e-9));
      }));
      assertThat(review.jurors().stream().filter(j -> j.scored() > j.excluded())).allSatisfy(j ->
          assertThat(j.offsets()).isNotEmpty());
      assertThat(review.jurors().stream().map(j -> j.id().value()).toList()).isSorted();
    });
  }
}
