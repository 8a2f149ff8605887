package org.convoca.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convoca.sample.Theories.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.Random;
import org.convoca.dossier.Dossier;
import org.convoca.sample.DossierGenerator;
import org.convoca.sample.Dossiers;
import org.convoca.sample.MonitoringData;
import org.junit.jupiter.api.Test;

/**
 * The monitoring data and the two fingerprints, as properties over generated dossiers and
 * generated monitoring data: the selection's fingerprint does not depend on it, the monitoring
 * fingerprint does not depend on the order of its lists.
 */
class MonitoringDataFingerprintProperties {

  private static final LocalDate AS_OF = LocalDate.of(2022, 12, 31);

  @Test
  void addingMonitoringDataLeavesTheSelectionsFingerprintAsItIs() {
    qt(20).forAll(longs().all(), integers().between(1, 30), longs().all()).checkAssert((seed, size, data) -> {
      Dossier dossier = DossierGenerator.withSeed(seed).proposals(size).generate();
      Dossier monitored = MonitoringData.added(dossier, new Random(data), 1 + (int) Math.floorMod(data, 12L), 1 + (int) Math.floorMod(data, 5L));

      assertThat(monitored).isNotEqualTo(dossier);
      assertThat(CanonicalDossier.selectionBytes(monitored)).isEqualTo(CanonicalDossier.bytes(dossier));
      assertThat(Fingerprint.of(monitored, OutcomeFixtures.RULE_BOOK)).isEqualTo(Fingerprint.of(dossier, OutcomeFixtures.RULE_BOOK));
    });
  }

  @Test
  void theMonitoringFingerprintDoesNotDependOnTheOrderOfTheMonitoringData() {
    qt(15).forAll(longs().all(), longs().all()).checkAssert((seed, order) -> {
      Dossier dossier = MonitoringData.added(DossierGenerator.withSeed(seed).proposals(12).generate(),
          new Random(seed), 10, 4);
      Dossier shuffled = Dossiers.shuffled(dossier, new Random(order));

      assertThat(MonitoringFingerprint.of("f".repeat(64), shuffled, AS_OF, OutcomeFixtures.RULE_BOOK))
          .isEqualTo(MonitoringFingerprint.of("f".repeat(64), dossier, AS_OF, OutcomeFixtures.RULE_BOOK));
    });
  }
}
