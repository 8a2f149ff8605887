package org.convoca.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.convoca.call.MonitoringParameters;
import org.convoca.dossier.Dossier;
import org.convoca.monitoring.CompletionLevel;
import org.convoca.monitoring.ProgressReport;
import org.convoca.monitoring.ResultsAssessment;
import org.convoca.monitoring.ResultsLevel;
import org.convoca.sample.DossierGenerator;
import org.convoca.sample.MonitoringData;
import org.convoca.value.Money;
import org.junit.jupiter.api.Test;

/** The monitoring fingerprint digests its documented parts, and changes with each of them. */
class MonitoringFingerprintTest {

  private static final LocalDate AS_OF = LocalDate.of(2022, 12, 31);
  private static final String SELECTION = "fe44cac7d422b802d904487a2ea4624d3f7f611f354738f5a856a3c0998a6ae5";
  private static final SortedMap<String, String> RULES = new TreeMap<>(Map.of(
      "org/convoca/rules/monitoring/status.drl", "rule \"A project with every milestone complete is completed\"\nwhen\nthen\nend\n"));

  private final Dossier dossier = MonitoringData.added(DossierGenerator.withSeed(3).proposals(10).generate(),
      new Random(3), 8, 3);
  private final String fingerprint = MonitoringFingerprint.of(SELECTION, dossier, AS_OF, RULES);

  @Test
  void digestsTheDocumentedParts() throws Exception {
    MessageDigest digest = MessageDigest.getInstance("SHA-256");
    Consumer<byte[]> part = bytes -> {
      digest.update(ByteBuffer.allocate(8).putLong(bytes.length).array());
      digest.update(bytes);
    };
    Dossier canonical = CanonicalDossier.of(dossier);
    SortedMap<String, Object> data = new TreeMap<>(Map.of(
        "parameters", new TreeMap<>(dossier.call().monitoring().asMap()),
        "progressReports", canonical.progressReports(),
        "resultsAssessments", canonical.resultsAssessments()));
    part.accept("convoca-monitoring-1".getBytes(StandardCharsets.UTF_8));
    part.accept(SELECTION.getBytes(StandardCharsets.UTF_8));
    part.accept("2022-12-31".getBytes(StandardCharsets.UTF_8));
    part.accept(CanonicalDossier.valueBytes(data));
    RULES.forEach((name, text) -> {
      part.accept(name.getBytes(StandardCharsets.UTF_8));
      part.accept(text.getBytes(StandardCharsets.UTF_8));
    });

    assertThat(fingerprint).isEqualTo(HexFormat.of().formatHex(digest.digest()));
    assertThat(new String(CanonicalDossier.valueBytes(data), StandardCharsets.UTF_8))
        .startsWith("{\"parameters\":{\"atRiskOverdueDays\":").contains(",\"progressReports\":[{")
        .contains(",\"resultsAssessments\":[{");
  }

  @Test
  void changesWithAProgressReport() {
    ProgressReport first = dossier.progressReports().get(0);
    List<ProgressReport> reports = new ArrayList<>(dossier.progressReports());
    reports.set(0, first.withParticipants(first.participants() + 1));

    assertChanges(dossier.withProgressReports(reports));
    assertChanges(dossier.withProgressReports(reports.subList(1, reports.size())));
    reports.set(0, first.withMilestones(first.milestones().stream().map(m -> m.withCompletion(
        m.completion() == CompletionLevel.COMPLETE ? CompletionLevel.LIMITED : CompletionLevel.COMPLETE)).toList())
        .withFundsSpent(Money.of(1, "ARS")));
    assertChanges(dossier.withProgressReports(reports));
  }

  @Test
  void changesWithAResultsAssessment() {
    ResultsAssessment first = dossier.resultsAssessments().get(0);
    List<ResultsAssessment> assessments = new ArrayList<>(dossier.resultsAssessments());
    assessments.set(0, first.withResults(first.results() == ResultsLevel.MAJOR ? ResultsLevel.MARGINAL : ResultsLevel.MAJOR));

    assertChanges(dossier.withResultsAssessments(assessments));
    assertChanges(dossier.withResultsAssessments(List.of()));
  }

  @Test
  void changesWithAMonitoringParameterAndWithADefaultInEffect() {
    Map<String, Object> set = new TreeMap<>(dossier.call().monitoring().given());
    set.put("graceDays", BigDecimal.valueOf(31));
    set.put(MonitoringParameters.SELECTION_DATE, "2021-12-01");

    assertChanges(dossier.withCall(dossier.call().withMonitoring(MonitoringParameters.of(set))));
    assertChanges(dossier.withCall(dossier.call().withMonitoring(MonitoringParameters.of(Map.of("ownFlag", true)))));
  }

  @Test
  void keepsTheFingerprintWhenAParameterIsWrittenOutWithItsDefault() {
    Dossier defaults = dossier.withCall(dossier.call().withMonitoring(MonitoringParameters.empty()));
    Dossier written = dossier.withCall(dossier.call().withMonitoring(MonitoringParameters.of(MonitoringParameters.DEFAULTS)));

    assertThat(MonitoringFingerprint.of(SELECTION, written, AS_OF, RULES))
        .isEqualTo(MonitoringFingerprint.of(SELECTION, defaults, AS_OF, RULES));
  }

  @Test
  void changesWithTheMonitoringDateTheSelectionFingerprintAndARuleFile() {
    SortedMap<String, String> tuned = new TreeMap<>(RULES);
    tuned.replaceAll((name, text) -> text + "// tuned\n");
    SortedMap<String, String> crlf = new TreeMap<>(RULES);
    crlf.replaceAll((name, text) -> text.replace("\n", "\r\n"));

    assertThat(MonitoringFingerprint.of(SELECTION, dossier, AS_OF.plusDays(1), RULES)).isNotEqualTo(fingerprint);
    assertThat(MonitoringFingerprint.of("0".repeat(64), dossier, AS_OF, RULES)).isNotEqualTo(fingerprint);
    assertThat(MonitoringFingerprint.of(SELECTION, dossier, AS_OF, tuned)).isNotEqualTo(fingerprint);
    assertThat(MonitoringFingerprint.of(SELECTION, dossier, AS_OF, crlf)).isEqualTo(fingerprint);
  }

  @Test
  void ignoresWhatTheSelectionsFingerprintCovers() {
    Dossier renamed = dossier.withCall(dossier.call().withName("Another name"));

    assertThat(MonitoringFingerprint.of(SELECTION, renamed, AS_OF, RULES)).isEqualTo(fingerprint);
  }

  private void assertChanges(Dossier changed) {
    assertThat(changed).isNotEqualTo(dossier);
    assertThat(MonitoringFingerprint.of(SELECTION, changed, AS_OF, RULES)).isNotEqualTo(fingerprint);
  }
}
