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

/** The readable summary {@code convoca monitor} prints. */
final class MonitoringSummary {

  private MonitoringSummary() {}

  static void print(MonitoringOutcome outcome, PrintWriter out) {
    int gaps = outcome.projects().stream().mapToInt(p -> p.gaps().size()).sum();
    long withGaps = outcome.projects().stream().filter(p -> !p.gaps().isEmpty()).count();
    out.printf("Monitoring as of %s: %d selected %s%n", outcome.asOf(), outcome.projects().size(),
        outcome.projects().size() == 1 ? "project" : "projects");
    out.println("  status      " + counts(ImplementationStatus.class, outcome, ProjectMonitoring::status));
    out.println("  completion  " + counts(CompletionLevel.class, outcome, ProjectMonitoring::completion));
    out.printf("  documentation gaps %d, in %d %s%n", gaps, withGaps, withGaps == 1 ? "project" : "projects");
    out.println("Recognised  " + counts(Recognition.class, outcome.projects().stream().flatMap(p -> p.recognition().stream())));
    if (outcome.projects().stream().allMatch(p -> p.recognition().isEmpty())) {
      out.println("  none");
    }
    outcome.projects().stream().filter(p -> !p.recognition().isEmpty()).forEach(p -> out.printf("  %s %s: %s%n",
        p.proposal(), p.recognition().stream().map(Enum::name).collect(Collectors.joining(", ")),
        p.selection().title().replaceAll("\\R", " ")));
    outcome.notes().forEach(note -> out.println("Note: " + note));
    out.println("Fingerprint " + outcome.fingerprint());
    out.println("Selection fingerprint " + outcome.selectionFingerprint());
  }

  private static <E extends Enum<E>> String counts(Class<E> type, MonitoringOutcome outcome,
      Function<ProjectMonitoring, E> of) {
    return counts(type, outcome.projects().stream().map(of));
  }

  /** How many of {@code values} are each value of {@code type}, every value named, in the enum's order. */
  private static <E extends Enum<E>> String counts(Class<E> type, Stream<E> values) {
    Map<E, Integer> counts = new EnumMap<>(type);
    for (E value : type.getEnumConstants()) {
      counts.put(value, 0);
    }
    values.forEach(v -> counts.merge(v, 1, Integer::sum));
    return counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
  }
}
