package org.convoca.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.convoca.dossier.internal.Json;
import org.convoca.sample.DossierGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reading a dossier part by part, streamed from its file, gives what reading it in stages gives:
 * the same dossier when it has no problem, and otherwise nothing, so that the stages word every
 * problem as they always did.
 */
class PartwiseReadTest {

  private static final SchemaCheck SCHEMA = SchemaCheck.load();

  @TempDir
  Path dir;

  @Test
  void bindsAValidDossierToTheDossierTheStagesBind() throws Exception {
    String text = DossierFixture.validText();
    Problems problems = new Problems();
    Optional<Dossier> staged = Binder.bind(Json.mapper().readTree(text), problems);

    assertThat(problems.isEmpty()).isTrue();
    assertThat(partwise(text)).isPresent().isEqualTo(staged);
  }

  @Test
  void readsEachListOfTheDossierAndOfItsJuryEntryByEntry() {
    assertThat(SCHEMA.lists()).containsExactlyInAnyOrderElementsOf(Binder.ENTRY_TYPES.keySet());
  }

  @Test
  void keepsOneStringForATextTheDossierRepeats() {
    Dossier dossier = partwise(DossierFixture.validText()).orElseThrow();

    String currency = dossier.proposals().get(0).funding().requested().currency();
    String again = dossier.proposals().get(1).funding().requested().currency();
    String applicant = dossier.proposals().get(0).applicant().value();
    String government = dossier.governments().stream().map(g -> g.id().value())
        .filter(applicant::equals).findFirst().orElseThrow();

    assertThat(again).isSameAs(currency);
    assertThat(government).isSameAs(applicant);
  }

  @Test
  void keepsOneObjectForAnIdOrADayTheDossierRepeats() {
    Dossier dossier = partwise(DossierFixture.validText()).orElseThrow();

    var applicant = dossier.proposals().get(0).applicant();
    var government = dossier.governments().stream().map(g -> g.id()).filter(applicant::equals).findFirst().orElseThrow();
    var scored = dossier.jury().scores().get(0).proposal();
    var proposal = dossier.proposals().stream().map(p -> p.id()).filter(scored::equals).findFirst().orElseThrow();

    assertThat(government).isSameAs(applicant);
    assertThat(proposal).isSameAs(scored);
  }

  @Test
  void sharesNothingWithAReadingThatDoesNotAskTo() throws Exception {
    Dossier dossier = Binder.bind(Json.mapper().readTree(DossierFixture.validText()), new Problems()).orElseThrow();

    var applicant = dossier.proposals().get(0).applicant();
    var government = dossier.governments().stream().map(g -> g.id()).filter(applicant::equals).findFirst().orElseThrow();

    assertThat(government).isNotSameAs(applicant);
  }

  @Test
  void givesUpOnAnEntryTheSchemaRefuses() {
    DossierFixture dossier = DossierFixture.aValidDossier().set("/governments/1/motto", "unknown field");

    assertThat(partwise(dossier.json())).isEmpty();
  }

  @Test
  void givesUpOnTextAfterTheDossier() {
    assertThat(partwise(DossierFixture.validText() + " {}")).isEmpty();
  }

  @Test
  void givesUpOnAControlCharacterInAnEntry() {
    DossierFixture dossier = DossierFixture.aValidDossier().set("/proposals/0/title", "Bell\u0007");

    assertThat(partwise(dossier.json())).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("org.convoca.dossier.BadDossierCorpusTest#badDossiers")
  void findsInAFileEachProblemItFindsInTheSameBytesFromAStream(String name) throws Exception {
    byte[] bytes = DossierFixture.class.getResourceAsStream("/org/convoca/dossier/bad/" + name + ".json").readAllBytes();

    assertThat(problemsOfFile(bytes)).isEqualTo(DossierFixture.problemsOf(bytes));
  }

  @ParameterizedTest
  @ValueSource(strings = {"UTF-16", "UTF-16LE", "UTF-32"})
  void refusesInAFileWhatItRefusesFromAStreamInAnotherEncoding(String encoding) throws Exception {
    byte[] bytes = DossierFixture.validText().getBytes(java.nio.charset.Charset.forName(encoding));

    assertThat(problemsOfFile(bytes)).isNotEmpty().isEqualTo(DossierFixture.problemsOf(bytes));
  }

  @Test
  void refusesInAFileAnOverlongEncodingAsItDoesFromAStream() throws Exception {
    // 0xC1 0xA1 would be an 'a' written in two bytes, which UTF-8 forbids.
    byte[] bytes = DossierFixture.validText().replaceFirst("\"title\": \"", "\"title\": \"#")
        .getBytes(StandardCharsets.UTF_8);
    int at = new String(bytes, StandardCharsets.ISO_8859_1).indexOf('#');
    byte[] overlong = new byte[bytes.length + 1];
    System.arraycopy(bytes, 0, overlong, 0, at);
    overlong[at] = (byte) 0xC1;
    overlong[at + 1] = (byte) 0xA1;
    System.arraycopy(bytes, at + 1, overlong, at + 2, bytes.length - at - 1);

    assertThat(problemsOfFile(overlong)).isNotEmpty().isEqualTo(DossierFixture.problemsOf(overlong));
  }

  @Test
  void readsAFileThatStartsWithAByteOrderMark() throws Exception {
    byte[] text = DossierFixture.validText().getBytes(StandardCharsets.UTF_8);
    byte[] marked = new byte[text.length + 3];
    marked[0] = (byte) 0xEF;
    marked[1] = (byte) 0xBB;
    marked[2] = (byte) 0xBF;
    System.arraycopy(text, 0, marked, 3, text.length);

    Dossier dossier = DossierReader.standard().read(Files.write(dir.resolve("marked.json"), marked));

    assertThat(dossier).isEqualTo(DossierReader.standard().read(new ByteArrayInputStream(text)));
  }

  private List<String> problemsOfFile(byte[] bytes) throws Exception {
    Path file = Files.write(dir.resolve("dossier.json"), bytes);
    try {
      DossierReader.standard().read(file);
      return List.of();
    } catch (InvalidDossierException e) {
      return e.problems().stream().map(DossierProblem::toString).toList();
    }
  }

  @Test
  void bindsALargerDossierAsTheStagesDo() throws Exception {
    String text = DossierWriter.toJson(DossierGenerator.withSeed(11).proposals(300).generate());
    Problems problems = new Problems();
    Optional<Dossier> staged = Binder.bind(Json.mapper().readTree(text), problems);

    assertThat(partwise(text)).isPresent().isEqualTo(staged);
  }

  @Test
  void readsALargeFileToTheDossierTheStagesBind() throws Exception {
    String text = DossierWriter.toJson(DossierGenerator.withSeed(13).proposals(1_000).generate());
    Path file = dir.resolve("large.json");
    Files.writeString(file, text);
    Problems problems = new Problems();
    Optional<Dossier> staged = Binder.bind(Json.mapper().readTree(text), problems);

    assertThat(DossierReader.standard().read(file)).isEqualTo(staged.orElseThrow());
    assertThat(DossierReader.standard().read(text)).isEqualTo(staged.orElseThrow());
  }

  @Test
  void findsInALargeFileWithAByteThatIsNotUtf8TheProblemTheStagesFind() throws Exception {
    byte[] bytes = DossierWriter.toJson(DossierGenerator.withSeed(13).proposals(1_000).generate())
        .getBytes(StandardCharsets.UTF_8);
    bytes[bytes.length * 2 / 3] = (byte) 0xC0;

    assertThat(problemsOfFile(bytes)).isEqualTo(DossierFixture.problemsOf(bytes))
        .singleElement().asString().contains("UTF-8");
  }

  /** A field written twice, in an entry (named by the schema or not), in the call, or in the dossier. */
  static List<String> twice() {
    String valid = DossierFixture.validText();
    return List.of(
        valid.replaceFirst("\\{\\s*\"id\"\\s*:\\s*\"(P-[^\"]*)\"", "{\"id\": \"$1\", \"id\": \"$1\""),
        valid.replaceFirst("\"proposals\"\\s*:\\s*\\[\\s*\\{", "\"proposals\": [{\"title\": \"x\", "),
        valid.replaceFirst("\"call\"\\s*:\\s*\\{", "\"call\": {\"edition\": 1, "),
        valid.replaceFirst("\\{", "{\"formatVersion\": 1, "),
        valid.replaceFirst("\"jury\"\\s*:\\s*\\{", "\"jury\": {\"jurors\": [], "),
        valid.replaceFirst("\"people\"\\s*:", "\"people\": [], \"people\":"));
  }

  @ParameterizedTest
  @MethodSource("twice")
  void givesUpOnAFieldWrittenTwiceAsTheStagesRefuseIt(String text) {
    assertThat(text).isNotEqualTo(DossierFixture.validText());
    assertThat(partwise(text)).isEmpty();
    assertThat(JsonText.parse(text, new Problems())).isNull();
  }

  private static Optional<Dossier> partwise(String text) {
    try (JsonParser parser = Json.mapper().createParser(text)) {
      return PartwiseRead.read(parser, SCHEMA);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
