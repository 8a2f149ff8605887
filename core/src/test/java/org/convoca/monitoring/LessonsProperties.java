package org.convoca.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convoca.sample.Theories.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.convoca.government.GovernmentLevel;
import org.convoca.proposal.Theme;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Invariants of the lessons, whatever the projects. */
class LessonsProperties {

  private static final List<Theme> THEMES = List.of(Theme.OPEN_DATA, Theme.PARTICIPATORY_BUDGETING, Theme.PUBLIC_MONITORING);
  private static final List<String> JURISDICTIONS = List.of("AR-S", "AR-M", "AR-A");

  /** A project from one integer: each of its traits read from a different digit. */
  private static final Gen<ProjectMonitoring> PROJECTS = integers().between(0, 999_999).map(n -> {
    MonitoringFixtures.Project p = MonitoringFixtures.project("P-" + n).theme(THEMES.get(n % 3))
        .level(GovernmentLevel.values()[n / 3 % 3]).jurisdiction(JURISDICTIONS.get(n / 9 % 3)).coCreated(n / 27 % 2 == 0)
        .tracks(n / 54 % 2 == 0 ? new String[] {"ogp-local"} : new String[0]).total(String.valueOf(n / 108 % 100))
        .completion(CompletionLevel.values()[n / 10_800 % 5]);
    int results = n / 54_000 % 6;
    return (results == 5 ? p : p.results(ResultsLevel.values()[results])).build();
  });

  @Test
  void everyDimensionCountsEveryProjectOnceAndEveryGroupAddsUp() {
    qt(200).forAll(lists().of(PROJECTS).ofSizeBetween(0, 30)).checkAssert(projects -> {
      List<LessonGroup> lessons = Lessons.of(projects);
      Map<String, Integer> perDimension = lessons.stream()
          .collect(Collectors.groupingBy(LessonGroup::dimension, Collectors.summingInt(LessonGroup::projects)));

      assertThat(perDimension.values()).allMatch(n -> n == projects.size());
      assertThat(perDimension).hasSize(projects.isEmpty() ? 0 : 6);
      assertThat(lessons).allSatisfy(g -> {
        assertThat(g.completion().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(g.projects());
        assertThat(g.results().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(g.assessed());
        assertThat(g.highCompletion()).isBetween(0, g.projects());
        assertThat(g.strongResults()).isBetween(0, g.assessed());
        assertThat(g.projects()).isPositive();
      });
    });
  }

  @Test
  void theOrderOfTheProjectsChangesNothing() {
    qt(100).forAll(lists().of(PROJECTS).ofSizeBetween(0, 20)).checkAssert(projects -> {
      List<ProjectMonitoring> reversed = new ArrayList<>(projects);
      Collections.reverse(reversed);

      assertThat(Lessons.of(reversed)).isEqualTo(Lessons.of(projects));
    });
  }
}
