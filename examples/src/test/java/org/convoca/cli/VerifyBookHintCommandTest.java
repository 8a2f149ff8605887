package org.convoca.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.convoca.dossier.internal.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code outcome.json} names the rule book that made it, and {@code verify} run with another book says which to use. */
class VerifyBookHintCommandTest {

  private static final Path HORIZON = Path.of(Cli.class.getResource("/org/convoca/examples/horizon-europe-2026.json").getPath());

  @TempDir
  Path dir;

  private Path assess(Path dossier, String name, String... more) {
    String[] args = new String[] {"assess", dossier.toString(), "--out", dir.resolve(name).toString(), "--format", "json"};
    String[] all = java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.Arrays.stream(more))
        .toArray(String[]::new);
    Cli run = Cli.run(all);
    assertThat(run.exitCode()).as(run.err()).isZero();
    return dir.resolve(name).resolve("outcome.json");
  }

  @Test
  void producedByNamesTheBookAndTheFolderFiles() throws Exception {
    JsonNode plain = Json.mapper().readTree(assess(Cli.SAMPLE, "plain").toFile()).get("producedBy");
    JsonNode tuned = Json.mapper().readTree(assess(Cli.SAMPLE, "tuned", "--rules", Path.of("my-rules").toString()).toFile())
        .get("producedBy");

    assertThat(plain.get("book").textValue()).isEqualTo("federal-call");
    assertThat(plain.has("rules")).isFalse();
    assertThat(tuned.get("book").textValue()).isEqualTo("federal-call");
    assertThat(tuned.get("rules").toString()).isEqualTo("[\"open-data-bonus.drl\"]");
  }

  @Test
  void verifyWithTheWrongBookSaysWhichBookProducedTheOutcome() {
    Path outcome = assess(HORIZON, "horizon", "--book", "horizon-europe");

    Cli wrong = Cli.run("verify", HORIZON.toString(), outcome.toString());
    Cli right = Cli.run("verify", HORIZON.toString(), outcome.toString(), "--book", "horizon-europe");

    assertThat(wrong.exitCode()).isEqualTo(1);
    assertThat(wrong.out()).contains("note: the outcome was produced by the book 'horizon-europe'; run verify with "
        + "--book horizon-europe", "not reproduced: ");
    assertThat(right.exitCode()).as(right.out() + right.err()).isZero();
    assertThat(right.out()).doesNotContain("produced by the book");
  }

  @Test
  void verifyWithoutTheFoldersSaysWhichFilesTheyHeld() {
    Path outcome = assess(Cli.SAMPLE, "tuned", "--rules", Path.of("my-rules").toString());

    Cli without = Cli.run("verify", Cli.SAMPLE.toString(), outcome.toString());

    assertThat(without.exitCode()).isEqualTo(1);
    assertThat(without.out()).contains("note: the outcome was produced by the book 'federal-call' with rule folders "
        + "holding open-data-bonus.drl; run verify with --rules folders holding those files");
  }
}
