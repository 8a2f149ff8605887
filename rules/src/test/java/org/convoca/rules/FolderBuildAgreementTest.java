package org.convoca.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.convoca.dossier.Dossier;
import org.convoca.sample.DossierGenerator;
import org.convoca.selection.Selector;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A rule book read from folders is compiled at run time by Drools' classic builder, while the
 * bundled book is precompiled with the executable model. Both must conclude the same: a folder
 * holding copies of every bundled file assesses and places exactly as the bundled book does.
 */
class FolderBuildAgreementTest {

  private static final Path BUNDLED_SOURCES = Path.of("src/main/resources/org/convoca/rules/federal");

  private static RuleBook fromFolders;

  @BeforeAll
  static void compileTheBundledFilesFromFolders() {
    fromFolders = RuleBook.ownRules(List.of(BUNDLED_SOURCES, BUNDLED_SOURCES.resolve("tracks"),
        BUNDLED_SOURCES.resolve("monitoring")));
  }

  @Test
  void holdsTheSameFilesAsTheBundledBook() {
    assertThat(fromFolders.contents()).isEqualTo(RuleBook.bundled().contents());
    assertThat(fromFolders.monitoringContents()).isEqualTo(RuleBook.bundled().monitoringContents());
  }

  @Test
  void monitorsAsTheBundledBookDoes() {
    java.time.LocalDate asOf = java.time.LocalDate.of(2022, 8, 1);
    List<org.convoca.monitoring.ProgressReport> reports = List.of(
        MonitoringFixtures.report("2022-02-20", 300_000, MonitoringFixtures.status("M-1",
            org.convoca.monitoring.CompletionLevel.SUBSTANTIAL, "https://example.org/a")),
        MonitoringFixtures.report("2022-06-20", 900_000, MonitoringFixtures.complete("M-1"),
            MonitoringFixtures.status("M-2", org.convoca.monitoring.CompletionLevel.COMPLETE),
            MonitoringFixtures.status("M-3", org.convoca.monitoring.CompletionLevel.NOT_STARTED)));
    Dossier dossier = MonitoringFixtures.aMonitoredDossier().withProgressReports(reports)
        .withResultsAssessments(MonitoringFixtures.assessment("2022-07-01", org.convoca.monitoring.ResultsLevel.MAJOR));
    var selection = MonitoringFixtures.selectionOf(dossier);

    var bundled = RuleBook.bundled().monitor(dossier, selection, asOf);
    var folders = fromFolders.monitor(dossier, selection, asOf);
    assertThat(folders.projects()).isEqualTo(bundled.projects());
    assertThat(folders.fingerprint()).isEqualTo(bundled.fingerprint());
  }

  @Test
  void assessesAndPlacesGeneratedDossiersAsTheBundledBookDoes() {
    for (long seed = 1; seed <= 3; seed++) {
      Dossier dossier = DossierGenerator.withSeed(seed).proposals(400).generate();

      var bundled = RuleBook.bundled().assess(dossier);
      var folders = fromFolders.assess(dossier);
      assertThat(folders).as("assessments for seed %d", seed).isEqualTo(bundled);

      List<org.convoca.proposal.ProposalId> selected = Selector.select(dossier, bundled).selected();
      assertThat(fromFolders.assign(dossier, folders, selected))
          .as("track placements for seed %d", seed)
          .isEqualTo(RuleBook.bundled().assign(dossier, bundled, selected));
    }
  }
}
