package org.convoca.outcome;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.SortedMap;
import java.util.TreeMap;
import org.convoca.dossier.Dossier;

/**
 * The fingerprint of a monitoring outcome: SHA-256, in lower-case hex, over the selection
 * fingerprint it builds on, the monitoring date, the dossier's monitoring data and the monitoring
 * rules, so that anyone holding the same dossier and rule book can show they reproduce it.
 *
 * <p>The digest reads, each part preceded by its length in bytes as an 8-byte big-endian number,
 * as {@link Fingerprint}'s does:
 *
 * <ol>
 *   <li>the text {@code convoca-monitoring-1}, which names this layout and changes whenever the
 *       parts do;
 *   <li>the selection's fingerprint ({@link Fingerprint}) as its UTF-8 text, which covers the rest
 *       of the dossier, the assessment rule book and so the selection the projects come from;
 *   <li>the monitoring date as {@code YYYY-MM-DD};
 *   <li>the monitoring data as canonical JSON (keys sorted at every level, decimals plain without
 *       trailing zeros, compact UTF-8; see {@link CanonicalDossier}): an object of
 *       {@code parameters}, the call's monitoring parameters in effect
 *       ({@link org.convoca.call.MonitoringParameters#asMap()}: the call's own values, the
 *       selection date among them when given, over the defaults of those it leaves out, so that a
 *       default changed by a later version changes the fingerprint); {@code progressReports}, the
 *       progress reports; and {@code resultsAssessments}, the jury's results assessments; both
 *       lists sorted as in {@link CanonicalDossier#of(Dossier)} (a report's milestones and their
 *       evidence, an assessment's jurors and evidence, then the lists themselves, by canonical
 *       text), so that their order in the dossier does not count;
 *   <li>for each monitoring rule file in the order of its name, the name and the text, both UTF-8,
 *       with the text's CRLF line ends turned into LF.
 * </ol>
 *
 * <p>Every report and assessment counts, those dated after the monitoring date too (a dossier with
 * such data is refused when monitoring as of that date, see
 * {@link org.convoca.validation.MonitoringDataCheck}).
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
    requireNonNull(selectionFingerprint, "selectionFingerprint");
    requireNonNull(monitoringRules, "monitoringRules");
    return Fingerprint.digest(VERSION, selectionFingerprint.getBytes(StandardCharsets.UTF_8),
        asOf.toString().getBytes(StandardCharsets.UTF_8), CanonicalDossier.valueBytes(data(dossier)), monitoringRules);
  }

  /** The monitoring data of {@code dossier} as the digest reads it. */
  static SortedMap<String, Object> data(Dossier dossier) {
    // Only the monitoring data is made canonical: the rest of the dossier is not digested here.
    SortedMap<String, Object> data = new TreeMap<>();
    data.put("parameters", new TreeMap<>(dossier.call().monitoring().asMap()));
    data.put("progressReports", CanonicalDossier.progressReports(dossier));
    data.put("resultsAssessments", CanonicalDossier.resultsAssessments(dossier));
    return data;
  }
}
