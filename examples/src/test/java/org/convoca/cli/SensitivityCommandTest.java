package org.convoca.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code convoca sensitivity} end to end on the bundled federal sample: the summary, sensitivity.json
 * and its agreement with {@code convoca assess}, the seed, and every kind of bad argument, each
 * with its own message, exit code 2 and nothing written.
 */
class SensitivityCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  private Cli sensitivity(Path out, String... options) {
    List<String> args = new ArrayList<>(List.of("sensitivity", Cli.SAMPLE.toString()));
    args.addAll(List.of(options));
    if (out != null) {
      args.addAll(List.of("--out", out.toString()));
    }
    return Cli.run(args.toArray(String[]::new));
  }

  @Test
  void printsTheSummaryAndWritesSensitivityJsonWhosePlainSelectionIsWhatAssessSelects() throws Exception {
    Path out = dir.resolve("sensitivity");
    Cli run = sensitivity(out, "--draws", "200", "--spread", "20", "--seed", "3");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .contains("Programa Federal de Gobierno Abierto: convocatoria a proyectos locales de gobierno abierto (edition 1): weight sensitivity")
        .contains("200 draws, each weight moved by up to 20% and renormalised to 100, seed 3")
        .contains("cocreation", "stable core (selected in at least 95% of the draws): ",
            "marginal (selected in some draws, fewer than 95%): ", "never selected: ")
        .endsWith("wrote " + out.resolve("sensitivity.json") + System.lineSeparator());
    JsonNode json = JSON.readTree(out.resolve("sensitivity.json").toFile());
    assertThat(json.get("draws").asInt()).isEqualTo(200);
    assertThat(json.get("spread").decimalValue()).isEqualByComparingTo("20");
    assertThat(json.get("seed").asLong()).isEqualTo(3);
    assertThat(json.get("proposals")).hasSize(150);
    assertThat(json.get("proposals")).allSatisfy(p -> assertThat(p.get("probability").asDouble()).isBetween(0.0, 1.0));
    assertThat(json.get("marginal")).allSatisfy(m -> assertThat(m.get("mostMovingWeight").get("criterion").asText())
        .isIn("cocreation", "values", "commitments", "capacity", "feasibility", "jury", "priority"));

    Path outcome = dir.resolve("outcome");
    Cli assess = Cli.run("assess", Cli.SAMPLE.toString(), "--out", outcome.toString(), "--format", "json");
    assertThat(assess.exitCode()).as(assess.err()).isZero();
    Set<String> selected = new HashSet<>();
    JSON.readTree(outcome.resolve("outcome.json").toFile()).get("selected").forEach(id -> selected.add(id.asText()));
    Set<String> plain = new HashSet<>();
    json.get("proposals").forEach(p -> {
      if (p.get("plainSelection").asBoolean()) {
        plain.add(p.get("id").asText());
      }
    });
    assertThat(plain).isEqualTo(selected).isNotEmpty();
  }

  @Test
  void theSameSeedGivesTheSameFileAndAnotherSeedAnotherOne() throws Exception {
    Path first = dir.resolve("first");
    Path second = dir.resolve("second");
    Path other = dir.resolve("other");
    assertThat(sensitivity(first, "--draws", "100", "--spread", "40", "--seed", "9").exitCode()).isZero();
    assertThat(sensitivity(second, "--draws", "100", "--spread", "40", "--seed", "9").exitCode()).isZero();
    assertThat(sensitivity(other, "--draws", "100", "--spread", "40", "--seed", "10").exitCode()).isZero();

    byte[] written = Files.readAllBytes(first.resolve("sensitivity.json"));
    assertThat(Files.readAllBytes(second.resolve("sensitivity.json"))).isEqualTo(written);
    assertThat(Files.readAllBytes(other.resolve("sensitivity.json"))).isNotEqualTo(written);
  }

  @Test
  void withoutOutItPrintsTheSummaryOnlyAndSeedsWithOne() {
    Cli run = sensitivity(null, "--draws", "20", "--spread", "5");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("20 draws, each weight moved by up to 5% and renormalised to 100, seed 1")
        .doesNotContain("wrote");
  }

  @Test
  void refusesDrawsAndSpreadOutOfRangeWithOneLineEachAndWritesNothing() {
    Path out = dir.resolve("never");
    Cli run = sensitivity(out, "--draws", "0", "--spread", "100");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("--draws must be between 1 and 100000, was 0" + System.lineSeparator()
        + "--spread must be more than 0 and less than 100 (percent), was 100" + System.lineSeparator());
    assertThat(out).doesNotExist();
  }

  @Test
  void refusesTooManyDrawsANegativeSpreadAndZeroSpread() {
    assertThat(sensitivity(null, "--draws", "100001", "--spread", "10").err())
        .isEqualTo("--draws must be between 1 and 100000, was 100001" + System.lineSeparator());
    assertThat(sensitivity(null, "--draws", "10", "--spread", "-5").err())
        .isEqualTo("--spread must be more than 0 and less than 100 (percent), was -5" + System.lineSeparator());
    Cli zero = sensitivity(null, "--draws", "10", "--spread", "0");
    assertThat(zero.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(zero.err()).contains("--spread must be more than 0");
  }

  @Test
  void refusesMissingOptionsAndNumbersThatAreNotNumbers() {
    Cli missing = Cli.run("sensitivity", Cli.SAMPLE.toString());
    assertThat(missing.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(missing.err()).contains("Missing required options", "--draws", "--spread")
        .contains("Run 'convoca sensitivity --help' for usage.");

    Cli words = sensitivity(null, "--draws", "many", "--spread", "10");
    assertThat(words.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(words.err()).contains("--draws", "many");

    Cli seed = sensitivity(null, "--draws", "10", "--spread", "10", "--seed", "x");
    assertThat(seed.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(seed.err()).contains("--seed", "'x'");
  }

  @Test
  void refusesAMissingDossierAndAnOutThatIsAFile() throws Exception {
    Cli missing = Cli.run("sensitivity", dir.resolve("absent.json").toString(), "--draws", "10", "--spread", "10");
    assertThat(missing.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(missing.err()).isEqualTo(dir.resolve("absent.json") + ": no such file" + System.lineSeparator());

    Path file = Files.writeString(dir.resolve("a-file"), "x");
    Cli intoFile = sensitivity(file, "--draws", "10", "--spread", "10");
    assertThat(intoFile.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(intoFile.err()).contains("--out " + file + ": is a file, not a folder");
    assertThat(Files.readString(file)).isEqualTo("x");
  }

  @Test
  void refusesAMalformedDossierNamingWhere() throws Exception {
    Path broken = Files.writeString(dir.resolve("broken.json"), "{\"call\": ");
    Cli run = Cli.run("sensitivity", broken.toString(), "--draws", "10", "--spread", "10");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(run.err()).doesNotContain("Exception").isNotEmpty();
  }

  @Test
  void printsAMalformedDossiersProblemsAsAssessDoesForItsOneDossier() throws Exception {
    // Like assess, explain and validate, which read one dossier, the lines are the reader's: a JSON
    // path, or the file's name only for what concerns the file itself; compare, which reads two
    // dossiers, puts each file's name first.
    Path broken = Files.writeString(dir.resolve("broken.json"), "{\n  \"formatVersion\": 1,\n  \"call\": {\n}");
    Cli assess = Cli.run("assess", broken.toString());
    Cli run = Cli.run("sensitivity", broken.toString(), "--draws", "10", "--spread", "10");

    assertThat(run.exitCode()).isEqualTo(assess.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(run.err()).isEqualTo(assess.err()).startsWith("$.call: is not valid JSON: ");
    Path folder = Files.createDirectories(dir.resolve("folder.json"));
    assertThat(Cli.run("sensitivity", folder.toString(), "--draws", "10", "--spread", "10").err())
        .isEqualTo(Cli.run("assess", folder.toString()).err()).isEqualTo(folder + ": not a regular file" + System.lineSeparator());
  }

  @Test
  void refusesASpreadFinerThanFourDecimalsInOneLineWithoutPrintingItsDigits() {
    for (String spread : List.of("1e-999999999", "1e-400", "0.00001", "2.50001")) {
      Cli run = sensitivity(dir.resolve("never"), "--draws", "10", "--spread", spread);

      assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
      assertThat(run.out()).isEmpty();
      assertThat(run.err()).startsWith("--spread must have at most 4 digits after the decimal point (0.0001 percent), was ")
          .hasLineCount(1).hasSizeLessThan(120);
      assertThat(dir.resolve("never")).doesNotExist();
    }
    assertThat(sensitivity(null, "--draws", "10", "--spread", "1e999999999").err())
        .isEqualTo("--spread must be more than 0 and less than 100 (percent), was 1E+999999999" + System.lineSeparator());
  }

  @Test
  void acceptsASpreadOfFourDecimalsAndTrailingZeros() {
    assertThat(sensitivity(null, "--draws", "5", "--spread", "0.0001").exitCode()).isZero();
    assertThat(sensitivity(null, "--draws", "5", "--spread", "2.500000").exitCode()).isZero();
  }

  @Test
  void refusesASpreadThatIsNoNumberWithAPlainMessage() {
    for (String spread : List.of("NaN", "1e-2147483648", "ten")) {
      Cli run = sensitivity(null, "--draws", "10", "--spread", spread);

      assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
      assertThat(run.err()).isEqualTo("--spread must be a number of percent, such as 10 or 2.5, was '" + spread + "'"
          + System.lineSeparator());
    }
  }
}
