package org.convoca.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convoca.sample.Theories.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.convoca.assessment.Assessment;
import org.convoca.call.AggregationMethod;
import org.convoca.call.JuryPolicy;
import org.convoca.call.Normalisation;
import org.convoca.dossier.Dossier;
import org.convoca.jury.ConflictDeclaration;
import org.convoca.jury.ConsensusScore;
import org.convoca.jury.Juror;
import org.convoca.jury.JurorId;
import org.convoca.jury.JurorScore;
import org.convoca.jury.Jury;
import org.convoca.jury.ReviewAssignment;
import org.convoca.outcome.internal.CallOutcomes;
import org.convoca.proposal.Proposal;
import org.convoca.proposal.ProposalId;
import org.convoca.sample.DossierGenerator;
import org.convoca.sample.Dossiers;
import org.convoca.selection.TrackAssigner;
import org.junit.jupiter.api.Test;

class OutcomeProperties {

  private static final SortedMap<String, String> RULE_BOOK = new TreeMap<>(
      java.util.Map.of("eligibility.drl", "rule \"A\" when then end\n"));

  /**
   * The outcome and the fingerprint do not depend on the order of the dossier's unordered lists, at
   * any level (a proposal's values, team, partners, contacts and activities; the call's themes,
   * levels and tracks; the jury's jurors, scores, declared conflicts, assignments and each one's
   * jurors, consensus scores; ...), nor on the order of the assessments. The generated jury gets a
   * panel's records ({@link #withPanel}) so that every jury list has entries to shuffle.
   */
  @Test
  void shufflingTheDossierAndTheAssessmentsGivesTheSameJsonBytesAndFingerprint() {
    qt(12).forAll(longs().all(), longs().all()).checkAssert(OutcomeProperties::ignoresOrder);
  }

  private static void ignoresOrder(long seed, long shuffleSeed) {
    Dossier dossier = withPanel(
        DossierGenerator.withSeed(seed).proposals(40).slots(8).waitlist(3).minJurisdictions(6).generate(), seed);
    List<Assessment> assessments = SyntheticAssessments.of(dossier, seed);
    Random random = new Random(shuffleSeed);
    Dossier shuffled = Dossiers.shuffled(dossier, random);

    byte[] expected = OutcomeJson.bytes(CallOutcomes.decide(dossier, assessments, TrackAssigner.NONE, RULE_BOOK));
    byte[] actual = OutcomeJson.bytes(
        CallOutcomes.decide(shuffled, Dossiers.shuffle(assessments, random), TrackAssigner.NONE, RULE_BOOK));

    assertThat(new String(actual, StandardCharsets.UTF_8)).isEqualTo(new String(expected, StandardCharsets.UTF_8));
    assertThat(Fingerprint.of(shuffled, RULE_BOOK)).isEqualTo(Fingerprint.of(dossier, RULE_BOOK));
  }

  /**
   * {@code dossier} with a jury policy (ADDITIVE, at least 2 valid scores, an aggregation drawn from
   * {@code seed}), an assignment per proposal (its scorers, now and then one left out so that a
   * score is unassigned, or an idle juror added), declared conflicts with a proposal and with a
   * government, and a consensus score.
   */
  static Dossier withPanel(Dossier dossier, long seed) {
    Random random = new Random(seed);
    Jury jury = dossier.jury();
    if (jury.scores().isEmpty() || jury.jurors().isEmpty()) {
      return dossier;
    }
    List<JurorId> jurors = jury.jurors().stream().map(Juror::id).toList();
    Map<ProposalId, Set<JurorId>> scorers = new TreeMap<>();
    jury.scores().forEach(s -> scorers.computeIfAbsent(s.proposal(), p -> new TreeSet<>()).add(s.juror()));
    List<ReviewAssignment> assignments = new ArrayList<>();
    scorers.forEach((proposal, scoredBy) -> {
      List<JurorId> assigned = new ArrayList<>(scoredBy);
      if (random.nextInt(5) == 0) {
        assigned.remove(random.nextInt(assigned.size()));
      }
      if (random.nextInt(5) == 0) {
        jurors.stream().filter(j -> !scoredBy.contains(j)).findFirst().ifPresent(assigned::add);
      }
      if (!assigned.isEmpty()) {
        assignments.add(ReviewAssignment.builder().proposal(proposal).jurors(assigned).build());
      }
    });
    JurorScore sample = jury.scores().get(random.nextInt(jury.scores().size()));
    Proposal other = dossier.proposals().get(random.nextInt(dossier.proposals().size()));
    AggregationMethod[] methods = AggregationMethod.values();
    return dossier
        .withCall(dossier.call().withJury(JuryPolicy.builder().minScores(2).normalisation(Normalisation.ADDITIVE)
            .aggregation(methods[random.nextInt(methods.length)]).build()))
        .withJury(jury
            .withAssignments(assignments)
            .withConflicts(
                ConflictDeclaration.builder().juror(sample.juror()).proposal(sample.proposal())
                    .reason("Reviewed an earlier draft for the applicant").build(),
                ConflictDeclaration.builder().juror(jurors.get(random.nextInt(jurors.size()))).government(other.applicant())
                    .reason("Worked for this government until last year").build())
            .withConsensus(ConsensusScore.builder().proposal(other.id()).criterion(sample.criterion())
                .value(new BigDecimal("3.5")).reason("Agreed in the plenary").agreedOn(LocalDate.of(2021, 6, 1)).build()));
  }

  @Test
  void theGeneratedPanelExercisesEveryJuryList() {
    Dossier dossier = withPanel(DossierGenerator.withSeed(8).proposals(40).generate(), 8);
    CallOutcome outcome = CallOutcomes.decide(dossier, SyntheticAssessments.of(dossier, 8), TrackAssigner.NONE, RULE_BOOK);

    assertThat(dossier.jury().conflicts()).hasSize(2);
    assertThat(dossier.jury().consensus()).hasSize(1);
    assertThat(dossier.jury().assignments()).hasSizeGreaterThan(30);
    assertThat(outcome.jury().conflicts()).isNotEmpty();
    assertThat(outcome.jury().jurors()).anySatisfy(j -> assertThat(j.offsets()).isNotEmpty());
  }
}
