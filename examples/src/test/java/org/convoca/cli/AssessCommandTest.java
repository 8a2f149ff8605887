package org.convoca.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.convoca.dossier.internal.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssessCommandTest {

  @TempDir
  Path dir;

  @Test
  void printsTheSummaryOfTheSampleAndWritesNothingWithoutOut() {
    Cli run = Cli.run("assess", Cli.SAMPLE.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("proposals 150")
        .contains("of 50 slots")
        .contains("Selected by jurisdiction")
        .contains("ogp-local")
        .containsPattern("Fingerprint [0-9a-f]{64}");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void writesTheOutcomeFilesWithOut() throws Exception {
    Path out = dir.resolve("outcome");
    Cli run = Cli.run("assess", Cli.TINY.toString(), "--out", out.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(out.resolve("outcome.json")).isRegularFile();
    assertThat(out.resolve("outcome.csv")).isRegularFile();
    assertThat(out.resolve("report.md")).isRegularFile();
    assertThat(out.resolve("report.html")).isRegularFile();
    try (var files = Files.list(out)) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .containsExactlyInAnyOrder("outcome.json", "outcome.csv", "outcome-awards.csv", "report.md", "report.html",
              ".convoca.lock");
    }
    assertThat(Files.readString(out.resolve("report.html"))).startsWith("<!DOCTYPE html>")
        .contains(fingerprintIn(run.out()));
    assertThat(run.out()).contains("wrote " + out.resolve("outcome-awards.csv"));
    JsonNode json = Json.mapper().readTree(out.resolve("outcome.json").toFile());
    assertThat(json.fieldNames()).toIterable().contains("fingerprint", "selected", "waitlist", "proposals", "tracks");
    JsonNode first = json.get("proposals").get(0);
    assertThat(first.fieldNames()).toIterable()
        .contains("id", "eligible", "total", "rank", "decision", "reasons", "criteria");
    assertThat(json.get("fingerprint").asText()).isEqualTo(fingerprintIn(run.out()));
  }

  @Test
  void writesOnlyTheFormatsAskedFor() {
    Path out = dir.resolve("only-md");
    Cli run = Cli.run("assess", Cli.TINY.toString(), "--out", out.toString(), "--format", "md", "--format", "csv");

    assertThat(run.exitCode()).isZero();
    assertThat(out.resolve("report.md")).isRegularFile();
    assertThat(out.resolve("outcome.csv")).isRegularFile();
    assertThat(out.resolve("outcome-awards.csv")).isRegularFile();
    assertThat(out.resolve("outcome.json")).doesNotExist();
    assertThat(out.resolve("report.html")).doesNotExist();
  }

  @Test
  void writesTheHtmlReportAloneWhenAskedFor() {
    Path out = dir.resolve("only-html");
    Cli run = Cli.run("assess", Cli.TINY.toString(), "--out", out.toString(), "--format", "html");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("wrote " + out.resolve("report.html"));
    assertThat(out.resolve("report.html")).isRegularFile();
    assertThat(out.resolve("report.md")).doesNotExist();
    assertThat(out.resolve("outcome.json")).doesNotExist();
  }

  @Test
  void givesTheSameFingerprintAndBytesOnEveryRun() throws Exception {
    Cli.run("assess", Cli.TINY.toString(), "--out", dir.resolve("a").toString(), "--format", "json");
    Cli.run("assess", Cli.TINY.toString(), "--out", dir.resolve("b").toString(), "--format", "json");

    assertThat(Files.readAllBytes(dir.resolve("a/outcome.json")))
        .isEqualTo(Files.readAllBytes(dir.resolve("b/outcome.json")));
  }

  @Test
  void reportsEveryProblemOfABadDossierWithItsPathAndWritesNothing() throws Exception {
    String bad = Files.readString(Cli.TINY)
        .replaceFirst("\"edition\" : 1", "\"edition\" : \"first\"")
        .replaceFirst("\"currency\" : \"ARS\"", "\"currency\" : \"pesos\"");
    Path dossier = Files.writeString(dir.resolve("bad.json"), bad);
    Path out = dir.resolve("never");

    Cli run = Cli.run("assess", dossier.toString(), "--out", out.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().lines()).hasSizeGreaterThanOrEqualTo(2)
        .anyMatch(l -> l.startsWith("$.call.edition: "))
        .anyMatch(l -> l.startsWith("$.call.fundingCeiling.currency: "));
    assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(out).doesNotExist();
  }

  @Test
  void reportsMalformedJsonWithLineAndColumn() throws Exception {
    Path dossier = Files.writeString(dir.resolve("broken.json"), "{\n  \"formatVersion\": 1,\n  \"call\": {\n}");

    Cli run = Cli.run("assess", dossier.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().lines()).singleElement().satisfies(line -> assertThat(line)
        .startsWith("$.call: is not valid JSON: ").endsWith("(line 4, column 2)")
        .contains("(opened at line 1, column 1)").containsOnlyOnce("line 4")
        .doesNotContain("formatVersion").doesNotContain("Source"));
  }

  @Test
  void reportsAMissingDossierFile() {
    Cli run = Cli.run("assess", dir.resolve("nowhere.json").toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("nowhere.json: no such file");
  }

  @Test
  void refusesFormatWithoutOut() {
    Cli run = Cli.run("assess", Cli.TINY.toString(), "--format", "json");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--format needs --out");
  }

  @Test
  void reportsBrokenRulesAsFileAndLineAndWritesNothing() throws Exception {
    Path rules = Files.createDirectories(dir.resolve("rules"));
    Files.writeString(rules.resolve("broken.drl"), "package org.convoca.rules.federal;\n\nrule \"Broken\"\nwhen\n  eval(\nthen\nend\n");
    Path out = dir.resolve("never");

    Cli run = Cli.run("assess", Cli.TINY.toString(), "--rules", rules.toString(), "--out", out.toString());

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).containsPattern("broken\\.drl:\\d+: ");
    assertThat(out).doesNotExist();
  }

  @Test
  void refusesAnOutThatIsAFileBeforeAnyWork() throws Exception {
    Path file = Files.writeString(dir.resolve("outcome"), "mine");

    Cli run = Cli.run("assess", Cli.TINY.toString(), "--out", file.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("--out " + file + ": is a file, not a folder" + System.lineSeparator());
    assertThat(run.out()).isEmpty();
    assertThat(file).hasContent("mine");
  }

  @Test
  void keepsThePreviousOutcomeWhenReportMdCannotBeWritten() throws Exception {
    Path out = Files.createDirectories(dir.resolve("outcome"));
    Files.writeString(out.resolve("outcome.json"), "previous json");
    Files.writeString(out.resolve("outcome.csv"), "previous csv");
    Files.writeString(Files.createDirectories(out.resolve("report.md")).resolve("draft.txt"), "mine");

    Cli run = Cli.run("assess", Cli.TINY.toString(), "--out", out.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("--out " + out + ": cannot write report.md: it is a folder, not a file"
        + System.lineSeparator());
    assertThat(run.out()).as("no summary of an outcome that was not written").isEmpty();
    assertThat(out.resolve("outcome.json")).hasContent("previous json");
    assertThat(out.resolve("outcome.csv")).hasContent("previous csv");
    assertThat(out.resolve("report.md/draft.txt")).hasContent("mine");
    try (var files = Files.list(out)) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .containsExactlyInAnyOrder("outcome.json", "outcome.csv", "report.md", ".convoca.lock");
    }
    assertThat(out.resolve("outcome-awards.csv")).as("written all or nothing").doesNotExist();
  }

  @Test
  void keepsEveryPreviousFileWhenReportHtmlCannotBeWritten() throws Exception {
    Path out = Files.createDirectories(dir.resolve("outcome"));
    Files.writeString(out.resolve("outcome.json"), "previous json");
    Files.writeString(out.resolve("report.md"), "previous md");
    Files.writeString(Files.createDirectories(out.resolve("report.html")).resolve("draft.txt"), "mine");

    Cli run = Cli.run("assess", Cli.TINY.toString(), "--out", out.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("--out " + out + ": cannot write report.html: it is a folder, not a file"
        + System.lineSeparator());
    assertThat(out.resolve("outcome.json")).hasContent("previous json");
    assertThat(out.resolve("report.md")).hasContent("previous md");
    assertThat(out.resolve("outcome.csv")).doesNotExist();
    assertThat(out.resolve("report.html/draft.txt")).hasContent("mine");
  }

  @Test
  void refusesASecondRunIntoAFolderThatAnotherRunIsWriting() throws Exception {
    Path out = Files.createDirectories(dir.resolve("outcome"));
    try (var channel = java.nio.channels.FileChannel.open(out.resolve(".convoca.lock"),
        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE);
        var held = channel.lock()) {
      Cli run = Cli.run("assess", Cli.TINY.toString(), "--out", out.toString());

      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.err()).startsWith("another convoca run is writing to " + out);
    }
    assertThat(out.resolve("outcome.json")).doesNotExist();
  }

  @Test
  void writesFilesThatHonourTheUmask() throws Exception {
    Path out = dir.resolve("outcome");
    Cli.run("assess", Cli.TINY.toString(), "--out", out.toString());
    Path fresh = Files.createFile(out.resolve("fresh"));

    for (String name : java.util.List.of("outcome.json", "outcome.csv", "outcome-awards.csv", "report.md", "report.html")) {
      assertThat(Files.getPosixFilePermissions(out.resolve(name))).isEqualTo(Files.getPosixFilePermissions(fresh));
    }
  }

  @Test
  void startsTheCsvWithAByteOrderMarkOnlyWhenAsked() throws Exception {
    Cli.run("assess", Cli.TINY.toString(), "--out", dir.resolve("plain").toString(), "--format", "csv");
    Cli run = Cli.run("assess", Cli.TINY.toString(), "--out", dir.resolve("bom").toString(), "--csv-bom");

    assertThat(run.exitCode()).isZero();
    byte[] plain = Files.readAllBytes(dir.resolve("plain/outcome.csv"));
    byte[] bom = Files.readAllBytes(dir.resolve("bom/outcome.csv"));
    assertThat(new String(plain, 0, 3, java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("id,");
    assertThat(bom).startsWith(0xEF, 0xBB, 0xBF).hasSize(plain.length + 3);
    assertThat(Files.readAllBytes(dir.resolve("bom/outcome-awards.csv"))).startsWith(0xEF, 0xBB, 0xBF);
    assertThat(Files.readString(dir.resolve("plain/outcome-awards.csv"))).startsWith("proposal,criterion,rule,points,sentence\n");
  }

  @Test
  void refusesCsvBomWithoutACsvToWrite() {
    Cli run = Cli.run("assess", Cli.TINY.toString(), "--out", dir.resolve("x").toString(), "--format", "md", "--csv-bom");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--csv-bom applies to outcome.csv");
    assertThat(dir.resolve("x")).doesNotExist();
  }

  /** What the README's walkthrough of the tiny dossier says the bundled rule book decides. */
  @Test
  void decidesTheTinyDossierAsTheReadmeSays() throws Exception {
    Path out = dir.resolve("tiny");
    Cli.run("assess", Cli.TINY.toString(), "--out", out.toString(), "--format", "json");
    JsonNode json = Json.mapper().readTree(out.resolve("outcome.json").toFile());

    assertThat(json.get("selected").toString()).isEqualTo("[\"P-002\"]");
    assertThat(json.get("tracks").get("ogp-local").toString()).isEqualTo("[\"P-002\"]");
    java.util.Map<String, String> decisions = new java.util.TreeMap<>();
    json.get("proposals").forEach(p -> decisions.put(p.get("id").asText(), p.get("decision").asText()));
    assertThat(decisions).containsExactly(
        java.util.Map.entry("P-001", "BELOW_THRESHOLD"),
        java.util.Map.entry("P-002", "SELECTED_BY_MERIT"),
        java.util.Map.entry("P-003", "BELOW_THRESHOLD"),
        java.util.Map.entry("P-004", "INELIGIBLE"));
  }

  private static String fingerprintIn(String summary) {
    return summary.lines().filter(l -> l.startsWith("Fingerprint ")).findFirst().orElseThrow().substring(12);
  }
}
