package org.convoca.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleSummaryTest {

  @Test
  void summarisesTheBundledFederalSample() {
    String summary = SampleSummary.summarise(BundledSamples.federalCall2021());

    assertThat(summary)
        .startsWith("Programa Federal de Gobierno Abierto: convocatoria a proyectos locales de gobierno abierto (PFGA-2021), edition 1\n")
        .contains("Proposals: 150 from ")
        .contains("  PROVINCIAL ", "  MUNICIPAL ")
        .contains("  AR-B   Provincia de Buenos Aires")
        .contains("  OPEN_DATA ")
        .contains("Jury: 7 jurors, ")
        .contains("50 slots, funding ceiling ARS 3,000,000 per proposal, OGP Local track 11 places")
        .containsPattern("Requested funding: ARS [0-9,]+ in total");
  }

  @Test
  void summarisesTheTinySampleLineByLine() {
    String summary = SampleSummary.summarise(BundledSamples.tinyCall());

    assertThat(summary).contains(
        "Proposals: 4 from 4 governments\n",
        "  MUNICIPAL       3\n",
        "  PROVINCIAL      1\n",
        "By jurisdiction (4):\n",
        "Jury: 3 jurors, 12 scores\n",
        "Requested funding: ARS 9,400,000 in total, 0 proposal(s) above the ceiling\n");
  }

  @Test
  void countsEachProposalOnceUnderItsPrimaryTheme() {
    var dossier = BundledSamples.tinyCall();
    String summary = SampleSummary.summarise(dossier);

    long asPrimary = java.util.regex.Pattern.compile(" +(\\d+) as primary,").matcher(summary).results()
        .mapToLong(m -> Long.parseLong(m.group(1))).sum();
    long withACallTheme = dossier.proposals().stream()
        .filter(p -> org.convoca.call.PrimaryTheme.of(p, dossier.call()).isPresent()).count();
    assertThat(asPrimary).isEqualTo(withACallTheme).isPositive();
  }

  @Test
  void printsTheSummaryOfTheBundledSampleByDefault() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int status = SampleSummary.run(new String[0], print(out), print(err));

    assertThat(status).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(SampleSummary.summarise(BundledSamples.federalCall2021()));
    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void listsTheProblemsOfAnInvalidDossierAndFails(@TempDir Path dir) throws Exception {
    Path broken = Files.writeString(dir.resolve("broken.json"), "{ \"formatVersion\": 1 }");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int status = SampleSummary.run(new String[] {broken.toString()}, print(out), print(err));

    assertThat(status).isEqualTo(1);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("The dossier has ").contains("problem(s):\n  $");
  }

  private static PrintStream print(ByteArrayOutputStream bytes) {
    return new PrintStream(bytes, true, StandardCharsets.UTF_8);
  }
}
