package org.convoca.outcome;

import java.io.StringWriter;
import java.io.Writer;
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
    StringWriter text = new StringWriter();
    write(outcome, text);
    return text.toString();
  }

  /** Writes the JSON to {@code out} as it goes; flushes {@code out}, never closes it. */
  static void write(MonitoringOutcome outcome, Writer out) {
    OutcomeJson.writeStreaming(OutcomeJson.WRITER, MonitoringView.of(outcome), out);
  }
}
