package org.convoca.outcome.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.convoca.dossier.Dossier;
import org.convoca.outcome.Fingerprint;
import org.convoca.sample.DossierGenerator;
import org.junit.jupiter.api.Test;

class CallOutcomesTest {

  private static final SortedMap<String, String> BOOK = new TreeMap<>(java.util.Map.of("org/example/rules.drl",
      "rule \"One\"\r\nwhen\r\nthen\r\nend\r\n"));

  @Test
  void theFingerprintMadeBesideIsTheFingerprint() {
    Dossier dossier = DossierGenerator.withSeed(11).proposals(40).generate();

    Supplier<String> beside = CallOutcomes.fingerprintBeside(dossier, BOOK);

    assertThat(beside.get()).isEqualTo(Fingerprint.of(dossier, BOOK));
    assertThat(beside.get()).isEqualTo(Fingerprint.of(dossier, BOOK));
  }

  @Test
  void theFingerprintMadeBesideThrowsWhatTheFingerprintThrows() {
    Supplier<String> beside = CallOutcomes.fingerprintBeside(null, BOOK);

    assertThatThrownBy(beside::get).isInstanceOf(NullPointerException.class);
  }
}
