package org.convoca.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.convoca.call.FederalVocabulary;

/**
 * Groups monitored projects for the lessons of the next edition (see {@link MonitoringOutcome#lessons()}):
 * by primary theme, level, jurisdiction, co-creation, OGP Local track and selection score band, in
 * that order of dimensions, so that a program can see which criteria predicted delivery.
 */
final class Lessons {

  /** The group of the projects placed in the OGP Local track ({@link FederalVocabulary#OGP_LOCAL}). */
  static final String OGP_LOCAL = "OGP_LOCAL";
  static final String NOT_OGP_LOCAL = "NOT_OGP_LOCAL";
  /** The group of the projects the assessment labelled co-created ({@link FederalVocabulary#CO_CREATED}). */
  static final String CO_CREATED = FederalVocabulary.CO_CREATED;
  static final String NOT_CO_CREATED = "NOT_CO_CREATED";
  /** The width of a score band, in points of the selection total. */
  static final BigDecimal BAND = BigDecimal.TEN;

  private Lessons() {}

  /**
   * {@return the groups of {@code projects}: dimension by dimension in the order theme, level,
   * jurisdiction, coCreation, ogpLocal, scoreBand, and within a dimension by group (score bands by
   * their lower bound); a dimension has one group per value its projects have, none when there is
   * no project}
   */
  static List<LessonGroup> of(List<ProjectMonitoring> projects) {
    Map<String, Function<SelectionContext, String>> dimensions = new LinkedHashMap<>();
    dimensions.put("theme", s -> s.primaryTheme().code());
    dimensions.put("level", s -> s.level().name());
    dimensions.put("jurisdiction", s -> s.jurisdiction().value());
    dimensions.put("coCreation", s -> s.coCreated() ? CO_CREATED : NOT_CO_CREATED);
    dimensions.put("ogpLocal", s -> s.tracks().contains(FederalVocabulary.OGP_LOCAL) ? OGP_LOCAL : NOT_OGP_LOCAL);
    dimensions.put("scoreBand", s -> scoreBand(s.total()));
    List<LessonGroup> lessons = new ArrayList<>();
    dimensions.forEach((dimension, key) -> {
      Map<String, List<ProjectMonitoring>> groups = new TreeMap<>(order(dimension));
      projects.forEach(p -> groups.computeIfAbsent(key.apply(p.selection()), g -> new ArrayList<>()).add(p));
      groups.forEach((group, members) -> lessons.add(group(dimension, group, members)));
    });
    return List.copyOf(lessons);
  }

  /** {@return the band of 10 points {@code total} falls in, such as {@code 60-70} for 64.92; a total of 70 is in {@code 70-80}} */
  static String scoreBand(BigDecimal total) {
    BigDecimal low = total.divide(BAND, 0, RoundingMode.FLOOR).multiply(BAND);
    return low.toPlainString() + "-" + low.add(BAND).toPlainString();
  }

  private static Comparator<String> order(String dimension) {
    return dimension.equals("scoreBand")
        ? Comparator.comparing((String band) -> new BigDecimal(band.substring(0, band.indexOf('-', 1))))
        : Comparator.naturalOrder();
  }

  private static LessonGroup group(String dimension, String group, List<ProjectMonitoring> members) {
    Map<ImplementationStatus, Integer> status = new EnumMap<>(ImplementationStatus.class);
    for (ImplementationStatus each : ImplementationStatus.values()) {
      status.put(each, 0);
    }
    Map<CompletionLevel, Integer> completion = new EnumMap<>(CompletionLevel.class);
    for (CompletionLevel level : CompletionLevel.values()) {
      completion.put(level, 0);
    }
    Map<ResultsLevel, Integer> results = new EnumMap<>(ResultsLevel.class);
    for (ResultsLevel level : ResultsLevel.values()) {
      results.put(level, 0);
    }
    int high = 0;
    int assessed = 0;
    int strong = 0;
    for (ProjectMonitoring p : members) {
      status.merge(p.status(), 1, Integer::sum);
      completion.merge(p.completion(), 1, Integer::sum);
      high += p.completion().high() ? 1 : 0;
      if (p.resultsLevel().isPresent()) {
        ResultsLevel level = p.resultsLevel().get();
        assessed++;
        results.merge(level, 1, Integer::sum);
        strong += level.strong() ? 1 : 0;
      }
    }
    return new LessonGroup(dimension, group, members.size(), new TreeMap<>(status), new TreeMap<>(completion), high, assessed,
        new TreeMap<>(results), strong);
  }
}
