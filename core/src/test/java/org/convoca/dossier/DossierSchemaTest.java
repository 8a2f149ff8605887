package org.convoca.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convoca.dossier.DossierFixture.aValidDossier;
import static org.convoca.dossier.SchemaSupport.schemaErrors;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.convoca.dossier.internal.Json;
import org.convoca.sample.DossierGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shipped schema, used the way another application uses it (networknt json-schema-validator),
 * agrees with the reader: what the reader accepts the schema accepts, and a structural mistake
 * fails both.
 */
class DossierSchemaTest {

  @Test
  void isShippedAsAResourceWithItsId() {
    assertThat(DossierSchema.asString()).contains("\"$id\": \"" + DossierSchema.uri() + "\"")
        .contains("https://json-schema.org/draft/2020-12/schema");
  }

  @Test
  void acceptsTheSmallValidDossier() {
    assertThat(schemaErrors(DossierFixture.validText())).isEmpty();
  }

  @Test
  void acceptsEveryBundledDossier() throws IOException {
    List<Path> bundled = bundledDossiers();
    assertThat(bundled).as("the fixture, and the examples' dossiers when the examples module is there")
        .hasSizeGreaterThan(Files.isDirectory(Path.of("../examples/src/main/resources")) ? 1 : 0);

    for (Path file : bundled) {
      String json = Files.readString(file);
      assertThat(schemaErrors(json)).as(file.toString()).isEmpty();
      assertThat(DossierFixture.problemsOf(json)).as(file.toString()).isEmpty();
    }
  }

  static Stream<Dossier> handBuiltDossiers() {
    return Stream.of(HandBuiltDossier.minimal(), HandBuiltDossier.withTwoProposals());
  }

  @ParameterizedTest
  @MethodSource("handBuiltDossiers")
  void acceptsWhatTheWriterWritesAndTheReaderReadsItBack(Dossier dossier) {
    String json = DossierWriter.toJson(dossier);

    assertThat(schemaErrors(json)).isEmpty();
    assertThat(DossierReader.standard().read(json)).isEqualTo(dossier);
  }

  @ParameterizedTest(name = "seed {0}")
  @org.junit.jupiter.params.provider.ValueSource(longs = {1, 2, 17, 2021, 987_654_321})
  void acceptsGeneratedDossiersThatTheReaderReadsBackEqual(long seed) {
    Dossier generated = DossierGenerator.withSeed(seed).proposals(25).generate();
    String json = DossierWriter.toJson(generated);

    assertThat(schemaErrors(json)).isEmpty();
    assertThat(DossierReader.standard().read(json)).isEqualTo(generated);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("structuralMistakes")
  void aStructuralMistakeInAGeneratedDossierFailsBothTheSchemaAndTheReader(
      String name, UnaryOperator<DossierFixture> mistake) {
    String generated = DossierWriter.toJson(DossierGenerator.withSeed(name.hashCode()).proposals(3).generate());
    DossierFixture fixture = DossierFixture.of(generated);
    String json;
    try {
      json = mistake.apply(fixture).json();
    } catch (RuntimeException noSuchPlace) {
      org.junit.jupiter.api.Assumptions.abort("the generated dossier has no place for this mistake");
      return;
    }

    assertThat(schemaErrors(json)).as("schema").isNotEmpty();
    assertThat(DossierFixture.problemsOf(json)).as("reader").isNotEmpty();
  }

  static Stream<Arguments> structuralMistakes() {
    return Stream.of(
        mistake("drops the call", f -> f.remove("/call")),
        mistake("drops the jury", f -> f.remove("/jury")),
        mistake("drops a call id", f -> f.remove("/call/id")),
        mistake("drops a criterion weight", f -> f.remove("/call/criteria/1/weight")),
        mistake("drops a government population", f -> f.remove("/governments/0/population")),
        mistake("drops a proposal's funding", f -> f.remove("/proposals/0/funding")),
        mistake("drops a counterpart currency", f -> f.remove("/proposals/0/funding/counterpart/currency")),
        mistake("drops a milestone due day", f -> f.remove("/proposals/0/commitments/0/milestones/0/due")),
        mistake("drops a score value", f -> f.remove("/jury/scores/0/value")),
        mistake("drops an override reason", f -> f.remove("/jury/overrides/0/reason")),
        mistake("drops a report's funds spent", f -> f.remove("/progressReports/0/fundsSpent")),
        mistake("adds a field at the top", f -> f.set("/comment", "x")),
        mistake("adds a field to money", f -> f.set("/call/fundingCeiling/cents", 0)),
        mistake("adds a field to an activity", f -> f.set("/proposals/0/coCreation/activities/0/venue", "hall")),
        mistake("gives text for a number", f -> f.set("/call/overallThreshold", "fifty")),
        mistake("gives a number for text", f -> f.set("/proposals/0/title", 7)),
        mistake("gives an object for a list", f -> f.setJson("/proposals/0/team", "{}")),
        mistake("gives a fraction for a whole number", f -> f.set("/call/policy/slots", 2.5)),
        mistake("gives text for a flag", f -> f.set("/governments/0/openGovernmentExperience", "yes")),
        mistake("gives null for an optional field", f -> f.setJson("/courses/0/mechanism", "null")),
        mistake("names an unknown level", f -> f.set("/call/eligibleLevels/0", "REGIONAL")),
        mistake("names an unknown value", f -> f.set("/proposals/1/values/0", "TRANSPARENCY")),
        mistake("names an unknown completion level", f -> f.set("/progressReports/0/milestones/0/completion", "DONE")),
        mistake("names an unknown partner role", f -> f.set("/proposals/0/coCreation/partners/0/role", "OWNER")),
        mistake("gives negative money", f -> f.set("/call/fundingCeiling/amount", -1)),
        mistake("gives an impossible day", f -> f.set("/jury/overrides/0/decidedOn", "2021-13-01")),
        mistake("gives a lower-case currency", f -> f.set("/progressReports/0/fundsSpent/currency", "ars")),
        mistake("gives a blank id", f -> f.set("/proposals/0/id", "")),
        mistake("gives a list as a rule parameter", f -> f.setJson("/call/parameters/label", "[1]")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("structuralMistakes")
  void aStructuralMistakeFailsBothTheSchemaAndTheReader(String name, UnaryOperator<DossierFixture> mistake) {
    String json = mistake.apply(aValidDossier()).json();

    assertThat(schemaErrors(json)).as("schema").isNotEmpty();
    assertThat(DossierFixture.problemsOf(json)).as("reader").isNotEmpty();
  }

  private static Arguments mistake(String name, UnaryOperator<DossierFixture> edit) {
    return Arguments.of(name, edit);
  }

  /** The fixtures of this package, and the sample dossiers of the examples module when it has some. */
  private static List<Path> bundledDossiers() throws IOException {
    Path examples = Path.of("../examples/src/main/resources");
    Stream<Path> samples = Files.isDirectory(examples)
        ? Files.walk(examples).filter(p -> p.toString().endsWith(".json")).filter(DossierSchemaTest::looksLikeADossier)
        : Stream.empty();
    Path fixture = Path.of("src/test/resources/org/convoca/dossier/valid-small.json");
    return Stream.concat(Stream.of(fixture), samples).toList();
  }

  private static boolean looksLikeADossier(Path file) {
    try {
      var tree = Json.mapper().readTree(file.toFile());
      return tree.has("call") && tree.has("jury");
    } catch (IOException e) {
      return false;
    }
  }
}
