package org.convoca.monitoring;

import java.time.LocalDate;
import java.util.SortedMap;
import org.convoca.dossier.Dossier;

/**
 * The fingerprint of a monitoring outcome: SHA-256 over the selection fingerprint it builds on,
 * the monitoring date, the dossier's monitoring data and the monitoring rules.
 */
public final class MonitoringFingerprint {

  private MonitoringFingerprint() {}

  /**
   * The fingerprint of monitoring {@code dossier} as of {@code asOf}.
   *
   * @param selectionFingerprint the fingerprint of the selection's outcome
   * @param dossier the dossier, whose progress reports, results assessments and monitoring parameters count
   * @param asOf the monitoring date
   * @param monitoringRules the monitoring rule files: name to text
   * @return 64 lower-case hex digits
   */
  public static String of(String selectionFingerprint, Dossier dossier, LocalDate asOf,
      SortedMap<String, String> monitoringRules) {
    // SKELETON: helper "monitoring-data" implements it.
    throw new UnsupportedOperationException("not built yet");
  }
}
