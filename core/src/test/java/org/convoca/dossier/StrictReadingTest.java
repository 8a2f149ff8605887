package org.convoca.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.convoca.dossier.DossierFixture.aValidDossier;
import static org.convoca.dossier.DossierFixture.problemsOf;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.convoca.dossier.internal.Json;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reader refuses what would be misread: another encoding, what is not a file, numbers and
 * texts that would act on their readers, ids that are not ids. The bad-dossier corpus holds one
 * dossier per case; these tests pin what the corpus cannot show.
 */
class StrictReadingTest {

  private static final DossierReader READER = DossierReader.standard();

  @TempDir
  Path dir;

  @Test
  void refusesADossierFileInIso88591WithTheLineAndColumnOfTheFirstBadByte() throws Exception {
    Path file = Files.write(dir.resolve("latin1.json"), DossierFixture.validText().getBytes(StandardCharsets.ISO_8859_1));

    assertThatThrownBy(() -> READER.read(file)).isInstanceOfSatisfying(InvalidDossierException.class, e -> {
      assertThat(e.problems()).singleElement().satisfies(p -> {
        assertThat(p.path()).isEqualTo("$");
        assertThat(p.message()).isEqualTo("is not UTF-8 at line 31, column 51; save the file as UTF-8");
        assertThat(p.line()).isEqualTo(31);
        assertThat(p.column()).isEqualTo(51);
      });
    });
  }

  @Test
  void readsADossierFileThatStartsWithAByteOrderMark() throws Exception {
    Path file = Files.writeString(dir.resolve("bom.json"), "\uFEFF" + DossierFixture.validText());

    assertThat(READER.read(file)).isEqualTo(READER.read(DossierFixture.validText()));
  }

  @Test
  void refusesAFolderAsNotARegularFile() {
    assertThatThrownBy(() -> READER.read(dir)).isInstanceOf(UncheckedIOException.class)
        .hasMessage("cannot read the dossier " + dir + ": not a regular file");
  }

  @Test
  void refusesAFileLargerThanTheLimitBeforeReadingIt() throws Exception {
    Path big = dir.resolve("big.json");
    try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
      file.setLength(Json.MAX_DOCUMENT_LENGTH + 1L);
    }

    Assertions.assertTimeoutPreemptively(Duration.ofSeconds(5), () ->
        assertThatThrownBy(() -> READER.read(big)).isInstanceOfSatisfying(InvalidDossierException.class, e ->
            assertThat(e.problems()).extracting(DossierProblem::toString)
                .containsExactly("$: is larger than the limit of 536,870,912 bytes")));
  }

  @Test
  void namesTheStringLengthLimitWithLineAndColumn() {
    String json = DossierFixture.validText().replace("\"title\": \"Open budget data portal\"",
        "\"title\":\n \"" + "x".repeat(Json.MAX_STRING_LENGTH + 1) + "\"");

    assertThat(problemsOf(json)).singleElement().asString()
        .startsWith("$.proposals[0].title: is a string longer than 1,000,000 characters, the reader's limit (line ")
        .doesNotContain("nesting", "number length");
  }

  @Test
  void namesTheFieldNameLengthLimit() {
    String json = DossierFixture.validText().replace("\"label\": \"2021\"", "\"" + "k".repeat(1001) + "\": 1");

    assertThat(problemsOf(json)).singleElement().asString()
        .startsWith("$.call.parameters: has a field name longer than 1,000 characters, the reader's limit (line 28, column ");
  }

  @Test
  void refusesAbsurdExponentsEverywhereQuicklyWithoutPrintingThem() {
    String json = DossierFixture.validText()
        .replace("\"value\": 4.5", "\"value\": 1E-1000000000")
        .replace("\"amount\": 1500000.00", "\"amount\": 0E+1000000000")
        .replace("\"weight\": 40", "\"weight\": -1E+999999999")
        .replace("\"maxProposalsPerGovernment\": 1", "\"maxProposalsPerGovernment\": 1e-999999999");

    List<String> problems = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(5), () -> problemsOf(json));

    assertThat(problems).containsExactlyInAnyOrder(
        "$.call.fundingCeiling.amount: has more than 15 digits before the decimal point, the reader's limit"
            + " (numbers lie strictly between -10^15 and 10^15)",
        "$.call.criteria[0].weight: has more than 15 digits before the decimal point, the reader's limit"
            + " (numbers lie strictly between -10^15 and 10^15)",
        "$.call.parameters.maxProposalsPerGovernment: has more than 12 digits after the decimal point, the reader's limit",
        "$.jury.scores[0].value: has more than 12 digits after the decimal point, the reader's limit");
  }

  @Test
  void refusesAnExponentNoDecimalCanHoldAtItsPath() {
    String json = DossierFixture.validText().replace("\"value\": 4.5", "\"value\": 1e-2147483648");

    assertThat(problemsOf(json)).containsExactly("$.jury.scores[0].value: has an exponent beyond the reader's limits"
        + " (numbers lie strictly between -10^15 and 10^15, with at most 12 digits after the decimal point)");
  }

  @Test
  void acceptsNumbersJustInsideTheLimits() {
    assertThat(aValidDossier()
        .setJson("/governments/0/population", "999999999999999")
        .setJson("/call/fundingCeiling/amount", "999999999999999.999999999999")
        .setJson("/call/parameters/share", "0.333333333333")
        .problems()).isEmpty();
  }

  @Test
  void showsALongNumberCutShortInASchemaMessage() {
    assertThat(aValidDossier().setJson("/proposals/0/funding/requested/amount", "-123456789012345.123456789012").problems())
        .containsExactly("$.proposals[0].funding.requested.amount: must be at least 0, was -123456789012345.1234567… (29 characters)");
  }

  @Test
  void showsALongTextCutShortInAMessage() {
    String id = "P " + "x".repeat(10_000);

    assertThat(aValidDossier().set("/proposals/0/id", id).problems()).singleElement().asString()
        .endsWith("was 'P " + "x".repeat(58) + "… (10,002 characters)'");
  }

  @Test
  void allowsTabsAndLineBreaksInProseOnly() {
    assertThat(aValidDossier()
        .set("/call/criteria/0/description", "Partners,\r\nparticipation\tand more.")
        .set("/proposals/0/summary", "Line one.\nLine two.")
        .set("/jury/scores/0/comment", "Strong\npartner.")
        .set("/jury/overrides/0/reason", "The applicant\nwithdrew.")
        .problems()).isEmpty();
    assertThat(aValidDossier().set("/call/name", "Federal\tcall").problems())
        .containsExactly("$.call.name: contains the control character U+0009 (character tabulation) at character 8;"
            + " only descriptions, summaries, comments, reasons, narratives and reasonings may hold tabs and line breaks");
  }

  @Test
  void refusesACarriageReturnThatDoesNotEndALine() {
    assertThat(aValidDossier().set("/proposals/0/summary", "Publish\rthe budget").problems())
        .containsExactly("$.proposals[0].summary: contains the control character U+000D (carriage return) at character 8");
  }

  @Test
  void refusesLineSeparatorsIsolatesAndDeleteEvenInProse() {
    assertThat(aValidDossier()
        .set("/proposals/0/summary", "one\u2028two")
        .set("/proposals/1/summary", "\u2067abc\u2069")
        .set("/proposals/2/summary", "abc\u007F")
        .problems()).containsExactly(
            "$.proposals[0].summary: contains the control character U+2028 (line separator) at character 4",
            "$.proposals[1].summary: contains the control character U+2067 (right-to-left isolate) at character 1",
            "$.proposals[2].summary: contains the control character U+007F (delete) at character 4");
  }

  @Test
  void acceptsTextInAnyScriptWithEmojiAndDirectionMarks() {
    assertThat(aValidDossier()
        .set("/governments/0/name", "محافظة\u200F القاهرة")
        .set("/people/0/name", "Zoë 🌱 Ñandú")
        .set("/proposals/0/title", "数据开放 — open data")
        .problems()).isEmpty();
  }

  @Test
  void theSchemaAndTheJavaConstantAgreeOnTheIdPattern() throws Exception {
    JsonNode schema = Json.mapper().readTree(DossierSchema.asString());

    assertThat(schema.at("/$defs/Id/pattern").asText()).isEqualTo(DossierSchema.ID_PATTERN);
  }

  @Test
  void anIdIsOneToSixtyFourLettersDigitsDotsUnderscoresOrHyphens() {
    assertThat(List.of("P-001", "p.1", "PROV_CORDOBA", "7", "a".repeat(64))).allMatch(DossierSchema::isId);
    assertThat(List.of("", " ", "P-002 ", " P-002", "-P", ".P", "_P", "P 1", "P|1", "P-002\n", "Ñ-1", "a".repeat(65)))
        .noneMatch(DossierSchema::isId);
  }

  @Test
  void theSchemaAloneRefusesAnIdWithATrailingSpaceOrLineBreak() {
    assertThat(SchemaSupport.schemaErrors(aValidDossier().set("/proposals/1/id", "P-002 ").json())).isNotEmpty();
    assertThat(SchemaSupport.schemaErrors(aValidDossier().set("/proposals/1/id", "P-002\n").json())).isNotEmpty();
  }

  @Test
  void checksEveryReferenceAgainstTheIdPattern() {
    assertThat(aValidDossier()
        .set("/call/policy/tieBreak/0/criterion", "co creation")
        .set("/proposals/0/coCreation/partners/0/contacts/0", "PER 3")
        .set("/jury/scores/1/juror", "J/2")
        .set("/progressReports/0/milestones/0/milestone", "M1.")
        .problems()).extracting(p -> p.substring(0, p.indexOf(':'))).containsExactly(
            "$.call.policy.tieBreak[0].criterion",
            "$.proposals[0].coCreation.partners[0].contacts[0]",
            "$.jury.scores[1].juror");
  }
}
