package org.convoca.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convoca.sample.Theories.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;
import org.convoca.dossier.Dossier;
import org.convoca.outcome.Comparison.DecisionChange;
import org.convoca.outcome.Comparison.RankMove;
import org.convoca.outcome.internal.CallOutcomes;
import org.convoca.sample.DossierGenerator;
import org.convoca.selection.TrackAssigner;
import org.junit.jupiter.api.Test;

/** Invariants of {@link Comparison#of} on generated dossiers with assessments drawn at random. */
class ComparisonProperties {

  private static final SortedMap<String, String> RULE_BOOK = new TreeMap<>(
      java.util.Map.of("scoring.drl", "rule \"Synthetic award\" when then end\n"));

  private static Dossier dossier(long seed) {
    return DossierGenerator.withSeed(seed).proposals(30).slots(8).waitlist(3).minJurisdictions(4).generate();
  }

  private static CallOutcome outcome(Dossier dossier, long assessmentSeed) {
    return CallOutcomes.decide(dossier, SyntheticAssessments.of(dossier, assessmentSeed), TrackAssigner.NONE, RULE_BOOK);
  }

  /** An outcome compared with itself: nobody enters, leaves, changes decision or rank, and no total moves. */
  @Test
  void anOutcomeComparedWithItselfHasNoChanges() {
    qt(8).forAll(longs().all(), longs().all()).checkAssert((seed, draw) -> {
      CallOutcome outcome = outcome(dossier(seed), draw);
      assertThat(Comparison.of(outcome, outcome).unchanged()).isTrue();
      assertThat(Comparison.of(outcome, outcome).sameOutcome()).isTrue();
    });
  }

  /**
   * Entering and leaving are disjoint and swap when the sides swap; so do the two sides of each
   * decision change and rank move, and every total delta changes sign.
   */
  @Test
  void swappingTheSidesSwapsEnteringAndLeavingAndReversesEveryChange() {
    qt(8).forAll(longs().all(), longs().all(), longs().all()).checkAssert((seed, a, b) -> {
      Dossier dossier = dossier(seed);
      Comparison forth = Comparison.of(outcome(dossier, a), outcome(dossier, b));
      Comparison back = Comparison.of(outcome(dossier, b), outcome(dossier, a));

      assertThat(Collections.disjoint(forth.entering(), forth.leaving())).isTrue();
      assertThat(back.entering()).isEqualTo(forth.leaving());
      assertThat(back.leaving()).isEqualTo(forth.entering());
      assertThat(back.decisionChanges()).isEqualTo(forth.decisionChanges().stream()
          .map(d -> new DecisionChange(d.proposal(), d.to(), d.from())).toList());
      assertThat(back.rankMoves()).isEqualTo(forth.rankMoves().stream()
          .map(r -> new RankMove(r.proposal(), r.to(), r.from())).toList());
      assertThat(back.deltas()).hasSameSizeAs(forth.deltas());
      for (int i = 0; i < forth.deltas().size(); i++) {
        assertThat(back.deltas().get(i).totalDelta()).isEqualByComparingTo(forth.deltas().get(i).totalDelta().negate());
      }
      assertThat(back.titles()).isEqualTo(forth.titles());
      // A total counted as changed moved (the fingerprints cover the inputs, which these synthetic
      // assessments leave equal, so they are not compared here).
      assertThat(forth.totalChanges()).allSatisfy(d -> assertThat(d.totalDelta().signum() != 0 || d.rankingScoreChanged())
          .isTrue());
      assertThat(back.trackChanges()).hasSameSizeAs(forth.trackChanges());
      assertThat(back.labelChanges()).isEqualTo(forth.labelChanges().stream()
          .map(l -> new Comparison.LabelChange(l.proposal(), l.removed(), l.added())).toList());
    });
  }
}
