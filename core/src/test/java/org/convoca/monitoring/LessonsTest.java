package org.convoca.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convoca.monitoring.MonitoringFixtures.project;

import java.math.BigDecimal;
import java.util.List;
import org.convoca.government.GovernmentLevel;
import org.convoca.proposal.Theme;
import org.junit.jupiter.api.Test;

class LessonsTest {

  private final List<ProjectMonitoring> projects = List.of(
      project("P-1").theme(Theme.OPEN_DATA).level(GovernmentLevel.MUNICIPAL).jurisdiction("AR-S").coCreated(true)
          .tracks("ogp-local").total("64.92").status(ImplementationStatus.COMPLETED).completion(CompletionLevel.COMPLETE)
          .results(ResultsLevel.MAJOR).build(),
      project("P-2").theme(Theme.OPEN_DATA).level(GovernmentLevel.PROVINCIAL).jurisdiction("AR-A").coCreated(false)
          .tracks().total("70").status(ImplementationStatus.AT_RISK).completion(CompletionLevel.LIMITED)
          .results(ResultsLevel.MARGINAL).build(),
      project("P-3").theme(Theme.PARTICIPATORY_BUDGETING).level(GovernmentLevel.MUNICIPAL).jurisdiction("AR-S")
          .coCreated(true).tracks("regional").total("100").completion(CompletionLevel.SUBSTANTIAL).build());

  @Test
  void groupsByEachDimensionInOrderWithGroupsSorted() {
    List<LessonGroup> lessons = Lessons.of(projects);

    assertThat(lessons).extracting(g -> g.dimension() + "=" + g.group() + ":" + g.projects()).containsExactly(
        "theme=OPEN_DATA:2", "theme=PARTICIPATORY_BUDGETING:1",
        "level=MUNICIPAL:2", "level=PROVINCIAL:1",
        "jurisdiction=AR-A:1", "jurisdiction=AR-S:2",
        "coCreation=CO_CREATED:2", "coCreation=NOT_CO_CREATED:1",
        "ogpLocal=NOT_OGP_LOCAL:2", "ogpLocal=OGP_LOCAL:1",
        "scoreBand=60-70:1", "scoreBand=70-80:1", "scoreBand=100-110:1");
  }

  @Test
  void countsCompletionAndResultsWithEveryLevelPresent() {
    LessonGroup openData = group("theme", "OPEN_DATA");

    assertThat(openData.completion()).containsOnlyKeys(CompletionLevel.values())
        .containsEntry(CompletionLevel.COMPLETE, 1).containsEntry(CompletionLevel.LIMITED, 1)
        .containsEntry(CompletionLevel.NO_EVIDENCE, 0);
    assertThat(openData.highCompletion()).isEqualTo(1);
    assertThat(openData.assessed()).isEqualTo(2);
    assertThat(openData.results()).containsOnlyKeys(ResultsLevel.values())
        .containsEntry(ResultsLevel.MAJOR, 1).containsEntry(ResultsLevel.MARGINAL, 1).containsEntry(ResultsLevel.WORSENED, 0);
    assertThat(openData.strongResults()).isEqualTo(1);
  }

  @Test
  void countsStatusesWithEveryStatusPresent() {
    assertThat(group("theme", "OPEN_DATA").status()).containsOnlyKeys(ImplementationStatus.values())
        .containsEntry(ImplementationStatus.COMPLETED, 1).containsEntry(ImplementationStatus.AT_RISK, 1)
        .containsEntry(ImplementationStatus.ON_TRACK, 0);
    assertThat(group("ogpLocal", "NOT_OGP_LOCAL").status()).containsEntry(ImplementationStatus.AT_RISK, 1)
        .containsEntry(ImplementationStatus.COMPLETED, 0);
  }

  @Test
  void aProjectWithoutResultsCountsInCompletionButNotAsAssessed() {
    LessonGroup budgeting = group("theme", "PARTICIPATORY_BUDGETING");

    assertThat(budgeting.projects()).isEqualTo(1);
    assertThat(budgeting.highCompletion()).isEqualTo(1);
    assertThat(budgeting.assessed()).isZero();
    assertThat(budgeting.results().values()).containsOnly(0);
  }

  @Test
  void onlyTheOgpLocalTrackCountsAsOgpLocal() {
    assertThat(group("ogpLocal", "OGP_LOCAL").projects()).isEqualTo(1);
    assertThat(group("ogpLocal", "NOT_OGP_LOCAL").projects()).isEqualTo(2);
  }

  @Test
  void putsATotalOnABandBoundaryInTheBandItStarts() {
    assertThat(Lessons.scoreBand(new BigDecimal("69.99"))).isEqualTo("60-70");
    assertThat(Lessons.scoreBand(new BigDecimal("70"))).isEqualTo("70-80");
    assertThat(Lessons.scoreBand(new BigDecimal("70.00"))).isEqualTo("70-80");
    assertThat(Lessons.scoreBand(new BigDecimal("0"))).isEqualTo("0-10");
    assertThat(Lessons.scoreBand(new BigDecimal("-5"))).isEqualTo("-10-0");
  }

  @Test
  void hasNoGroupWithoutProjects() {
    assertThat(Lessons.of(List.of())).isEmpty();
  }

  private LessonGroup group(String dimension, String group) {
    return Lessons.of(projects).stream().filter(g -> g.dimension().equals(dimension) && g.group().equals(group))
        .findFirst().orElseThrow();
  }
}
