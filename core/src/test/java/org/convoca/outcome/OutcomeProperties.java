package org.convoca.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convoca.sample.Theories.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import org.convoca.assessment.Assessment;
import org.convoca.dossier.Dossier;
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
   * levels and tracks; ...), nor on the order of the assessments.
   */
  @Test
  void shufflingTheDossierAndTheAssessmentsGivesTheSameJsonBytesAndFingerprint() {
    qt(12).forAll(longs().all(), longs().all()).checkAssert(OutcomeProperties::ignoresOrder);
  }

  private static void ignoresOrder(long seed, long shuffleSeed) {
    Dossier dossier = DossierGenerator.withSeed(seed).proposals(40).slots(8).waitlist(3).minJurisdictions(6).generate();
    List<Assessment> assessments = SyntheticAssessments.of(dossier, seed);
    Random random = new Random(shuffleSeed);
    Dossier shuffled = Dossiers.shuffled(dossier, random);

    byte[] expected = OutcomeJson.bytes(CallOutcomes.decide(dossier, assessments, TrackAssigner.NONE, RULE_BOOK));
    byte[] actual = OutcomeJson.bytes(
        CallOutcomes.decide(shuffled, Dossiers.shuffle(assessments, random), TrackAssigner.NONE, RULE_BOOK));

    assertThat(new String(actual, StandardCharsets.UTF_8)).isEqualTo(new String(expected, StandardCharsets.UTF_8));
    assertThat(Fingerprint.of(shuffled, RULE_BOOK)).isEqualTo(Fingerprint.of(dossier, RULE_BOOK));
  }
}
