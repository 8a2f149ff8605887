package org.convoca.cli;

import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.convoca.monitoring.CompletionLevel;
import org.convoca.monitoring.ImplementationStatus;
import org.convoca.monitoring.MonitoringOutcome;
import org.convoca.monitoring.ProjectMonitoring;
import org.convoca.monitoring.Recognition;

/**
 * The readable summary {@code convoca monitor} prints, in the user's language; the date as the
 * user gave it, the statuses, completion levels and recognitions by their names, as the files have them.
 */
final class MonitoringSummary {

  private MonitoringSummary() {}

  static void print(MonitoringOutcome outcome, UserText text, PrintWriter out) {
    int gaps = outcome.projects().stream().mapToInt(p -> p.gaps().size()).sum();
    long withGaps = outcome.projects().stream().filter(p -> !p.gaps().isEmpty()).count();
    out.println(text.summary("monitoring.as-of", outcome.asOf().toString(), outcome.projects().size()));
    out.println("  " + text.summary("monitoring.status", counts(ImplementationStatus.class, outcome, ProjectMonitoring::status, text)));
    out.println("  " + text.summary("monitoring.completion",
        counts(CompletionLevel.class, outcome, ProjectMonitoring::completion, text)));
    out.println("  " + text.summary("monitoring.gaps", gaps, withGaps));
    out.println(text.summary("monitoring.recognised",
        counts(Recognition.class, outcome.projects().stream().flatMap(p -> p.recognition().stream()), text)));
    if (outcome.projects().stream().allMatch(p -> p.recognition().isEmpty())) {
      out.println("  " + text.summary("monitoring.none"));
    }
    outcome.projects().stream().filter(p -> !p.recognition().isEmpty()).forEach(p -> out.println("  " + p.proposal() + " "
        + p.recognition().stream().map(Enum::name).collect(Collectors.joining(", ")) + ": "
        + p.selection().title().replaceAll("\\R", " ")));
    outcome.notes().forEach(note -> out.println(text.summary("note", note)));
    out.println(text.summary("fingerprint", outcome.fingerprint()));
    out.println(text.summary("monitoring.selection-fingerprint", outcome.selectionFingerprint()));
  }

  private static <E extends Enum<E>> String counts(Class<E> type, MonitoringOutcome outcome,
      Function<ProjectMonitoring, E> of, UserText text) {
    return counts(type, outcome.projects().stream().map(of), text);
  }

  /** How many of {@code values} are each value of {@code type}, every value named, in the enum's order. */
  private static <E extends Enum<E>> String counts(Class<E> type, Stream<E> values, UserText text) {
    Map<E, Integer> counts = new EnumMap<>(type);
    for (E value : type.getEnumConstants()) {
      counts.put(value, 0);
    }
    values.forEach(v -> counts.merge(v, 1, Integer::sum));
    return counts.entrySet().stream().map(e -> e.getKey().name() + " " + text.wording().number(e.getValue())).collect(Collectors.joining(", "));
  }
}
