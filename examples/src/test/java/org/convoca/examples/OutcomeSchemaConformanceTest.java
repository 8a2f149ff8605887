package org.convoca.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convoca.sample.Theories.qt;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.convoca.dossier.Dossier;
import org.convoca.dossier.DossierReader;
import org.convoca.dossier.InvalidDossierException;
import org.convoca.outcome.CallOutcome;
import org.convoca.outcome.OutcomeJson;
import org.convoca.outcome.OutcomeSchema;
import org.convoca.outcome.ProducedBy;
import org.convoca.rules.Convoca;
import org.convoca.sample.Dossiers;
import org.junit.jupiter.api.Test;

/**
 * Every outcome the bundled rule book decides from the project's dossiers passes the outcome
 * schema: the two samples, every dossier file of the test resources that reads and decides without
 * error, and generated dossiers. The core module checks its own hand-built outcomes and the
 * schema's strictness ({@code OutcomeSchemaTest}).
 */
class OutcomeSchemaConformanceTest {

  private static final Convoca CONVOCA = Convoca.withBundledRules();
  private static final List<Path> DOSSIER_FOLDERS = List.of(Path.of("../core/src/test/resources"),
      Path.of("../rules/src/test/resources"), Path.of("src/test/resources"), Path.of("src/main/resources"));

  @Test
  void theSamplesOutcomesMatchTheSchemaAndNameTheDroolsThatMadeThem() {
    for (Dossier sample : List.of(BundledSamples.tinyCall(), BundledSamples.federalCall2021())) {
      String json = OutcomeJson.text(CONVOCA.decide(sample));

      assertThat(OutcomeSchema.problems(json)).isEmpty();
      assertThat(json).contains("\"drools\" : \"10.2.0\"").doesNotContain("\"convoca\" : \"" + ProducedBy.UNKNOWN);
    }
  }

  @Test
  void everyTestDossierThatDecidesGivesAnOutcomeThatMatchesTheSchema() throws IOException {
    List<String> decided = new ArrayList<>();
    for (Path file : dossierFiles()) {
      Dossier dossier;
      try {
        dossier = DossierReader.standard().read(file);
      } catch (InvalidDossierException notADossierOrABadOne) {
        continue;
      }
      CallOutcome outcome = CONVOCA.decide(dossier);

      assertThat(OutcomeSchema.problems(OutcomeJson.text(outcome))).as(file.toString()).isEmpty();
      decided.add(file.getFileName().toString());
    }

    assertThat(decided).contains("valid-small.json", "small-panel.json", "jury-panel-call.json", "tiny-call.json",
        "federal-call-2021.json");
  }

  @Test
  void generatedDossiersGiveOutcomesThatMatchTheSchema() {
    qt(15).forAll(Dossiers.dossiers(1, 40)).checkAssert(dossier ->
        assertThat(OutcomeSchema.problems(OutcomeJson.text(CONVOCA.decide(dossier)))).isEmpty());
  }

  private static List<Path> dossierFiles() throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path folder : DOSSIER_FOLDERS) {
      try (Stream<Path> walk = Files.walk(folder)) {
        walk.filter(p -> p.toString().endsWith(".json")).sorted().forEach(files::add);
      }
    }
    return files;
  }
}
