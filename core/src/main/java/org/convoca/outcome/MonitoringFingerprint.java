package org.convoca.outcome;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.convoca.dossier.Dossier;

/**
 * The fingerprint of a monitoring outcome: SHA-256, in lower-case hex, over the selection
 * fingerprint it builds on, the monitoring date, the dossier's monitoring data and the monitoring
 * rules, so that anyone holding the same dossier and rule book can show they reproduce it.
 */
public final class MonitoringFingerprint {

  private static final String VERSION = "convoca-monitoring-1";

  private MonitoringFingerprint() {}

  /**
   * The fingerprint of monitoring {@code dossier} as of {@code asOf}.
   *
   * @param selectionFingerprint the fingerprint of the selection's outcome
   * @param dossier the dossier, whose progress reports, results assessments and monitoring parameters count
   * @param asOf the monitoring date
   * @param monitoringRules the monitoring rule files: name to text
   * @return 64 lower-case hex digits
   * @throws NullPointerException when an argument is null
   */
  public static String of(String selectionFingerprint, Dossier dossier, LocalDate asOf,
      SortedMap<String, String> monitoringRules) {
    // FIRST CUT by the lead: helper "monitoring-data" documents the layout and sorts results assessments canonically.
    Dossier canonical = CanonicalDossier.of(dossier);
    SortedMap<String, Object> data = new TreeMap<>();
    data.put("progressReports", canonical.progressReports());
    data.put("resultsAssessments", canonical.resultsAssessments());
    data.put("parameters", new TreeMap<>(dossier.call().monitoring().asMap()));
    return Fingerprint.digest(VERSION, selectionFingerprint.getBytes(StandardCharsets.UTF_8),
        asOf.toString().getBytes(StandardCharsets.UTF_8), CanonicalDossier.valueBytes(data), monitoringRules);
  }
}
