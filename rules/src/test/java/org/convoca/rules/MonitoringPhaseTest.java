package org.convoca.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.convoca.rules.MonitoringFixtures.PROJECT;
import static org.convoca.rules.MonitoringFixtures.aMonitoredDossier;
import static org.convoca.rules.MonitoringFixtures.complete;
import static org.convoca.rules.MonitoringFixtures.report;
import static org.convoca.rules.MonitoringFixtures.selectionOf;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.convoca.call.MonitoringParameters;
import org.convoca.dossier.Dossier;
import org.convoca.monitoring.ImplementationStatus;
import org.convoca.monitoring.MonitoringOutcome;
import org.convoca.monitoring.ProjectMonitoring;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The monitoring phase of a rule book: its files, their place in the fingerprints, folders laid
 * over the bundled monitoring files, warnings, a book whose status rules were emptied, and rules
 * that fail or go past the limits.
 */
class MonitoringPhaseTest {

  private static final String SAMPLE = "../examples/src/main/resources/org/convoca/examples/federal-call-2021.json";
  private static final String HEADER = "package org.convoca.rules.federal.monitoring;\n\n";
  private static final LocalDate AS_OF = LocalDate.of(2022, 4, 1);

  @TempDir
  Path temp;

  private final Dossier dossier = aMonitoredDossier().withProgressReports(report("2022-03-01", 100_000, complete("M-1")));

  @Test
  void theSelectionFingerprintOfTheSampleLeavesTheMonitoringFilesOut() {
    Path federal = Path.of("src/main/resources/org/convoca/rules/federal");
    RuleBook withoutMonitoring = RuleBook.ownRules(List.of(federal, federal.resolve("tracks")));

    assertThat(RuleBook.bundled().contents().keySet()).noneMatch(name -> name.startsWith("monitoring"));
    assertThat(withoutMonitoring.monitoringContents()).isEmpty();
    assertThat(Convoca.withBundledRules().decide(Path.of(SAMPLE)).fingerprint())
        .isEqualTo(Convoca.with(withoutMonitoring).decide(Path.of(SAMPLE)).fingerprint());
  }

  @Test
  void aFolderFileReplacesTheBundledMonitoringFileOfItsNameAndOnlyTheMonitoringFingerprintChanges() throws IOException {
    Path dir = RuleFolders.write(temp, "rules", "monitoring-results.drl", HEADER + """
        import org.convoca.monitoring.ResultsFinding;
        import org.convoca.monitoring.ResultsLevel;
        import org.convoca.rules.fact.MonitoredProject;

        rule "Every project shows marginal results"
        // A test rule: whatever the jury said.
        salience 20
        when
            $p : MonitoredProject()
        then
            insert(new ResultsFinding($p.proposal(), ResultsLevel.MARGINAL, drools.getRule().getName(), "Always."));
        end
        """);
    RuleBook book = RuleBook.bundledWith(List.of(dir));

    assertThat(book.files()).filteredOn(f -> f.name().equals("monitoring-results.drl")).singleElement()
        .isEqualTo(new RuleFile("monitoring-results.drl", RuleFile.Phase.MONITORING, dir.resolve("monitoring-results.drl").toString(),
            Optional.of("bundled"), 1));
    assertThat(book.contents()).isEqualTo(RuleBook.bundled().contents());
    assertThat(book.monitoringContents()).isNotEqualTo(RuleBook.bundled().monitoringContents());

    MonitoringOutcome tuned = book.monitor(dossier, Convoca.with(book).decide(dossier), AS_OF);
    MonitoringOutcome bundled = RuleBook.bundled().monitor(dossier, selectionOf(dossier), AS_OF);
    assertThat(tuned.selectionFingerprint()).isEqualTo(bundled.selectionFingerprint());
    assertThat(tuned.fingerprint()).isNotEqualTo(bundled.fingerprint());
    assertThat(tuned.project(PROJECT).orElseThrow().results()).hasValueSatisfying(r -> {
      assertThat(r.rule()).isEqualTo("Every project shows marginal results");
      assertThat(r.sentence()).isEqualTo("Always.");
    });
  }

  @Test
  void warnsOfConclusionsOfAnotherPhase() throws IOException {
    Path dir = RuleFolders.write(temp, "rules",
        "monitoring-extra.drl", HEADER + """
            import org.convoca.assessment.LabelFinding;
            import org.convoca.rules.fact.MonitoredProject;

            rule "Labels a monitored project"
            // A label is never read during monitoring.
            when
                $p : MonitoredProject()
            then
                insert(new LabelFinding($p.proposal(), "MONITORED", drools.getRule().getName(), "Monitored."));
            end
            """,
        "statuses.drl", "package org.convoca.rules.federal;\n\n" + """
            import org.convoca.monitoring.ImplementationStatus;
            import org.convoca.monitoring.StatusFinding;
            import org.convoca.proposal.Proposal;

            rule "Puts every proposal on track"
            // A status is never read during assessment.
            when
                $p : Proposal()
            then
                insert(new StatusFinding($p.id(), ImplementationStatus.ON_TRACK, drools.getRule().getName(), "On track."));
            end
            """);

    RuleBook book = RuleBook.bundledWith(List.of(dir));

    assertThat(book.warnings()).containsExactly(
        new RuleBookWarning(dir.resolve("monitoring-extra.drl").toString(), "a monitoring file (named monitoring*) inserts "
            + "LabelFinding, which is never read during monitoring; findings belong in an assessment file"),
        new RuleBookWarning(dir.resolve("statuses.drl").toString(), "an assessment file inserts StatusFinding, which is "
            + "never read during assessment; monitoring findings belong in a file named monitoring*"));
    assertThat(book.files()).filteredOn(f -> f.name().equals("monitoring-extra.drl")).extracting(RuleFile::phase)
        .containsExactly(RuleFile.Phase.MONITORING);
  }

  @Test
  void aProjectNoRuleGivesAStatusIsShownNotStartedWithANoteNamingIt() throws IOException {
    Path dir = RuleFolders.write(temp, "rules", "monitoring-status.drl", HEADER);
    RuleBook book = RuleBook.bundledWith(List.of(dir));

    MonitoringOutcome outcome = book.monitor(dossier, Convoca.with(book).decide(dossier), AS_OF);

    ProjectMonitoring project = outcome.project(PROJECT).orElseThrow();
    assertThat(project.status()).isEqualTo(ImplementationStatus.NOT_STARTED);
    assertThat(project.reasons()).isEmpty();
    assertThat(project.history()).allSatisfy(s -> assertThat(s.reasons()).isEmpty());
    assertThat(project.completionReason()).as("the other files still run").isNotNull();
    assertThat(outcome.notes()).containsExactly(
        "Rule book warning: " + dir.resolve("monitoring-status.drl") + ": replaces the bundled monitoring-status.drl, "
            + "which has 7 rules, with 0 rules: the rules it leaves out no longer run",
        "No monitoring rule concluded a status for P-001 on 2 of its 2 judgement dates: it is shown as NOT_STARTED, "
            + "the last status in precedence, with no reason.");
  }

  @Test
  void aMonitoringParameterNoMonitoringRuleReadsIsNamedInTheNotes() {
    Dossier misspelt = dossier.withCall(dossier.call().withMonitoring(MonitoringParameters.of(Map.of(
        "spendingAheadPoint", 30, MonitoringParameters.GRACE_DAYS, 10,
        MonitoringParameters.SELECTION_DATE, "2021-12-01"))));
    RuleBook book = RuleBook.bundled();

    MonitoringOutcome outcome = book.monitor(misspelt, Convoca.with(book).decide(misspelt), AS_OF);

    assertThat(outcome.notes()).containsExactly("Rule book warning: call.monitoring.spendingAheadPoint: no monitoring rule"
        + " of this book reads it, so it changes nothing; is the name misspelt?");
    assertThat(book.monitor(dossier, Convoca.with(book).decide(dossier), AS_OF).notes()).isEmpty();
  }

  @Test
  void aRuleThatConcludesAboutAProjectNotJudgedFailsNamingIt() throws IOException {
    Path dir = RuleFolders.write(temp, "rules", "monitoring-stray.drl", HEADER + """
        import org.convoca.monitoring.GapFinding;
        import org.convoca.proposal.ProposalId;
        import org.convoca.rules.fact.MonitoredProject;

        rule "Finds a gap in another project"
        // Concludes about a project that is not in the session.
        when
            MonitoredProject()
        then
            insert(new GapFinding(ProposalId.of("P-999"), null, drools.getRule().getName(), "Elsewhere."));
        end
        """);
    RuleBook book = RuleBook.bundledWith(List.of(dir));

    assertThatThrownBy(() -> book.monitor(dossier, Convoca.with(book).decide(dossier), AS_OF))
        .isInstanceOfSatisfying(RuleExecutionException.class, e -> {
          assertThat(e.rule()).isEqualTo("Finds a gap in another project");
          assertThat(e.file()).contains(dir.resolve("monitoring-stray.drl").toString());
          assertThat(e.getCause()).hasMessage("the rule concluded about P-999, which is not a selected project judged on 2022-03-01");
        });
  }

  @Test
  void aMonitoringRuleReadsTheCallThroughTheCallGlobal() throws IOException {
    Path dir = RuleFolders.write(temp, "rules", "monitoring-call.drl", HEADER + """
        import org.convoca.monitoring.GapFinding;
        import org.convoca.rules.fact.MonitoredProject;

        global org.convoca.call.Call call;

        rule "Names the call of every project"
        // A test rule: reads the call through the global, which no Call fact in the session could give.
        when
            $m : MonitoredProject()
        then
            insert(new GapFinding($m.proposal(), null, drools.getRule().getName(),
                "Monitored under " + call.id() + ", " + call.name() + "."));
        end
        """);
    RuleBook book = RuleBook.bundledWith(List.of(dir));

    ProjectMonitoring project = book.monitor(dossier, Convoca.with(book).decide(dossier), AS_OF).project(PROJECT)
        .orElseThrow();

    assertThat(project.gaps()).filteredOn(g -> g.rule().equals("Names the call of every project"))
        .extracting(g -> g.sentence())
        .containsExactly("Monitored under " + dossier.call().id() + ", " + dossier.call().name() + ".");
  }

  @Test
  void theMonitoringRulesStopAtTheFiringLimit() {
    RuleBook limited = RuleBook.bundled().withLimits(RuleLimits.defaults().withFiringsPerProposal(5));

    assertThatThrownBy(() -> limited.monitor(dossier, selectionOf(dossier), AS_OF))
        .isInstanceOfSatisfying(RuleLimitException.class, e -> {
          assertThat(e.limit()).isEqualTo(RuleLimitException.Limit.FIRINGS);
          assertThat(e.proposal()).contains(PROJECT);
        });
  }

  @Test
  void everyParameterTheBundledMonitoringRulesReadHasADefault() {
    var named = java.util.regex.Pattern.compile("Parameter\\( name == \"(\\w+)\"");
    List<String> read = RuleBook.bundled().monitoringContents().values().stream()
        .flatMap(text -> named.matcher(text).results().map(m -> m.group(1))).distinct().toList();
    assertThat(read).containsExactlyInAnyOrder("substantialShare", "atRiskOverdueDays", "spendingAheadPoints",
        "reportingIntervalDays", "graceDays", "starredMinTotal");
    assertThat(org.convoca.call.MonitoringParameters.DEFAULTS).containsKeys(read.toArray(String[]::new));
  }
}
