package org.convoca.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.convoca.dossier.internal.Json;
import org.convoca.outcome.OutcomeJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code convoca verify} end to end: an outcome written by {@code assess --out} is reproduced, and a
 * tampered one is caught and each difference named by its path; a file that is not an outcome is
 * an input error in one line.
 */
class VerifyCommandTest {

  @TempDir
  static Path shared;
  @TempDir
  Path dir;

  private static Path federal;
  private static Path tiny;

  @BeforeAll
  static void assessTheSamples() {
    federal = assess(Cli.SAMPLE, shared.resolve("federal"));
    tiny = assess(Cli.TINY, shared.resolve("tiny"));
  }

  private static Path assess(Path dossier, Path out, String... more) {
    List<String> args = new java.util.ArrayList<>(List.of("assess", dossier.toString(), "--out", out.toString(),
        "--format", "json"));
    args.addAll(List.of(more));
    Cli run = Cli.run(args.toArray(String[]::new));
    assertThat(run.exitCode()).as(run.err()).isZero();
    return out.resolve("outcome.json");
  }

  private static ObjectNode tree(Path outcome) throws Exception {
    return (ObjectNode) Json.mapper().readTree(outcome.toFile());
  }

  private Path write(JsonNode tree) throws Exception {
    return Files.writeString(dir.resolve("outcome.json"), Json.mapper().writeValueAsString(tree));
  }

  private static ObjectNode proposal(ObjectNode tree, String id) {
    for (JsonNode p : tree.get("proposals")) {
      if (p.get("id").textValue().equals(id)) {
        return (ObjectNode) p;
      }
    }
    throw new AssertionError(id);
  }

  private static Cli verify(Path dossier, Path outcome, String... more) {
    List<String> args = new java.util.ArrayList<>(List.of("verify", dossier.toString(), outcome.toString()));
    args.addAll(List.of(more));
    return Cli.run(args.toArray(String[]::new));
  }

  @Test
  void reproducesTheFederalSampleFromAFreshAssess() throws Exception {
    Cli run = verify(Cli.SAMPLE, federal);

    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    assertThat(run.out()).isEqualTo("reproduced, fingerprint " + tree(federal).get("fingerprint").textValue()
        + System.lineSeparator());
  }

  @Test
  void reproducesTheTinySampleFromAFreshAssess() throws Exception {
    Cli run = verify(Cli.TINY, tiny);

    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    assertThat(run.out()).contains("reproduced, fingerprint " + tree(tiny).get("fingerprint").textValue());
  }

  @Test
  void catchesATamperedTotal() throws Exception {
    ObjectNode tree = tree(federal);
    String id = tree.get("selected").get(3).textValue();
    proposal(tree, id).put("total", 99.75);

    Cli run = verify(Cli.SAMPLE, write(tree));

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).startsWith("not reproduced: 1 difference (1 total) between ")
        .containsPattern("\\$\\.proposals\\[" + id + "\\]\\.total: claimed 99\\.75, recomputed \\d");
  }

  @Test
  void catchesASelectedProposalRemovedFromTheSelection() throws Exception {
    ObjectNode tree = tree(federal);
    String removed = ((ArrayNode) tree.get("selected")).remove(10).textValue();

    Cli run = verify(Cli.SAMPLE, write(tree));

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out().lines().skip(1).findFirst())
        .contains("  $.selected[" + removed + "]: selected when recomputed, not claimed selected");
  }

  @Test
  void catchesASelectedProposalReplacedByOneNotSelected() throws Exception {
    ObjectNode tree = tree(federal);
    ArrayNode selected = (ArrayNode) tree.get("selected");
    Set<String> chosen = new HashSet<>();
    selected.forEach(s -> chosen.add(s.textValue()));
    String outsider = null;
    for (JsonNode p : tree.get("proposals")) {
      if (!chosen.contains(p.get("id").textValue())) {
        outsider = p.get("id").textValue();
        break;
      }
    }
    String replaced = selected.get(0).textValue();
    selected.set(0, outsider);

    Cli run = verify(Cli.SAMPLE, write(tree));

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains(
        "  $.selected[" + replaced + "]: selected when recomputed, not claimed selected",
        "  $.selected[" + outsider + "]: claimed selected, not selected when recomputed");
  }

  @Test
  void catchesATamperedFingerprint() throws Exception {
    ObjectNode tree = tree(federal);
    String real = tree.get("fingerprint").textValue();
    tree.put("fingerprint", "f".repeat(64));

    Cli run = verify(Cli.SAMPLE, write(tree));

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("  $.fingerprint: claimed \"" + "f".repeat(64) + "\", recomputed \"" + real + "\"")
        .endsWith("fingerprint: claimed " + "f".repeat(64) + ", recomputed " + real + System.lineSeparator());
  }

  @Test
  void catchesATamperedDecision() throws Exception {
    ObjectNode tree = tree(federal);
    String id = tree.get("selected").get(0).textValue();
    proposal(tree, id).put("decision", "NOT_SELECTED");

    Cli run = verify(Cli.SAMPLE, write(tree));

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).containsPattern("\\$\\.proposals\\[" + id + "\\]\\.decision: claimed \"NOT_SELECTED\", recomputed \"\\w+\"");
  }

  @Test
  void showsAtMostTwentyDifferencesAndHowManyMore() throws Exception {
    ObjectNode tree = tree(federal);
    tree.get("proposals").forEach(p -> ((ObjectNode) p).put("total", 0.25));
    int proposals = tree.get("proposals").size();

    Cli run = verify(Cli.SAMPLE, write(tree));

    assertThat(run.exitCode()).isEqualTo(1);
    List<String> lines = run.out().lines().toList();
    assertThat(lines).hasSize(1 + VerifyCommand.MAX_SHOWN + 2);
    assertThat(lines.get(0)).startsWith("not reproduced: " + proposals + " differences (" + proposals + " total) between ");
    assertThat(lines.get(lines.size() - 2)).isEqualTo("  and " + (proposals - VerifyCommand.MAX_SHOWN) + " more");
    assertThat(lines.get(lines.size() - 1)).isEqualTo("fingerprint: the same, " + tree.get("fingerprint").textValue()
        + ", but the content differs");
  }

  @Test
  void catchesTheOutcomeOfAnotherDossier() {
    Cli run = verify(Cli.SAMPLE, tiny);

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).startsWith("not reproduced: ").contains("  $.selected[")
        .containsPattern("\nfingerprint: claimed [0-9a-f]{64}, recomputed [0-9a-f]{64}\\R$");
  }

  @Test
  void refusesAFileThatIsNotJsonInOneLine() throws Exception {
    Path file = Files.writeString(dir.resolve("outcome.json"), "fingerprint: abc\n");

    Cli run = verify(Cli.SAMPLE, file);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines().toList()).singleElement().asString()
        .startsWith(file + ": not JSON at line 1, column ");
  }

  @Test
  void namesWhereACutOffFileOpenedWhatItNeverClosedWithoutTheParsersInternals() throws Exception {
    String whole = Files.readString(federal);
    // Cut right after a string value, so that the parser is inside an object it never sees closed.
    Path file = Files.writeString(dir.resolve("outcome.json"), whole.substring(0, whole.indexOf("\",\n", 5000) + 1));

    Cli run = verify(Cli.SAMPLE, file);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().lines().toList()).singleElement().asString()
        .startsWith(file + ": not JSON at line ")
        .contains("start marker at [line: ")
        .doesNotContain("Source:").doesNotContain("REDACTED");
  }

  @Test
  void refusesJsonThatIsNotAnOutcomeNamingWhatIsMissing() throws Exception {
    Path list = Files.writeString(dir.resolve("list.json"), "[\"P-001\"]");
    Path selection = Files.writeString(dir.resolve("partial.json"), "{\"fingerprint\": \"abc\", \"selected\": [\"P-001\"]}");

    Cli notAnObject = verify(Cli.SAMPLE, list);
    Cli partial = verify(Cli.SAMPLE, selection);

    assertThat(notAnObject.exitCode()).isEqualTo(2);
    assertThat(notAnObject.err()).isEqualTo(list + ": not an outcome: $ must be an object, was a list" + System.lineSeparator());
    assertThat(partial.exitCode()).isEqualTo(2);
    assertThat(partial.err()).isEqualTo(selection + ": not an outcome: $.proposals is missing" + System.lineSeparator());
  }

  @Test
  void refusesAMissingOutcomeFile() {
    Cli run = verify(Cli.SAMPLE, dir.resolve("nowhere.json"));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("nowhere.json: no such file");
  }

  @Test
  void recomputesWithTheSameRuleFolders() {
    String myRules = Path.of("my-rules").toString();
    Path withRules = assess(Cli.SAMPLE, dir.resolve("with-rules"), "--rules", myRules);

    Cli same = verify(Cli.SAMPLE, withRules, "--rules", myRules);
    Cli without = verify(Cli.SAMPLE, withRules);
    Cli added = verify(Cli.SAMPLE, federal, "--rules", myRules);

    assertThat(same.exitCode()).as(same.out() + same.err()).isZero();
    assertThat(same.out()).contains("reproduced, fingerprint ");
    assertThat(without.exitCode()).isEqualTo(1);
    assertThat(without.out()).contains("\nfingerprint: claimed ");
    assertThat(added.exitCode()).isEqualTo(1);
    assertThat(added.out()).contains("\nfingerprint: claimed ");
  }

  @Test
  void printsHostileTextFromTheFileEscaped() throws Exception {
    ObjectNode tree = tree(federal);
    String id = tree.get("selected").get(0).textValue();
    proposal(tree, id).put("title", "\u001b[2J\u001b]0;owned\u0007\u202e");
    tree.put("\u001b[31mkey", "\u009b1m");
    tree.put("fingerprint", "\u001b[2J" + "e".repeat(200));

    Cli run = verify(Cli.SAMPLE, write(tree));

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("$.proposals[" + id + "].title: claimed \"\\u001B[2J\\u001B]0;owned\\u0007\\u202E\"")
        .contains("$['\\u001B[31mkey']: claimed \"\\u009B1m\", not in the recomputed outcome")
        .contains("\nfingerprint: claimed \\u001B[2J" + "e".repeat(76) + "…, recomputed ")
        .doesNotContain("\u001b", "\u0007", "\u009b", "\u202e");
  }

  @Test
  void saysWhenOtherVersionsProducedTheOutcomeWithoutFailing() throws Exception {
    ObjectNode tree = tree(federal);
    tree.putObject("producedBy").put("convoca", "0.0.1").put("drools", "9.44.0");

    Cli run = verify(Cli.SAMPLE, write(tree));

    assertThat(run.exitCode()).as(run.out()).isZero();
    assertThat(run.out()).startsWith("note: produced by Convoca 0.0.1 with Drools 9.44.0; verified with Convoca ")
        .contains("reproduced, fingerprint ");
  }

  @Test
  void refusesAnOutcomeWrittenInANewerFormatAndNamesBothVersions() throws Exception {
    ObjectNode tree = tree(federal);
    tree.put("formatVersion", OutcomeJson.FORMAT_VERSION + 1);

    Cli run = verify(Cli.SAMPLE, write(tree));

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("outcome format " + (OutcomeJson.FORMAT_VERSION + 1)
        + " is newer than this Convoca reads (" + OutcomeJson.FORMAT_VERSION + ")");
  }

  @Test
  void catchesATamperedCauseAndATamperedAwardSentence() throws Exception {
    ObjectNode tree = tree(federal);
    String id = tree.get("selected").get(0).textValue();
    ObjectNode p = proposal(tree, id);
    ((ObjectNode) p.get("cause")).put("kind", "RESERVED_SEAT");
    ObjectNode award = (ObjectNode) p.get("criteria").get(0).get("awards").get(0);
    award.put("sentence", "A sentence no rule wrote.");

    Cli run = verify(Cli.SAMPLE, write(tree));

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("$.proposals[" + id + "].cause.kind: claimed \"RESERVED_SEAT\"")
        .contains("claimed \"A sentence no rule wrote.\"");
  }

  @Test
  void theHelpListsTheCommand() {
    assertThat(Cli.run("--help").out()).contains("verify");
    assertThat(Cli.run("verify", "--help").out()).contains("DOSSIER", "OUTCOME", "--rules");
  }
}
