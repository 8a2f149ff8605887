package org.convoca.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.convoca.call.AggregationMethod;
import org.convoca.call.ConflictKind;
import org.convoca.call.JuryPolicy;
import org.convoca.call.Normalisation;
import org.convoca.dossier.Dossier;
import org.convoca.jury.JurorId;
import org.convoca.jury.Jury;
import org.junit.jupiter.api.Test;

/** What of the jury the fingerprint covers: every datum and the policy in effect, but no order of an unordered list. */
class JuryFingerprintTest {

  private final Dossier dossier = JuryPanelOutcomes.dossier();
  private final String fingerprint = fingerprint(dossier);

  @Test
  void changesWhenAJurorsScoreChanges() {
    assertChanged(jury(j -> j.withScores(replaceFirst(j.scores(), j.scores().get(0).withValue(new BigDecimal("1"))))));
  }

  @Test
  void changesWhenAConflictIsDeclaredOrItsReasonChanges() {
    assertChanged(jury(j -> j.withConflicts(List.of())));
    assertChanged(jury(j -> j.withConflicts(j.conflicts().get(0).withReason("Another reason"))));
  }

  @Test
  void changesWhenAnAssignmentChanges() {
    assertChanged(jury(j -> j.withAssignments(replaceFirst(j.assignments(),
        j.assignments().get(0).withJurors(JurorId.of("J-4"), JurorId.of("J-5"), JurorId.of("J-6"))))));
  }

  @Test
  void changesWhenAConsensusChanges() {
    assertChanged(jury(j -> j.withConsensus(j.consensus().get(0).withValue(new BigDecimal("3")))));
    assertChanged(jury(j -> j.withConsensus(List.of())));
  }

  @Test
  void changesWhenAJurorsPersonOrJurisdictionChanges() {
    assertChanged(jury(j -> j.withJurors(replaceFirst(j.jurors(), j.jurors().get(0).withJurisdiction(java.util.Optional.empty())))));
  }

  @Test
  void changesWithEachPartOfTheJuryPolicy() {
    JuryPolicy policy = dossier.call().juryPolicy();
    for (JuryPolicy other : List.of(policy.withAggregation(AggregationMethod.MEDIAN), policy.withNormalisation(Normalisation.NONE),
        policy.withMinScores(3), policy.withReviewersPerProposal(4), policy.withConflicts(List.of(ConflictKind.AFFILIATION)))) {
      assertChanged(dossier.withCall(dossier.call().withJury(other)));
    }
  }

  @Test
  void digestsTheUnstatedPolicyForACallThatStatesNone() {
    assertThat(Fingerprint.policyInEffect(dossier.withCall(dossier.call().withJury(java.util.Optional.empty())).call().juryPolicy()))
        .isEqualTo(Fingerprint.policyInEffect(JuryPolicy.unstated()))
        .containsEntry("minScores", 0)
        .containsEntry("conflicts", List.of("SAME_PERSON", "AFFILIATION", "SAME_JURISDICTION", "DECLARED"));
  }

  @Test
  void readsTheConflictKindsAsASetWhateverTheirOrder() {
    JuryPolicy policy = dossier.call().juryPolicy();
    Dossier one = dossier.withCall(dossier.call().withJury(policy.withConflicts(ConflictKind.AFFILIATION, ConflictKind.SAME_PERSON)));
    Dossier other = dossier.withCall(dossier.call().withJury(policy.withConflicts(ConflictKind.SAME_PERSON, ConflictKind.AFFILIATION)));

    assertThat(fingerprint(one)).isEqualTo(fingerprint(other)).isNotEqualTo(fingerprint);
  }

  @Test
  void ignoresTheOrderOfJurorsScoresConflictsAssignmentsAndConsensus() {
    Dossier reordered = jury(j -> j
        .withJurors(reversed(j.jurors()))
        .withScores(reversed(j.scores()))
        .withConflicts(reversed(j.conflicts()))
        .withAssignments(reversed(j.assignments().stream().map(a -> a.withJurors(reversed(a.jurors()))).toList()))
        .withConsensus(reversed(j.consensus())));

    assertThat(reordered).isNotEqualTo(dossier);
    assertThat(fingerprint(reordered)).isEqualTo(fingerprint);
  }

  private Dossier jury(java.util.function.UnaryOperator<Jury> change) {
    return JuryPanelOutcomes.withJury(dossier, change);
  }

  private void assertChanged(Dossier changed) {
    assertThat(changed).isNotEqualTo(dossier);
    assertThat(fingerprint(changed)).isNotEqualTo(fingerprint);
    assertThat(JuryPanelOutcomes.outcome(changed, "Government").fingerprint()).isEqualTo(fingerprint(changed));
  }

  private static String fingerprint(Dossier dossier) {
    return Fingerprint.of(dossier, OutcomeFixtures.RULE_BOOK);
  }

  private static <T> List<T> replaceFirst(List<T> list, T first) {
    List<T> copy = new ArrayList<>(list);
    copy.set(0, first);
    return copy;
  }

  private static <T> List<T> reversed(List<T> list) {
    List<T> copy = new ArrayList<>(list);
    Collections.reverse(copy);
    return copy;
  }
}
