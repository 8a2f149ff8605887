package org.convoca.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DossierWriterTest {

  private static final DossierReader READER = DossierReader.standard();

  @Test
  void writesWhatReadsBackEqual() {
    Dossier dossier = READER.read(DossierFixture.validText());

    assertThat(READER.read(DossierWriter.toJson(dossier))).isEqualTo(dossier);
  }

  @Test
  void writesTheSameBytesForTheSameDossier() {
    String once = DossierWriter.toJson(READER.read(DossierFixture.validText()));

    assertThat(DossierWriter.toJson(READER.read(once))).isEqualTo(once);
  }

  @Test
  void writesFieldsInTheModelsOrder() {
    String json = DossierWriter.toJson(HandBuiltDossier.withTwoProposals());

    assertThat(json).containsSubsequence("\"formatVersion\"", "\"call\"", "\"governments\"", "\"courses\"",
        "\"people\"", "\"completions\"", "\"proposals\"", "\"jury\"", "\"progressReports\"");
    assertThat(json).containsSubsequence("\"id\" : \"P-1\"", "\"title\"", "\"summary\"", "\"applicant\"",
        "\"themes\"", "\"values\"", "\"funding\"", "\"team\"", "\"commitments\"", "\"coCreation\"", "\"submittedAt\"");
  }

  @Test
  void writesRuleParametersInSortedOrder() {
    String json = DossierWriter.toJson(HandBuiltDossier.withTwoProposals());

    assertThat(json).containsSubsequence("\"minPartners\" : 2", "\"note\" : \"pilot\"", "\"strict\" : false");
  }

  @Test
  void leavesOutAbsentOptionalFieldsAndWritesDecimalsPlain() {
    String json = DossierWriter.toJson(HandBuiltDossier.minimal());

    assertThat(json).doesNotContain("threshold", "totalBudget", "null", "E+", "positive")
        .contains("\"amount\" : 1000000.00").endsWith("}\n");
  }

  @Test
  void writesToAFileAndAStreamTheSameText(@TempDir Path dir) throws Exception {
    Dossier dossier = HandBuiltDossier.withTwoProposals();
    Path file = dir.resolve("out.json");
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    DossierWriter.write(dossier, file);
    DossierWriter.write(dossier, out);

    assertThat(Files.readString(file)).isEqualTo(out.toString(StandardCharsets.UTF_8))
        .isEqualTo(DossierWriter.toJson(dossier));
  }
}
