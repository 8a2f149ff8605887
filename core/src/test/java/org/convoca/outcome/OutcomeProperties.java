package org.convoca.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convoca.sample.Theories.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import org.convoca.assessment.Assessment;
import org.convoca.dossier.Dossier;
import org.convoca.sample.DossierGenerator;
import org.convoca.selection.TrackAssigner;
import org.junit.jupiter.api.Test;

class OutcomeProperties {

  private static final SortedMap<String, String> RULE_BOOK = new TreeMap<>(
      java.util.Map.of("eligibility.drl", "rule \"A\" when then end\n"));

  /** The outcome does not depend on the order of the dossier's lists or of the assessments. */
  @Test
  void shufflingTheDossierAndTheAssessmentsGivesTheSameJsonBytes() {
    qt(12).forAll(longs().all(), longs().all()).checkAssert(OutcomeProperties::ignoresOrder);
  }

  private static void ignoresOrder(long seed, long shuffleSeed) {
    Dossier dossier = DossierGenerator.withSeed(seed).proposals(40).slots(8).waitlist(3).minJurisdictions(6).generate();
    List<Assessment> assessments = SyntheticAssessments.of(dossier, seed);
    Random random = new Random(shuffleSeed);
    Dossier shuffled = dossier
        .withProposals(shuffle(dossier.proposals(), random))
        .withGovernments(shuffle(dossier.governments(), random))
        .withPeople(shuffle(dossier.people(), random))
        .withCourses(shuffle(dossier.courses(), random))
        .withCompletions(shuffle(dossier.completions(), random))
        .withJury(dossier.jury().withJurors(shuffle(dossier.jury().jurors(), random))
            .withScores(shuffle(dossier.jury().scores(), random)));

    byte[] expected = OutcomeJson.bytes(CallOutcomes.decide(dossier, assessments, TrackAssigner.NONE, RULE_BOOK));
    byte[] actual = OutcomeJson.bytes(
        CallOutcomes.decide(shuffled, shuffle(assessments, random), TrackAssigner.NONE, RULE_BOOK));

    assertThat(new String(actual, java.nio.charset.StandardCharsets.UTF_8))
        .isEqualTo(new String(expected, java.nio.charset.StandardCharsets.UTF_8));
    assertThat(Fingerprint.of(shuffled, RULE_BOOK)).isEqualTo(Fingerprint.of(dossier, RULE_BOOK));
  }

  private static <T> List<T> shuffle(List<T> list, Random random) {
    List<T> copy = new ArrayList<>(list);
    Collections.shuffle(copy, random);
    return copy;
  }
}
