package org.convoca.outcome;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.convoca.monitoring.MonitoringOutcome;

/**
 * The monitoring outcome as canonical JSON, written as {@link OutcomeJson} writes the selection's:
 * fixed key order ({@link MonitoringView}'s components), decimals written plain, two-space
 * indentation, LF line ends and a final LF, by the selection's own writer; enum maps keep their
 * enum's order. The same outcome always gives the same text.
 */
final class MonitoringJson {

  private MonitoringJson() {}

  static String text(MonitoringOutcome outcome) {
    try {
      return OutcomeJson.WRITER.writeValueAsString(MonitoringView.of(outcome)) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
