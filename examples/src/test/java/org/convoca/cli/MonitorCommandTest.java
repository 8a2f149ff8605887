package org.convoca.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.convoca.dossier.internal.Json;
import org.convoca.outcome.MonitoringSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code convoca monitor} end to end, on the tiny sample's three progress reports on P-002. */
class MonitorCommandTest {

  private static final String AS_OF = "2022-12-31";

  @TempDir
  Path dir;

  @Test
  void printsTheSummaryWithBothFingerprintsAndWritesNothingWithoutOut() {
    Cli run = Cli.run("monitor", Cli.TINY.toString(), "--as-of", AS_OF);

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("Monitoring as of 2022-12-31: 1 selected project\n")
        .contains("  status      NOT_STARTED 0, ON_TRACK 0, DELAYED 0, AT_RISK 1, COMPLETED 0, NO_RECENT_REPORT 0\n")
        .contains("  completion  NO_EVIDENCE 0, NOT_STARTED 0, LIMITED 0, SUBSTANTIAL 1, COMPLETE 0\n")
        .contains("  documentation gaps 1, in 1 project\n")
        .contains("Recognised  PROMISING 1, STARRED 0\n"
            + "  P-002 PROMISING: Open data portal for Rafaela, co-created with Rafaela Abierta\n")
        .containsPattern("\nFingerprint [0-9a-f]{64}\n");
    assertThat(line(run.out(), "Selection fingerprint ")).isEqualTo(line(Cli.run("assess", Cli.TINY.toString()).out(), "Fingerprint "));
    assertThat(run.err()).isEmpty();
  }

  @Test
  void monitorsTheFiftyProjectsOfTheFederalSampleOnTheSelectionWhoseFingerprintTheReadmeQuotes() throws Exception {
    Path out = dir.resolve("federal");
    Cli run = Cli.run("monitor", Cli.SAMPLE.toString(), "--as-of", AS_OF, "--out", out.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("Monitoring as of 2022-12-31: 50 selected projects\n")
        .contains("\nSelection fingerprint d076cebbab73543d7a05546edcd0f6d01eae78f7f59e9f58da9b15082279f609\n");
    assertThat(MonitoringSchema.problems(Files.readString(out.resolve("monitoring.json")))).isEmpty();
    assertThat(Files.readString(out.resolve("monitoring.csv")).lines()).hasSize(51);
  }

  @Test
  void theReadmeShowsWhatItPrintsOnTheTinySample() throws Exception {
    Cli run = Cli.run("monitor", Cli.TINY.toString(), "--as-of", AS_OF);
    String readme = Files.readString(Path.of("").toAbsolutePath().getParent().resolve("README.md"));

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(readme).contains("$ convoca monitor examples/src/main/resources/org/convoca/examples/tiny-call.json --as-of "
        + AS_OF + "\n" + run.out() + "```\n");
  }

  @Test
  void explainsOneProjectWithProject() {
    Cli run = Cli.run("monitor", Cli.TINY.toString(), "--as-of", AS_OF, "--project", "P-002");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("P-002 Open data portal for Rafaela, co-created with Rafaela Abierta\n")
        .contains("Status: AT_RISK\n").contains("Completion: SUBSTANTIAL\n").contains("Results: MAJOR\n")
        .contains("Recognition: PROMISING\n").contains("Documentation gaps: 1\n").contains("History\n  March 31, 2022  ON_TRACK")
        .doesNotContain("Fingerprint");
  }

  @Test
  void refusesAProjectThatWasNotSelectedOrIsNoProposal() {
    Cli unselected = Cli.run("monitor", Cli.TINY.toString(), "--as-of", AS_OF, "--project", "P-001");
    Cli unknown = Cli.run("monitor", Cli.TINY.toString(), "--as-of", AS_OF, "--project", "P-999");
    Cli hostile = Cli.run("monitor", Cli.TINY.toString(), "--as-of", AS_OF, "--project", "P-1\u001b[2J");

    assertThat(unselected.exitCode()).isEqualTo(2);
    assertThat(unselected.err()).isEqualTo(
        "--project P-001 was not selected, so it is not monitored; the selected projects are P-002\n");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).startsWith("--project P-999 is not a proposal of ").endsWith("; the selected projects are P-002\n");
    assertThat(hostile.exitCode()).isEqualTo(2);
    assertThat(hostile.err()).startsWith("--project must ").doesNotContain("\u001b");
    assertThat(unselected.out() + unknown.out() + hostile.out()).isEmpty();
  }

  @Test
  void writesTheThreeFilesWithOutAllOfThemValid() throws Exception {
    Path out = dir.resolve("monitoring");
    Cli run = Cli.run("monitor", Cli.TINY.toString(), "--as-of", AS_OF, "--out", out.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    try (var files = Files.list(out)) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .containsExactlyInAnyOrder("monitoring.json", "monitoring.csv", "monitoring.md", ".convoca.lock");
    }
    assertThat(run.out()).contains("wrote " + out.resolve("monitoring.json")).contains("wrote " + out.resolve("monitoring.md"));
    String json = Files.readString(out.resolve("monitoring.json"));
    assertThat(MonitoringSchema.problems(json)).isEmpty();
    JsonNode root = Json.mapper().readTree(json);
    assertThat(root.get("fingerprint").asText()).isEqualTo(line(run.out(), "Fingerprint "));
    assertThat(root.at("/projects/0/proposal").asText()).isEqualTo("P-002");
    assertThat(root.at("/projects/0/history")).hasSize(4);
    assertThat(Files.readString(out.resolve("monitoring.csv")).lines()).hasSize(2);
    assertThat(Files.readString(out.resolve("monitoring.md"))).startsWith("# Implementation monitoring as of December 31, 2022");
  }

  @Test
  void writesNoneOfTheFilesWhenOneCannotBeWritten() throws Exception {
    Path out = Files.createDirectories(dir.resolve("blocked").resolve("monitoring.md"));
    Cli run = Cli.run("monitor", Cli.TINY.toString(), "--as-of", AS_OF, "--out", out.getParent().toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("monitoring.md").contains("it is a folder, not a file");
    assertThat(out.getParent().resolve("monitoring.json")).doesNotExist();
    assertThat(out.getParent().resolve("monitoring.csv")).doesNotExist();
    assertThat(run.out()).isEmpty();
  }

  @Test
  void givesTheSameBytesOnEveryRun() throws Exception {
    Cli.run("monitor", Cli.TINY.toString(), "--as-of", AS_OF, "--out", dir.resolve("a").toString());
    Cli.run("monitor", Cli.TINY.toString(), "--as-of", AS_OF, "--out", dir.resolve("b").toString());

    for (String file : MonitorCommand.FILES.keySet()) {
      assertThat(Files.readAllBytes(dir.resolve("a").resolve(file))).as(file)
          .isEqualTo(Files.readAllBytes(dir.resolve("b").resolve(file)));
    }
  }

  @Test
  void refusesAMissingOrMalformedAsOfAsAUsageError() {
    Path out = dir.resolve("never");
    Cli missing = Cli.run("monitor", Cli.TINY.toString());
    Cli malformed = Cli.run("monitor", Cli.TINY.toString(), "--as-of", "31/12/2022", "--out", out.toString());
    Cli impossible = Cli.run("monitor", Cli.TINY.toString(), "--as-of", "2022-02-30", "--out", out.toString());

    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("--as-of");
    assertThat(malformed.exitCode()).isEqualTo(2);
    assertThat(malformed.err()).isEqualTo(
        "--as-of must be a calendar day written YYYY-MM-DD, such as 2022-12-31; was '31/12/2022'\n");
    assertThat(impossible.exitCode()).isEqualTo(2);
    assertThat(impossible.err()).startsWith("--as-of must be a calendar day");
    assertThat(out).doesNotExist();
  }

  @Test
  void reportsAReportDatedAfterTheMonitoringDateWithItsPathAndWritesNothing() {
    Path out = dir.resolve("never");
    Cli run = Cli.run("monitor", Cli.TINY.toString(), "--as-of", "2022-08-31", "--out", out.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("$.progressReports[2]").contains("$.resultsAssessments[0]")
        .doesNotContain("$.progressReports[1]").doesNotContain("Exception");
    assertThat(run.out()).isEmpty();
    assertThat(out).doesNotExist();
  }

  @Test
  void reportsInvalidMonitoringDataOneLinePerProblemAndWritesNothing() throws Exception {
    String bad = Files.readString(Cli.TINY)
        .replaceFirst("\"amount\" : 700000,\n      \"currency\" : \"ARS\"", "\"amount\" : 700000,\n      \"currency\" : \"USD\"")
        .replaceFirst("\"milestone\" : \"M3\",\n      \"completion\" : \"NOT_STARTED\"",
            "\"milestone\" : \"M9\",\n      \"completion\" : \"NOT_STARTED\"");
    Path dossier = Files.writeString(dir.resolve("bad.json"), bad);
    Path out = dir.resolve("never");

    Cli run = Cli.run("monitor", dossier.toString(), "--as-of", AS_OF, "--out", out.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().lines()).anyMatch(l -> l.contains("$.progressReports[0].fundsSpent"))
        .anyMatch(l -> l.contains("$.progressReports[0].milestones[2]"));
    assertThat(run.err()).doesNotContain("Exception");
    assertThat(out).doesNotExist();
  }

  @Test
  void documentsItsOptions() {
    Cli run = Cli.run("monitor", "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("--as-of=DATE", "--project=PROPOSAL_ID", "--out=DIR", "--rules=DIR", "--trust-rules",
        "--max-firings-per-proposal", "--rule-time-limit");
    assertThat(Cli.run("--help").out()).contains("monitor");
  }

  private static String line(String out, String prefix) {
    return out.lines().filter(l -> l.startsWith(prefix)).findFirst().orElseThrow().substring(prefix.length());
  }
}
